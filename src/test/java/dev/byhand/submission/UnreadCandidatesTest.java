package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 23, deliverables 1 and 4: an item is called missing only when the file holds nothing that
 * could be its answer. Numbers enough for its vector (on a line or down consecutive lines) or a
 * vocabulary word standing as a value or marked, where no answer was read, make an unnamed item
 * refused, quoting that line; a label with nothing after it is refused, quoting the lines below it
 * that may hold its value. Tried on write-ups made up for this test, with near misses that must
 * stay missing.
 */
class UnreadCandidatesTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  /** The sentence refusing {@code question}'s {@code item}. */
  private static String refusal(Submission read, String question, String item) {
    return read.answers().stream()
        .filter(a -> a.key().equals(new AnswerKey(question, item)) && a.refusal().isPresent())
        .findFirst()
        .orElseThrow()
        .refusal()
        .orElseThrow();
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

  @Test
  void aLabelWithNothingAfterIt_andNumbersOnTheLinesBelow_isRefusedQuotingThem_notThereButEmpty() {
    Submission read =
        read(
            "ana.md",
            """
            ## Question 1
            - **New hidden state**
              - ReLU gives `[2, 7, 1]`
            - **Output**
              - `[1, 8, 2, 8, 1, 8]`
            """);

    assertThat(Fixtures.refused(read)).contains("q1.hidden@2", "q1.logits@4");
    String why = refusal(read, "q1", "hidden");
    assertThat(why)
        .contains("\"- ReLU gives `[2, 7, 1]`\"")
        .contains("write the value on the label's line, like - **New hidden state** = your answer");
  }

  @Test
  void aNotebooksLabel_withItsValueInTheNextCellsOutput_isRefusedNamingTheMarkdownCell() {
    Submission read =
        read(
            "bo.ipynb",
            """
            {"cells": [
              {"cell_type": "markdown", "source": ["**Q2 - predicted next token:**"]},
              {"cell_type": "code", "source": ["vocab[y1.argmax()]"], "outputs": [
                {"output_type": "execute_result", "data": {"text/plain": ["'cat'"]}}]}
            ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """);

    assertThat(refusal(read, "q2", "prediction"))
        .contains("(\"'cat'\")")
        .contains("in its markdown cell");
  }

  @Test
  void aLabelWithNothingAfterIt_andProseBelow_staysThereButEmpty() {
    Submission read =
        read("cy.md", "## Question 2\n- **Predicted next token:**\n  ran out of time here\n");

    assertThat(Fixtures.refused(read)).isEmpty();
  }

  @Test
  void aColumnPrintedOneNumberALine_thatNothingNames_refusesTheItemsItCouldBe() {
    Submission read = read("dee.txt", "Mein Ergebnis:\n  7\n  1\n  8\n");

    // Three numbers down the page: a hidden state, never a logits vector of six.
    assertThat(Fixtures.refused(read)).containsExactly("q1.hidden@2", "q3.hidden@2");
    assertThat(refusal(read, "q1", "hidden"))
        .contains("\"7\"")
        .contains("byhand found values here that it could not place")
        .contains("like q1.hidden = your answer");
  }

  @Test
  void octavesWrappedColumns_thatNothingNames_makeOneVector() {
    Submission read =
        read(
            "eli.txt",
            "octave:3> W' * x\nans =\n\n Columns 1 through 4:\n\n   2   7   1   8\n\n"
                + " Columns 5 and 6:\n\n   2   8\n");

    assertThat(Fixtures.refused(read)).contains("q1.logits@4", "q3.logits@4");
  }

  @Test
  void aRowHoldingMoreNumbersThanAVector_mayHoldIt() {
    Submission read = read("fay.txt", "Zeile\t[2, 7, 1]\t[8, 2, 8]\n");

    assertThat(Fixtures.refused(read)).contains("q1.hidden@1", "q3.hidden@1");
  }

  @Test
  void aDateInAnEmailHeader_isNoVector() {
    Submission read =
        read("gil.txt", "Date: Thu, 3 Dec 2026 23:52:10 -0500\nSubject: my work\n\nSee you.\n");

    assertThat(read.answers()).isEmpty();
  }

  @Test
  void aMarkedVocabularyWordAnywhere_makesThePredictionsUnparseable_eachOnItsOwnLineFirst() {
    Submission read = read("hu.txt", "first: argmax -> cat\nthen: argmax -> EOS\n");

    assertThat(Fixtures.refused(read)).containsExactly("q2.prediction@1", "q3.prediction@2");
  }

  @Test
  void aPandasSeriesOfWords_isRefusedRowByRow() {
    Submission read = read("ivo.txt", "step\n1    cat\n2    EOS\nName: next, dtype: object\n");

    assertThat(Fixtures.refused(read)).contains("q2.prediction@2", "q3.prediction@3");
  }

  @Test
  void theTokenAStepReads_isNoPrediction() {
    Submission read = read("jo.txt", "The network reads BOS first, then after \"the\" it stops.\n");

    assertThat(read.answers()).isEmpty();
  }

  @Test
  void aLineNamingOneItem_holdsOnlyThatItemsValue() {
    Submission read = read("kai.txt", "Q1\nout1 = 1 5 9 2 6 5\n");

    // The six numbers are q1's output (refused: out1 is no key byhand reads as such), not a hidden
    // state: the hidden states stay missing.
    assertThat(Fixtures.refused(read)).doesNotContain("q1.hidden@2", "q3.hidden@2");
  }

  @Test
  void aLineSayingMorePredictionsThanWereReadFromIt_makesTheUnreadOneUnparseable() {
    Submission read =
        read(
            "lia.txt",
            "the model predicts BOS because 21 is the largest; after \"the\" the favoured next"
                + " token is \"is\".\n");

    assertThat(Fixtures.refused(read)).contains("q2.prediction@1");
  }

  @Test
  void aPredictionsQuestionThenAWordEndingTheClause_isASignOfItsAnswer() {
    Submission read = read("mo.txt", "q1 h1 is 5 4 0 so q2 its bos\n");

    assertThat(Fixtures.refused(read)).contains("q2.prediction@1");
  }

  @Test
  void aLowerCaseWordGoingOnIntoTheSentence_isNoPredictionSaid() {
    Submission read = read("ned.txt", "The model then predicts the beginning of sentence token.\n");

    assertThat(read.answers()).isEmpty();
  }
}
