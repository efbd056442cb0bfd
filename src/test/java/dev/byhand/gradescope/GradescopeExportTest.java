package dev.byhand.gradescope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.submission.Submitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradescopeExportTest {
  static final Path EXPORT = Path.of("src/test/resources/gradescope-export");

  @TempDir Path folder;

  List<ExportedSubmission> readYaml(String yaml) throws IOException {
    Files.writeString(folder.resolve(GradescopeExport.METADATA_FILE), yaml);
    return GradescopeExport.read(folder);
  }

  @Nested
  class ARealExport {
    @Test
    void isRecognisedByItsMetadataFile() {
      assertThat(GradescopeExport.isExport(EXPORT)).isTrue();
      assertThat(GradescopeExport.isExport(Path.of("submissions"))).isFalse();
    }

    @Test
    void namesEachSubmissionAfterItsFirstSubmitterAndKeepsEveryone() {
      List<ExportedSubmission> submissions = GradescopeExport.read(EXPORT);

      assertThat(submissions)
          .extracting(s -> s.source().studentId())
          .containsExactly("jose-perez", "hana-lee", "bob-smith", "mateo-rossi");
      assertThat(submissions.get(0).submitters())
          .containsExactly(new Submitter("José Pérez", "jperez@example.edu", "2031337"));
      assertThat(submissions.get(1).submitters().get(0).sid())
          .as("an unquoted SID")
          .isEqualTo("2031338");
      assertThat(submissions.get(2).submitters())
          .extracting(Submitter::name, Submitter::sid)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("Bob Smith", ""),
              org.assertj.core.groups.Tuple.tuple("Carla Diaz", "2031340"));
    }

    @Test
    void findsTheFilesInsideEachSubmissionFolder() {
      List<ExportedSubmission> submissions = GradescopeExport.read(EXPORT);

      assertThat(submissions.get(1).source().candidates())
          .extracting(p -> p.getFileName().toString())
          .containsExactly("rnn_answers.csv");
      assertThat(submissions.get(3).source().candidates())
          .extracting(p -> p.getFileName().toString())
          .as("a lone picture is still a candidate, so the report can say what it is")
          .containsExactly("IMG_2041.png");
    }
  }

  @Nested
  class Ids {
    @Test
    void twoStudentsWithTheSameNameGetTheSubmissionNumber() throws IOException {
      List<ExportedSubmission> submissions =
          readYaml(
              """
          submission_1:
            :submitters:
            - :name: Sam Lee
          submission_2:
            :submitters:
            - :name: Sam Lee
          """);

      assertThat(submissions)
          .extracting(s -> s.source().studentId())
          .containsExactly("sam-lee-1", "sam-lee-2");
    }

    @Test
    void anUnnamedSubmissionKeepsItsFolderNameAndAnUnlistedFolderIsStillGraded()
        throws IOException {
      Files.createDirectories(folder.resolve("submission_9"));
      List<ExportedSubmission> submissions =
          readYaml(
              """
          submission_7:
            :submitters: []
          """);

      assertThat(submissions)
          .extracting(s -> s.source().studentId())
          .containsExactly("submission_7", "submission_9");
    }

    @Test
    void keysWithoutTheRubyColonAreAcceptedToo() throws IOException {
      List<ExportedSubmission> submissions =
          readYaml(
              """
          submission_7:
            submitters:
            - {name: Ada King, email: ada@example.edu, sid: 17}
          """);

      assertThat(submissions.get(0).submitters())
          .containsExactly(new Submitter("Ada King", "ada@example.edu", "17"));
    }
  }

  @Nested
  class ABrokenExport {
    @Test
    void malformedYamlNamesTheFileAndSaysToDownloadAgain() {
      assertThatThrownBy(() -> readYaml("submission_1:\n  :submitters: [\n"))
          .isInstanceOf(ExportException.class)
          .hasMessageContaining("submission_metadata.yml: not valid YAML")
          .hasMessageContaining("download the export from Gradescope again");
    }

    @Test
    void aListAtTheTopLevelIsNotAnExport() {
      assertThatThrownBy(() -> readYaml("- a\n- b\n"))
          .isInstanceOf(ExportException.class)
          .hasMessageContaining("expected submission_<id>: entries at the top level, found a list");
    }

    @Test
    void aKeyThatWouldLeaveTheFolderIsRefused() {
      assertThatThrownBy(() -> readYaml("../../etc:\n  :submitters: []\n"))
          .isInstanceOf(ExportException.class)
          .hasMessageContaining("line 1: \"../../etc\" is not a submission folder name");
    }

    @Test
    void submittersThatAreNotPeopleSayWhatWasFound() {
      assertThatThrownBy(() -> readYaml("submission_1:\n  :submitters: Alice\n"))
          .isInstanceOf(ExportException.class)
          .hasMessageContaining(
              "line 2: submission_1 :submitters should be a list of people, found the value \"Alice\"");
    }

    @Test
    void anAliasBombIsStoppedByTheLoadLimits() {
      StringBuilder yaml =
          new StringBuilder("submission_1:\n  :a: &a [x, x, x, x, x, x, x, x, x, x]\n");
      for (char c = 'b'; c <= 'j'; c++) {
        String alias = "*" + (char) (c - 1);
        yaml.append("  :")
            .append(c)
            .append(": &")
            .append(c)
            .append(" [")
            .append(String.join(", ", java.util.Collections.nCopies(10, alias)))
            .append("]\n");
      }
      yaml.append("  :submitters: []\n");

      assertThatThrownBy(() -> readYaml(yaml.toString()))
          .isInstanceOf(ExportException.class)
          .hasMessageContaining("aliases");
    }
  }
}
