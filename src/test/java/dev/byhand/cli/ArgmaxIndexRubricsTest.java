package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index from {@code argmax} is a number: in a rubric without a vocabulary (an HMM's states), and
 * in a rubric with one where argmax runs over something else (hidden units, one more than there are
 * words). Every command shows it as a number, takes an integer for it, and never stops with an
 * internal error; a 0 is an answer later items follow through from.
 */
class ArgmaxIndexRubricsTest {
  private static final Path FIXTURES = Path.of("src/test/resources/argmax");
  private static final String HMM = FIXTURES.resolve("hmm-states.json").toString();
  private static final String TAGGER = FIXTURES.resolve("tagger-units.json").toString();

  @TempDir Path temp;

  /** Grades a fixture class; each student's items as {@code key → [status, points, expected]}. */
  private Map<String, Map<String, String>> grade(String rubric, String folder) throws IOException {
    return CliRun.gradeItems(
        rubric,
        FIXTURES.resolve(folder),
        temp.resolve("reports"),
        item -> {
          assertThat(item.get("feedback").getAsString()).doesNotContain("could not grade");
          return CliRun.statusAndPoints(item) + " " + item.get("expected").getAsString();
        });
  }

  @Nested
  class AnIndexInARubricWithoutAVocabulary {
    @Test
    void reference_printsTheIndexAsANumber() {
      CliRun run = CliRun.clean("reference", "--rubric", HMM);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("best1 = 0\n", "best2 = 2\n", "day2 = 3\n");
      CliRun json = CliRun.clean("reference", "--json", "--rubric", HMM);
      assertThat(json.out()).contains("\"best2\": 2,", "\"day2\": 3,");
    }

    @Test
    void template_asksForAWholeNumberCountingFrom0() {
      CliRun csv = CliRun.clean("template", "--rubric", HMM);
      assertThat(csv.out())
          .contains("# q2.best2: 1 whole number (an index counting from 0), most likely state")
          .contains("# q2.day2: 1 number, that state counted from 1");
      CliRun json = CliRun.clean("template", "--rubric", HMM, "--format", "json");
      assertThat(json.out()).contains("\"q2.best2\": []");
    }

    @Test
    void check_takesTheIndexAsANumber_aStringHoldingOne_orAOneEntryList() {
      for (String file : new String[] {"ada.csv", "ben.json"}) {
        CliRun run =
            CliRun.clean(
                "check", FIXTURES.resolve("hmm-states").resolve(file).toString(), "--rubric", HMM);
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("Ready to submit").doesNotContain("vocabulary");
      }
    }

    @Test
    void grade_givesTheRightIndexFullMarks() throws IOException {
      Map<String, Map<String, String>> students = grade(HMM, "hmm-states");
      for (String student : new String[] {"ada", "ben"}) {
        assertThat(students.get(student))
            .containsEntry("q1.best1", "correct 1 0")
            .containsEntry("q2.best2", "correct 1 2")
            .containsEntry("q2.day2", "correct 1 3");
      }
    }

    @Test
    void anIndex0_isAnAnswer_fromWhichLaterItemsFollowThrough() throws IOException {
      Map<String, String> dan = grade(HMM, "hmm-states").get("dan");
      assertThat(dan)
          .containsEntry("q2.best2", "incorrect 0 2")
          .containsEntry("q2.day2", "followthrough 1 3");
    }

    @Test
    void aSlipCarriedForward_stillEarnsFollowThroughDownToTheIndex() throws IOException {
      Map<String, String> cleo = grade(HMM, "hmm-states").get("cleo");
      assertThat(cleo)
          .containsEntry("q2.alpha2", "followthrough 3 [83/2500, 219/2500, 119/1250]")
          .containsEntry("q2.best2", "correct 1 2")
          .containsEntry("q2.likelihood", "followthrough 2 27/125");
    }
  }

  @Nested
  class AnIndexOverHiddenUnitsInARubricWithAVocabulary {
    @Test
    void reference_showsTheUnitAsANumber_evenPastTheVocabulary_andThePredictionAsAWord() {
      CliRun run = CliRun.clean("reference", "--rubric", TAGGER);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("1     BOS    [1, 0, 0, 2]  3     [1, 2, -1]  yes")
          .contains("2     yes    [0, 1, 0, 0]  1     [0, 1, 0]   yes");
      CliRun json = CliRun.clean("reference", "--json", "--rubric", TAGGER);
      assertThat(json.out()).contains("\"unit\": 3,", "\"unit\": 1,", "\"prediction\": \"yes\"");
    }

    @Test
    void template_asksForANumberForTheUnit_andAWordForThePrediction() {
      CliRun run = CliRun.clean("template", "--rubric", TAGGER);
      assertThat(run.out())
          .contains("# q1.unit: 1 whole number (an index counting from 0), the strongest hidden")
          .contains("# q1.prediction: one word of BOS yes EOS (or its token id 0-2)");
    }

    @Test
    void grade_comparesTheUnitAsANumber_andThePredictionAsAWord() throws IOException {
      Map<String, Map<String, String>> students = grade(TAGGER, "tagger-units");
      assertThat(students.get("eve"))
          .containsEntry("q1.unit", "correct 1 3")
          .containsEntry("q2.unit", "correct 1 1")
          .containsEntry("q2.prediction", "correct 1 yes");
      assertThat(students.get("finn"))
          .containsEntry("q1.unit", "incorrect 0 3")
          .containsEntry("q2.unit", "unparseable 0 1")
          .containsEntry("q2.prediction", "correct 1 yes");
    }

    @Test
    void check_refusesAWordWhereTheUnitIsAsked() {
      CliRun run =
          CliRun.clean(
              "check", FIXTURES.resolve("tagger-units/finn.csv").toString(), "--rubric", TAGGER);
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("unreadable q2.unit").contains("'yes' is not a number");
    }

    @Test
    void handoutAnswerKey_showsTheUnitAsANumber() throws IOException {
      Path handout = temp.resolve("handout.md");
      CliRun run =
          CliRun.clean(
              "handout",
              "--rubric",
              TAGGER,
              "--format",
              "md",
              "--answers",
              "-o",
              handout.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(Files.readString(temp.resolve("handout-answers.md")))
          .contains("q1.unit = 3", "q2.unit = 1", "q1.prediction = yes");
    }
  }
}
