package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 23, deliverable 4: an item is called missing only when the file holds nothing that could be
 * its answer. A run of numbers or a vocabulary word standing as a value on a line no answer was
 * read from makes an unnamed item refused, quoting that line. Tried on write-ups made up for this
 * test, with near misses that must stay missing.
 */
class UnreadCandidatesTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  @Test
  void aRunOfNumbersUnderWordsNoRuleReads_makesTheItemsOfItsShapeUnparseable_notMissing() {
    Submission read =
        read("kim.txt", "Zustand nach dem ersten Wort ist\n3 1 7\nAusgabe\n6 5 4 3 2 1\n");

    assertThat(Fixtures.refused(read))
        .containsExactlyInAnyOrder("q1.hidden@2", "q3.hidden@2", "q1.logits@4", "q3.logits@4");
    assertThat(read.answers().get(0).refusal().orElseThrow()).contains("\"3 1 7\"");
  }

  @Test
  void twoRunsOfTheSameShape_areQuotedOneForEachStep_inTheOrderWritten() {
    Submission read =
        read("ute.txt", "Zustand zuerst\n3 1 7\n6 5 4 3 2 1\nZustand danach\n9 9 9\n8 5 4 3 2 1\n");

    assertThat(Fixtures.refused(read))
        .containsExactlyInAnyOrder("q1.hidden@2", "q3.hidden@5", "q1.logits@3", "q3.logits@6");
  }

  @Test
  void aRunUnderAQuestionsHeading_isQuotedForThatQuestionsItem() {
    Submission read = read("ivo.txt", "Q3\nZustand 9 9 9\n\nQ1\nZustand 3 1 7\n");

    assertThat(Fixtures.refused(read)).containsExactlyInAnyOrder("q1.hidden@5", "q3.hidden@2");
  }

  @Test
  void aHeaderNumberingColumns_isNoVector() {
    Submission read = read("ole.txt", "Aufgabe;1;2;3\n");

    assertThat(read.answers()).isEmpty();
  }

  @Test
  void aVocabularyWordStandingAsAValue_makesThePredictionsUnparseable() {
    Submission read = read("lu.txt", "Vorhersage: EOS\n");

    assertThat(Fixtures.refused(read)).contains("q2.prediction@1", "q3.prediction@1");
  }

  @Test
  void proseWithTheVocabularysLowerCaseWords_andFewNumbers_leavesItemsMissing() {
    Submission read =
        read(
            "mo.txt", "Homework 5, section 2\nI think the cat is outside, but I did not finish.\n");

    assertThat(read.answers()).isEmpty();
  }
}
