package dev.byhand.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.exact.Rational;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualScoresTest {
  /** The students the scores files below may name. */
  private static final List<String> CLASS = List.of("alice", "bob", "Dana Okafor", "Dana_Okafor");

  @TempDir Path temp;

  private ManualScores read(String csv) throws IOException {
    Path file = temp.resolve("scores.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return ManualScores.read(file, GraderTest.HANDOUT, CLASS);
  }

  private static StudentResult graded(String id) {
    return new Grader(GraderTest.HANDOUT)
        .grade(List.of(GraderTest.student(id, GraderTest.CORRECT)))
        .get(0);
  }

  private static ItemResult diagram(StudentResult result) {
    return result.items().stream()
        .filter(i -> i.key().equals("q0.diagram"))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class Merging {
    @Test
    void aScoredDiagram_countsInTheTotal_andCarriesTheComment() throws IOException {
      ManualScores scores =
          read("student,question,points,comment\nalice,q0,1.5,\"Arrows from h to h missing.\"\n");
      StudentResult before = graded("alice");
      StudentResult after = scores.apply(before);
      assertThat(after.score()).isEqualTo(before.score().add(Rational.of(3, 2)));
      assertThat(after.pendingPoints()).isEqualTo(Rational.ZERO);
      ItemResult item = diagram(after);
      assertThat(item.status()).isEqualTo(Status.MANUAL);
      assertThat(item.scoredByTa()).isTrue();
      assertThat(item.feedback()).isEqualTo("Arrows from h to h missing.");
    }

    @Test
    void aStudentWithoutARow_staysAwaitingTheTa() throws IOException {
      ManualScores scores = read("student,question,points,comment\nalice,q0,2,Good\n");
      StudentResult bob = scores.apply(graded("bob"));
      assertThat(diagram(bob).isAwaitingTa()).isTrue();
      assertThat(bob.pendingPoints()).isEqualTo(Rational.of(2));
    }

    @Test
    void aRowWithEmptyPoints_isNotScoredYet() throws IOException {
      ManualScores scores = read("student,question,points,comment\nalice,q0,,look again\n");
      assertThat(diagram(scores.apply(graded("alice"))).isAwaitingTa()).isTrue();
      assertThat(scores.size()).isZero();
    }

    @Test
    void zeroPointsWithoutAComment_isScoredAndSaysSo() throws IOException {
      ItemResult item =
          diagram(read("student,question,points\nalice,q0.diagram,0\n").apply(graded("alice")));
      assertThat(item.scoredByTa()).isTrue();
      assertThat(item.feedback()).isEqualTo("Scored by a TA.");
    }
  }

  @Nested
  class OverridesOfByhandsMarks {
    private final String[] slip = {
      "q1.hidden,5,4,0", "q1.logits,21,8,9,20,14,12", "q2.prediction,BOS",
      "q3.hidden,57,8,36", "q3.logits,89,-92,29,184,181,-12", "q3.prediction,is"
    };

    private StudentResult gradedWithSlip() {
      return new Grader(GraderTest.HANDOUT)
          .grade(List.of(GraderTest.student("alice", slip)))
          .get(0);
    }

    private ItemResult logits(StudentResult result) {
      return result.items().stream()
          .filter(i -> i.key().equals("q1.logits"))
          .findFirst()
          .orElseThrow();
    }

    @Test
    void anOverride_replacesByhandsPoints_andKeepsByhandsVerdictAndPoints() throws IOException {
      ManualScores scores =
          read("student,question,points,comment\nalice,q1.logits,3,read the column as intended\n");
      StudentResult before = gradedWithSlip();
      ItemResult byhand = logits(before);
      StudentResult after = scores.apply(before);
      ItemResult item = logits(after);
      assertThat(item.points()).isEqualTo(Rational.of(3));
      assertThat(item.status()).isEqualTo(byhand.status());
      assertThat(item.feedback()).isEqualTo(byhand.feedback());
      assertThat(item.byhandPoints()).isEqualTo(byhand.points());
      assertThat(item.override())
          .hasValue(new TaOverride(byhand.points(), "read the column as intended"));
      assertThat(after.score())
          .isEqualTo(before.score().subtract(byhand.points()).add(Rational.of(3)));
    }

    @Test
    void anOverride_canLowerAMarkToo_andOtherStudentsAreUntouched() throws IOException {
      ManualScores scores = read("student,question,points\nalice,q2.prediction,0\n");
      StudentResult alice = scores.apply(gradedWithSlip());
      assertThat(alice.items().get(3).key()).isEqualTo("q2.prediction");
      assertThat(alice.items().get(3).points()).isEqualTo(Rational.ZERO);
      assertThat(alice.items().get(3).byhandPoints()).isEqualTo(Rational.ONE);
      StudentResult bob = scores.apply(graded("bob"));
      assertThat(bob.items()).allSatisfy(i -> assertThat(i.override()).isEmpty());
    }

    @Test
    void overridesAndDiagramScores_shareOneFile() throws IOException {
      ManualScores scores =
          read("student,question,points,comment\nalice,q0,2,neat\nalice,Q1.Logits,3,\n");
      StudentResult after = scores.apply(gradedWithSlip());
      assertThat(diagram(after).scoredByTa()).isTrue();
      assertThat(logits(after).override()).hasValue(new TaOverride(Rational.of(5, 2), ""));
      assertThat(scores.size()).isEqualTo(2);
    }
  }

  @Nested
  class SpreadsheetExports {
    @Test
    void excelInADecimalCommaLocale_withBomSemicolonsAndCrlf_reads() throws IOException {
      ManualScores scores =
          read("\uFEFFStudent;Question;Points;Comment\r\nDana Okafor;Q0;1,5;Schön\r\n");
      assertThat(scores.score("Dana_Okafor", "q0.diagram"))
          .hasValueSatisfying(
              s -> {
                assertThat(s.points()).isEqualTo(Rational.of(3, 2));
                assertThat(s.comment()).isEqualTo("Schön");
              });
    }

    @Test
    void columnsInAnyOrder_andExtraColumns_areFine() throws IOException {
      ManualScores scores = read("comment,points,grader,question,student\nneat,2,TA Li,q0,alice\n");
      assertThat(scores.score("alice", "q0.diagram")).isPresent();
    }
  }

  @Nested
  class MistakesAreReportedNotIgnored {
    @Test
    void pointsAboveTheMaximum_nameTheLineAndTheRange() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,3\n"))
          .isInstanceOf(ManualScoresException.class)
          .hasMessageContaining(
              "scores.csv: line 2: 3 points for q0.diagram, which is worth 0 to 2");
    }

    @Test
    void aComputedQuestionWithSeveralItems_mustNameTheItemToOverride() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q1,2\n"))
          .hasMessageContaining("line 2: q1 has several items; name one, e.g. q1.hidden");
    }

    @Test
    void anOverrideAboveTheItemsPoints_isRefused() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q2.prediction,2\n"))
          .hasMessageContaining(
              "line 2: 2 points for q2.prediction, which is worth 0 to 1; correct the points");
    }

    @Test
    void anUnknownItemOfAComputedQuestion_namesTheQuestionsItems() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q1.hiden,2\n"))
          .hasMessageContaining(
              "line 2: q1 has no item \"hiden\"; its items are q1.hidden, q1.logits");
    }

    @Test
    void anUnknownQuestion_isRefused() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q9,2\n"))
          .hasMessageContaining("the rubric has no question \"q9\"");
    }

    @Test
    void duplicates_nameBothLines() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,2\n\nalice,Q0.Diagram,1\n"))
          .hasMessageContaining("line 4: alice q0.diagram is already scored on line 2");
    }

    @Test
    void notANumber_saysWhatToWrite() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,two\n"))
          .hasMessageContaining("line 2: points \"two\" for q0.diagram");
    }

    @Test
    void everyProblemIsListed_notJustTheFirst() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,5\nbob,q7,1\n,q0,1\n"))
          .hasMessageContaining("3 problems")
          .hasMessageContaining("line 2")
          .hasMessageContaining("line 3")
          .hasMessageContaining("line 4: the student cell is empty");
    }

    @Test
    void aMissingColumn_isNamed() {
      assertThatThrownBy(() -> read("name,question,score\nalice,q0,2\n"))
          .hasMessageContaining("the header has no student, points column");
    }

    @Test
    void unknownStudents_areNamedWithTheirLine() throws IOException {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,2\nalcie,q0,1\n"))
          .hasMessageContaining("line 3: no student \"alcie\" in the submissions folder");
    }

    @Test
    void unknownStudentsAndBadRows_areListedTogether_inLineOrder_soOneRoundOfFixesIsEnough() {
      assertThatThrownBy(() -> read("student,question,points\nalice,q0,5\nnobody,q0,1\nbob,q9,1\n"))
          .hasMessageContaining("3 problems")
          .hasMessageContaining("line 2:")
          .hasMessageContaining("line 3: no student \"nobody\"")
          .hasMessageContaining("line 4:")
          .satisfies(
              e ->
                  assertThat(e.getMessage().indexOf("line 2:"))
                      .isLessThan(e.getMessage().indexOf("line 3:")));
    }

    @Test
    void aMissingFile_saysWhichOption() {
      assertThatThrownBy(
              () -> ManualScores.read(temp.resolve("nope.csv"), GraderTest.HANDOUT, CLASS))
          .hasMessageContaining("no such file; pass the TA's scores CSV to --manual");
    }
  }
}
