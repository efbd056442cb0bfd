package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

  private static List<String> judged(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isEmpty())
        .map(a -> a.key() + "=" + a.values())
        .toList();
  }

  private static List<String> refused(Submission submission) {
    return submission.answers().stream()
        .filter(a -> a.refusal().isPresent())
        .map(a -> a.key() + "@" + a.location().line().orElse(0))
        .toList();
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

    assertThat(judged(read)).containsExactly("q1.hidden=[3, 1, 7]", "q1.logits=[2, 7, 1, 8, 2, 8]");
  }

  @Test
  void aBracketNeverClosed_isRefused_notJudgedAsItsFirstPart() {
    Submission read = read("bo.txt", "h1 = [3, 1,\n\nthat is all I have\n");

    assertThat(judged(read)).isEmpty();
    assertThat(refused(read)).containsExactly("q1.hidden@1");
  }

  @Test
  void aLineOfProseAfterAnOpenVector_isNotJoinedToIt() {
    Submission read = read("cy.txt", "h1 = [3, 1,\nI ran out of time here\nh2 = [9, 9, 9]\n");

    assertThat(judged(read)).containsExactly("q3.hidden=[9, 9, 9]");
    assertThat(refused(read)).containsExactly("q1.hidden@1");
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

    assertThat(judged(read)).containsExactly("q1.hidden=[3, 1, 7]");
  }

  @Test
  void anOpenParenthesisNotAfterAValue_doesNotJoinAProseLine() {
    Submission read = read("ed.txt", "Notes (see below\nh1 = [3, 1, 7]\n");

    assertThat(judged(read)).containsExactly("q1.hidden=[3, 1, 7]");
  }
}
