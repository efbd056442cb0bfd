package dev.byhand.lms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.exact.Rational;
import dev.byhand.lms.GradebookExport.Row;
import dev.byhand.report.StudentSummary;
import dev.byhand.submission.Submitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching graded students to an export's rows: identifiers of the right kind, never names. */
class RosterMatchTest {
  // Email, Username, ID number, as a Moodle export has them.
  private static final IdentifierColumns COLUMNS =
      new IdentifierColumns(List.of(0), List.of(1), List.of(2));

  private static Row row(int line, String email, String username, String idNumber) {
    return new Row(line, List.of(email, username, idNumber));
  }

  private static StudentSummary student(String id, Submitter... submitters) {
    return new StudentSummary(
        id, id + ".html", List.of(submitters), Rational.ONE, Rational.ONE, false, List.of());
  }

  @Test
  void aGradescopeSubmissionIsMatchedByEmailAndSid_notByTheNameItsIdWasMadeFrom() {
    Row jose = row(2, "jperez@example.edu", "jp77", "2031337");
    Row other = row(3, "yuki@example.edu", "jose-perez", "2031342");
    StudentSummary graded =
        student("jose-perez", new Submitter("José Pérez", "jperez@example.edu", "2031337"));

    RosterMatch match = new RosterMatch(List.of(jose, other), COLUMNS, List.of(graded));

    assertThat(match.student(jose)).contains(graded);
    assertThat(match.student(other)).isEmpty();
    assertThat(match.conflicts()).isEmpty();
  }

  @Test
  void aSidIsComparedWithIdColumnsOnly() {
    Row ana = row(2, "ana@example.edu", "2031337", "1");
    StudentSummary graded = student("someone", new Submitter("Someone", "", "2031337"));

    RosterMatch match = new RosterMatch(List.of(ana), COLUMNS, List.of(graded));

    assertThat(match.student(ana)).isEmpty();
    assertThat(match.unmatched()).containsExactly(graded);
  }

  @Test
  void aPersonWhoseIdentifiersFitTwoRowsIsWrittenForNoOne() {
    Row byEmail = row(2, "hlee@example.edu", "hlee", "");
    Row bySid = row(3, "hana.lee@example.edu", "hana2", "2031338");
    StudentSummary graded =
        student("hana-lee", new Submitter("Hana Lee", "hlee@example.edu", "2031338"));

    RosterMatch match = new RosterMatch(List.of(byEmail, bySid), COLUMNS, List.of(graded));

    assertThat(match.student(byEmail)).isEmpty();
    assertThat(match.student(bySid)).isEmpty();
    assertThat(match.conflicts())
        .containsExactly(
            "hana-lee (hlee@example.edu) fits 2 rows of the gradebook (lines 2, 3); left empty");
  }

  @Test
  void aGroupFillsEachMembersRow() {
    Row bob = row(2, "bsmith@example.edu", "bsmith", "");
    Row carla = row(3, "cdiaz@example.edu", "cdiaz", "2031340");
    StudentSummary group =
        student(
            "bob-smith",
            new Submitter("Bob Smith", "bsmith@example.edu", ""),
            new Submitter("Carla Diaz", "", "2031340"));

    RosterMatch match = new RosterMatch(List.of(bob, carla), COLUMNS, List.of(group));

    assertThat(match.student(bob)).contains(group);
    assertThat(match.student(carla)).contains(group);
  }

  @Test
  void aPlainFolderIsMatchedByTheFileNameTheTaChose() {
    Row ana = row(2, "ana@uni.edu", "ana", "");
    StudentSummary byLogin = student("ana");
    StudentSummary byEmail = student("ana_uni.edu");

    assertThat(new RosterMatch(List.of(ana), COLUMNS, List.of(byLogin)).student(ana))
        .contains(byLogin);
    assertThat(new RosterMatch(List.of(ana), COLUMNS, List.of(byEmail)).student(ana))
        .contains(byEmail);
  }

  @Test
  void normalisingIgnoresCaseSpacesAndBrightspacesHash() {
    assertThat(RosterMatch.normalise("  #HLee@Example.edu ")).isEqualTo("hlee_example.edu");
  }
}
