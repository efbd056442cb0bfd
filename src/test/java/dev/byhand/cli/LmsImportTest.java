package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --lms}: the import file each LMS takes, filled from the gradebook a TA exported from
 * it, with students matched by identifiers and the unmatched listed.
 */
class LmsImportTest {
  private static final String LMS = "src/test/resources/lms/";

  /** Each student's total in grades.csv, by byhand's student id. */
  private static Map<String, String> totals(Path reports) throws IOException {
    Map<String, String> totals = new HashMap<>();
    for (CSVRecord row : csv(reports.resolve("grades.csv"), CSVFormat.DEFAULT)) {
      if (row.getRecordNumber() > 1) {
        totals.put(row.get(0), row.get(row.size() - 2));
      }
    }
    return totals;
  }

  private static List<CSVRecord> csv(Path file, CSVFormat format) throws IOException {
    return format
        .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
        .getRecords();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Canvas {
    private CliRun run;
    private Path reports;
    private List<CSVRecord> rows;

    @BeforeAll
    void gradeTheSampleClassWithTheCanvasExport(@TempDir Path temp) throws IOException {
      reports = temp.resolve("reports");
      run =
          grade(
              "submissions",
              reports.toString(),
              "canvas",
              LMS + "canvas-export.csv",
              "--assignment",
              "RNN by hand");
      rows = csv(reports.resolve("canvas-import.csv"), CSVFormat.DEFAULT);
    }

    @Test
    void keepsCanvasStudentColumnsAndUpdatesTheAssignmentByItsId() {
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(rows.get(0).toList())
          .containsExactly(
              "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "RNN by hand (48213)");
      assertThat(rows.get(1).toList()).containsExactly("    Points Possible", "", "", "", "", "16");
    }

    @Test
    void writesEachMatchedStudentsTotalFromTheGradebook() throws IOException {
      Map<String, String> totals = totals(reports);
      Map<String, String> written = new HashMap<>();
      for (CSVRecord row : rows.subList(2, rows.size())) {
        written.put(row.get(3), row.get(5));
      }
      assertThat(written.get("alice")).isEqualTo(totals.get("alice"));
      assertThat(written.get("hana-lee")).isEqualTo(totals.get("hana-lee"));
      assertThat(written.get("dana_okafor")).isEqualTo(totals.get("Dana_Okafor"));
      assertThat(written.get("mateo")).isEqualTo(totals.get("mateo"));
    }

    @Test
    void leavesRosterStudentsWithoutASubmissionEmpty_notZero() {
      CSVRecord priya = row("pshah");
      assertThat(priya.get(5)).isEmpty();
      assertThat(row("").get(0)).isEqualTo("Student, Test");
      assertThat(row("").get(5)).isEmpty();
    }

    @Test
    void listsSubmissionsThatMatchNoOne() {
      assertThat(run.out())
          .contains("Canvas import file: " + reports.resolve("canvas-import.csv"))
          .contains(
              "14 of 17 students in the Canvas gradebook graded; 3 without a matching submission left empty")
          .contains("in no row of the gradebook, not written")
          .contains("lena_w");
    }

    @Test
    void saysItUpdatesTheExistingAssignmentColumn() {
      assertThat(run.out()).contains("updates the gradebook's column \"RNN by hand (48213)\"");
    }

    @Test
    void neutralisesANameThatASpreadsheetWouldRunAsAFormula() {
      assertThat(row("ana").get(0)).startsWith("'=HYPERLINK");
    }

    private CSVRecord row(String login) {
      return rows.stream().skip(2).filter(r -> r.get(3).equals(login)).findFirst().orElseThrow();
    }
  }

  /** Grades {@code submissions} with an import file for {@code lms} filled from {@code roster}. */
  private static CliRun grade(
      String submissions, String reports, String lms, String roster, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "grade",
                "--submissions",
                submissions,
                "--reports",
                reports,
                "--lms",
                lms,
                "--roster",
                roster));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** Grades a Gradescope export (who submitted is known by email and SID) for {@code lms}. */
  private static CliRun gradeTheGradescopeExport(
      Path reports, String lms, String roster, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("--assignment", "RNN by hand"));
    args.addAll(List.of(more));
    return grade(
        "src/test/resources/gradescope-export",
        reports.toString(),
        lms,
        LMS + roster,
        args.toArray(String[]::new));
  }

  @Nested
  class Moodle {
    @Test
    void writesEmailGradeAndFeedback_andGivesAGroupsMembersTheirSubmissionsGrade(@TempDir Path temp)
        throws IOException {
      Path reports = temp.resolve("reports");
      CliRun run = gradeTheGradescopeExport(reports, "moodle", "moodle-export.csv");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("moodle-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(0).toList())
          .containsExactly("Email address", "RNN by hand", "Feedback: RNN by hand");
      Map<String, String> totals = totals(reports);
      Map<String, CSVRecord> byEmail = new HashMap<>();
      rows.stream().skip(1).forEach(r -> byEmail.put(r.get(0), r));
      assertThat(byEmail.get("jperez@example.edu").get(1)).isEqualTo(totals.get("jose-perez"));
      assertThat(byEmail.get("HLee@Example.edu").get(1)).isEqualTo(totals.get("hana-lee"));
      assertThat(byEmail.get("bsmith@example.edu").get(1)).isEqualTo(totals.get("bob-smith"));
      assertThat(byEmail.get("cdiaz@example.edu").get(1)).isEqualTo(totals.get("bob-smith"));
      assertThat(byEmail.get("ytanaka@example.edu").get(1)).isEmpty();
      assertThat(byEmail.get("ytanaka@example.edu").get(2)).isEmpty();
      assertThat(byEmail.get("jperez@example.edu").get(2))
          .startsWith("byhand: " + totals.get("jose-perez") + "/")
          .contains("report jose-perez.html");
    }
  }

  @Nested
  class Blackboard {
    @Test
    void readsBlackboardsUtf16Download_andWritesTabDelimitedWithTheColumnId(@TempDir Path temp)
        throws IOException {
      Path reports = temp.resolve("reports");
      CliRun run =
          grade(
              "submissions",
              reports.toString(),
              "blackboard",
              LMS + "blackboard-export.xls",
              "--assignment",
              "RNN by hand");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("blackboard-import.xls"), CSVFormat.TDF);
      assertThat(rows.get(0).toList())
          .containsExactly("Username", "RNN by hand [Total Pts: 16 Score] |664617");
      Map<String, String> totals = totals(reports);
      assertThat(rows.get(1).toList()).containsExactly("alice", totals.get("alice"));
      assertThat(rows.get(5).toList()).containsExactly("pshah", "");
      assertThat(run.out()).contains("4 of 5 students in the Blackboard gradebook graded");
    }
  }

  @Nested
  class Brightspace {
    @Test
    void keepsTheOrgDefinedIdAsExported_andEndsEachRowWithTheIndicator(@TempDir Path temp)
        throws IOException {
      Path reports = temp.resolve("reports");
      CliRun run = gradeTheGradescopeExport(reports, "brightspace", "brightspace-export.csv");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("brightspace-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(0).toList())
          .containsExactly(
              "OrgDefinedId",
              "RNN by hand Points Grade <Numeric MaxPoints:16 Weight:10>",
              "End-of-Line Indicator");
      Map<String, String> totals = totals(reports);
      assertThat(rows.get(1).toList()).containsExactly("#2031337", totals.get("jose-perez"), "#");
      assertThat(rows.get(6).toList()).containsExactly("#2031342", "", "#");
    }

    @Test
    void namesANewGradeItemNamePointsGrade(@TempDir Path temp) throws IOException {
      Path roster = temp.resolve("export.csv");
      Files.writeString(
          roster,
          "Org Defined ID,Username,Last Name,First Name,End-of-Line Indicator\n"
              + "#2031338,#hlee,Lee,Hana,#\n");
      Path reports = temp.resolve("reports");
      CliRun run =
          CliRun.of(
              "grade",
              "--submissions",
              "src/test/resources/gradescope-export",
              "--reports",
              reports.toString(),
              "--lms",
              "brightspace",
              "--roster",
              roster.toString(),
              "--assignment",
              "Homework 3");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("brightspace-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(0).toList())
          .containsExactly("Org Defined ID", "Homework 3 Points Grade", "End-of-Line Indicator");
      assertThat(rows.get(1).get(0)).isEqualTo("#2031338");
      assertThat(run.out()).contains("a new column \"Homework 3 Points Grade\"");
    }

    @Test
    void copiesIdentifiersExactly_evenOneASpreadsheetWouldTakeForAFormula(@TempDir Path temp)
        throws IOException {
      Path roster = temp.resolve("export.csv");
      Files.writeString(
          roster, "Username,Last Name,First Name,End-of-Line Indicator\n-hana-lee,Lee,Hana,#\n");
      Path reports = temp.resolve("reports");
      Path submissions = temp.resolve("submissions");
      Files.createDirectories(submissions);
      Files.copy(Path.of("submissions/hana-lee.csv"), submissions.resolve("-hana-lee.csv"));
      CliRun run =
          CliRun.of(
              "grade",
              "--submissions",
              submissions.toString(),
              "--reports",
              reports.toString(),
              "--lms",
              "brightspace",
              "--roster",
              roster.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("brightspace-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(1).get(0)).isEqualTo("-hana-lee");
    }
  }

  @Nested
  class Matching {
    @Test
    void aRowTwoSubmissionsClaimIsLeftEmptyAndNamed(@TempDir Path temp) throws IOException {
      // One student, two Gradescope accounts: the school email on one, the SID on the other.
      Path export = temp.resolve("export");
      for (String id : List.of("submission_1", "submission_2", "submission_3")) {
        Files.createDirectories(export.resolve(id));
        Files.copy(Path.of("submissions/alice.csv"), export.resolve(id).resolve("answers.csv"));
      }
      Files.writeString(
          export.resolve("submission_metadata.yml"),
          """
          ---
          submission_1:
            :submitters:
            - :name: Hana Lee
              :sid: ''
              :email: hlee@example.edu
          submission_2:
            :submitters:
            - :name: Hana L.
              :sid: '2031338'
              :email: hana.lee.99@gmail.com
          submission_3:
            :submitters:
            - :name: José Pérez
              :sid: '2031337'
              :email: jperez@example.edu
          """);
      Path reports = temp.resolve("reports");
      CliRun run =
          grade(export.toString(), reports.toString(), "moodle", LMS + "moodle-export.csv");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("moodle-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(2).get(0)).isEqualTo("HLee@Example.edu");
      assertThat(rows.get(2).get(1)).isEmpty();
      assertThat(rows.get(1).get(1)).isEqualTo(totals(reports).get("jose-perez"));
      assertThat(run.out())
          .contains("are all the gradebook's row at line 3; left empty")
          .contains("hana-lee (hlee@example.edu)")
          .contains(
              "1 of 6 students in the Moodle gradebook graded; 4 without a matching submission");
    }

    @Test
    void withPendingEmpty_aStudentAwaitingATaGetsAnEmptyCell(@TempDir Path temp)
        throws IOException {
      Path reports = temp.resolve("reports");
      CliRun run =
          gradeTheGradescopeExport(
              reports, "moodle", "moodle-export.csv", "--lms-pending", "empty");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("moodle-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.stream().skip(1).map(r -> r.get(1))).containsOnly("");
      assertThat(run.out())
          .contains("awaiting a TA, left empty: jose-perez, hana-lee, bob-smith, mateo-rossi");
    }

    @Test
    void aTaScoreForTheManualQuestionIsInTheImportFile(@TempDir Path temp) throws IOException {
      Path scores = temp.resolve("scores.csv");
      Files.writeString(scores, "student,question,points\nhana-lee,q0,2\n");
      Path reports = temp.resolve("reports");
      CliRun run =
          gradeTheGradescopeExport(
              reports,
              "moodle",
              "moodle-export.csv",
              "--lms-pending",
              "empty",
              "--manual",
              scores.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("moodle-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(2).get(1)).isEqualTo(totals(reports).get("hana-lee"));
      assertThat(rows.get(1).get(1)).isEmpty();
    }
  }

  @Nested
  class Variants {
    @Test
    void eachStudentsGradeAgainstTheirOwnNumbersIsWhatTheLmsGets(@TempDir Path temp)
        throws IOException {
      Path reports = temp.resolve("reports");
      CliRun run =
          gradeTheGradescopeExport(
              reports,
              "brightspace",
              "brightspace-export.csv",
              "--rubric",
              "rubrics/rnn-by-hand-variants.json");
      assertThat(run.exitCode()).as(run.err()).isZero();
      Map<String, String> totals = totals(reports);
      List<CSVRecord> rows = csv(reports.resolve("brightspace-import.csv"), CSVFormat.DEFAULT);
      assertThat(rows.get(1).get(1)).isEqualTo(totals.get("jose-perez"));
      assertThat(rows.get(2).get(1)).isEqualTo(totals.get("hana-lee"));
      assertThat(rows.get(6).get(1)).isEmpty();
    }
  }

  @Nested
  class TaOverrides {
    @Test
    void aTasOverrideOfAnAutomaticMarkIsWhatTheLmsGets(@TempDir Path temp) throws IOException {
      Path scores = temp.resolve("scores.csv");
      Files.writeString(
          scores,
          "student,question,points,comment\nhana-lee,q1.logits,3,read the slip as intended\n");
      Path reports = temp.resolve("reports");
      CliRun run =
          CliRun.of(
              "grade",
              "--submissions",
              "submissions",
              "--reports",
              reports.toString(),
              "--manual",
              scores.toString(),
              "--lms",
              "blackboard",
              "--roster",
              LMS + "blackboard-export.xls",
              "--assignment",
              "RNN by hand");
      assertThat(run.exitCode()).as(run.err()).isZero();
      List<CSVRecord> rows = csv(reports.resolve("blackboard-import.xls"), CSVFormat.TDF);
      // hana-lee's one slip (13.5 of 16) is forgiven by the TA.
      assertThat(rows.get(2).toList()).containsExactly("hana-lee", "14");
    }
  }

  @Nested
  class Refusals {
    @Test
    void anExportWithoutIdentifiersStopsTheRunBeforeAnythingIsWritten(@TempDir Path temp)
        throws IOException {
      Path roster = temp.resolve("names.csv");
      Files.writeString(roster, "Student,Section\nAlice Ng,01\n");
      Path reports = temp.resolve("reports");
      CliRun run =
          CliRun.of(
              "grade",
              "--reports",
              reports.toString(),
              "--lms",
              "moodle",
              "--roster",
              roster.toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err())
          .contains("names.csv: no column \"Email address\", \"ID number\", \"Username\"");
      assertThat(reports).doesNotExist();
    }

    @Test
    void lmsPendingWithoutLmsIsAUsageError(@TempDir Path temp) {
      CliRun run =
          CliRun.of("grade", "--reports", temp.resolve("r").toString(), "--lms-pending", "empty");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--lms-pending is for an LMS import file");
    }

    @Test
    void lmsWithoutARosterIsAUsageError(@TempDir Path temp) {
      CliRun run = CliRun.of("grade", "--reports", temp.resolve("r").toString(), "--lms", "canvas");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--lms canvas needs --roster EXPORT.csv");
    }

    @Test
    void anUnknownLmsIsAUsageError(@TempDir Path temp) {
      CliRun run =
          CliRun.of(
              "grade",
              "--reports",
              temp.resolve("r").toString(),
              "--lms",
              "sakai",
              "--roster",
              "x.csv");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("--lms sakai is not an LMS byhand writes for");
    }
  }
}
