package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 23, deliverable 3: a vector or a remark that a PDF or a narrow editor wraps onto the next
 * line is read whole, never as its first line. Each rule is tried on a write-up made up for this
 * test and on a near miss it must leave alone.
 */
class WrappedValuesTest {
  private static Submission read(String name, String text) {
    return Fixtures.readForHandout(name, text);
  }

  @Test
  void aVectorWrappedAcrossALineBreak_isReadWhole() {
    Submission read =
        read(
            "ada.txt",
            """
            Step one gives h1 = [3, 1,
              7] and the scores are logits1 = [2, 7, 1, 8,
              2, 8].
            """);

    assertThat(Fixtures.judged(read))
        .containsExactly("q1.hidden=[3, 1, 7]", "q1.logits=[2, 7, 1, 8, 2, 8]");
  }

  @Test
  void aBracketNeverClosed_isRefused_notJudgedAsItsFirstPart() {
    Submission read = read("bo.txt", "h1 = [3, 1,\n\nthat is all I have\n");

    assertThat(Fixtures.judged(read)).isEmpty();
    assertThat(Fixtures.refused(read)).containsExactly("q1.hidden@1");
  }

  @Test
  void aLineOfProseAfterAnOpenVector_isNotJoinedToIt() {
    Submission read = read("cy.txt", "h1 = [3, 1,\nI ran out of time here\nh2 = [9, 9, 9]\n");

    assertThat(Fixtures.judged(read)).containsExactly("q3.hidden=[9, 9, 9]");
    assertThat(Fixtures.refused(read)).containsExactly("q1.hidden@1");
  }

  @Test
  void aRemarkInParenthesesThatWraps_isDroppedWhole_withTheVectorKept() {
    Submission read =
        read(
            "di.txt",
            """
            My state is h1 = [3, 1, 7] (the last entry was negative, so
            relu made it 7, I think).
            """);

    assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[3, 1, 7]");
  }

  @Test
  void anOpenParenthesisNotAfterAValue_doesNotJoinAProseLine() {
    Submission read = read("ed.txt", "Notes (see below\nh1 = [3, 1, 7]\n");

    assertThat(Fixtures.judged(read)).containsExactly("q1.hidden=[3, 1, 7]");
  }

  @Test
  void numpysPrintOfAColumnVector_isReadWhole_neverAsItsFirstLines() {
    Submission read =
        read(
            "fa.txt",
            """
            h2:
            [[57]
             [ 8]
             [36]]
            logits1 = array([[21],
                   [ 8],
                   [-9]])
            """);

    assertThat(Fixtures.judged(read))
        .containsExactly("q3.hidden=[57, 8, 36]", "q1.logits=[21, 8, -9]");
  }

  @Test
  void aMatrixPrintedByNumpy_isNotReadAsAColumn() {
    Submission read = read("ga.txt", "h2:\n[[57 1]\n [ 8 2]\n [36 3]]\n");

    assertThat(Fixtures.judged(read)).doesNotContain("q3.hidden=[57, 8, 36]");
  }

  @Test
  void aQuestionHeadingBelowValuesDownThePage_startsTheQuestion_andIsNoEntry() {
    Submission read =
        read(
            "ha.txt",
            """
            1.
            logits =
            21
            8
            9
            20
            13
            12
            2.
            BOS
            """);

    assertThat(Fixtures.judged(read))
        .containsExactly("q1.logits=[21, 8, 9, 20, 13, 12]", "q2=[BOS]");
  }
}
