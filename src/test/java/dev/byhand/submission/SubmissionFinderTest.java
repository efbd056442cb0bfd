package dev.byhand.submission;

import static dev.byhand.submission.Fixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionFinderTest {
  private static final String ANSWERS = "q1.hidden,5,4,0\n";

  @TempDir Path root;

  private final SubmissionFinder finder = new SubmissionFinder();
  private final SubmissionReader reader = new SubmissionReader();

  private Path write(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, ANSWERS);
  }

  private List<String> ids() {
    return finder.find(root).stream().map(StudentSource::studentId).toList();
  }

  private Submission readOnly() {
    List<StudentSource> students = finder.find(root);
    assertThat(students).hasSize(1);
    return finder.read(students.get(0), reader);
  }

  @Nested
  class Finding {
    @Test
    void filesAndFolders_areStudents_sortedById() throws IOException {
      write("carol.json");
      write("alice.csv");
      write("bob/answers.csv");
      assertThat(ids()).containsExactly("alice", "bob", "carol");
    }

    @Test
    void hiddenFilesReadmesAndOsNoise_areNotStudents() throws IOException {
      write("alice.csv");
      write(".hidden.csv");
      write("README.md");
      write(".DS_Store");
      write("Thumbs.db");
      write("__MACOSX/alice.csv");
      assertThat(ids()).containsExactly("alice");
    }

    @Test
    void folderCandidates_areAnswerLikeFilesUpToThreeLevelsDown() throws IOException {
      write("bob/answers.CSV");
      write("bob/hw/rnn/answers.json");
      write("bob/a/b/c/too-deep.csv");
      write("bob/diagram.png");
      write("bob/.git/config.txt");
      write("bob/__MACOSX/answers.csv");
      StudentSource bob = finder.find(root).get(0);
      assertThat(bob.path()).isEqualTo(root.resolve("bob"));
      assertThat(bob.candidates())
          .containsExactly(
              root.resolve("bob/answers.CSV"), root.resolve("bob/hw/rnn/answers.json"));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "José Pérez.csv | Jos__P_rez",
          "alice smith (1).csv | alice_smith__1_",
          "a;rm -rf.json | a_rm_-rf",
        })
    void ids_areSafeAsFileNames(String fileName, String id) throws IOException {
      write(fileName);
      assertThat(ids()).containsExactly(id);
    }

    @Test
    void leadingDots_areDropped_andNothingLeftIsAStudent() {
      assertThat(StudentIds.of("..x.y", true)).isEqualTo("x.y");
      assertThat(StudentIds.of("...", true)).isEqualTo("student");
    }

    /** The rule as first written with regexes; the scan that replaced it must agree on any name. */
    private String idByRegex(String name) {
      String safe =
          name.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.+", "").replaceFirst("^-", "_");
      safe = safe.length() > 80 ? safe.substring(0, 80) : safe;
      return safe.isEmpty() ? "student" : safe;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void idsOfRandomNames_matchTheRegexRule(long seed) {
      java.util.Random random = new java.util.Random(seed);
      String alphabet = "aZ09._- -..é€\u00a0\u202e/:;()😀𝔸\t";
      int[] points = alphabet.codePoints().toArray();
      for (int n = 0; n < 500; n++) {
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 120 : 12);
        for (int i = 0; i < length; i++) {
          name.appendCodePoint(points[random.nextInt(points.length)]);
        }
        assertThat(StudentIds.of(name.toString(), true))
            .as(name.toString())
            .isEqualTo(idByRegex(name.toString()));
      }
    }

    @Test
    void longNames_areCutToEightyCharacters() throws IOException {
      write("x".repeat(120) + ".csv");
      assertThat(ids()).singleElement().asString().hasSize(80);
    }

    @Test
    void emptySubmissionsFolder_hasNoStudents() {
      assertThat(finder.find(root)).isEmpty();
    }

    @Test
    void missingFolder_orAFile_isAUsageError() throws IOException {
      Path file = write("alice.csv");
      assertThatThrownBy(() -> finder.find(root.resolve("nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not exist");
      assertThatThrownBy(() -> finder.find(file))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("is not a folder");
    }
  }

  @Nested
  class Reading {
    @Test
    void fileStudent_isRead() throws IOException {
      write("alice.csv");
      Submission s = readOnly();
      assertThat(s.studentId()).isEqualTo("alice");
      assertThat(answers(s)).containsExactly("q1.hidden=[5, 4, 0]");
    }

    @Test
    void screenshotStudent_isFound_andReadAsUnreadable() throws IOException {
      Files.write(root.resolve("dave.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
      Submission s = readOnly();
      assertThat(s.studentId()).isEqualTo("dave");
      assertThat(s.unreadable()).get().asString().startsWith("this is a PNG image");
    }

    @Test
    void fileAndFolderWithOneId_areOneStudentAskedToKeepOne() throws IOException {
      write("bob.csv");
      write("bob/answers.tsv");
      assertThat(readOnly().unreadable())
          .contains("two answer files for bob: bob.csv and bob/answers.tsv; keep one");
    }

    @Test
    void folderStudent_withOneFile_isRead() throws IOException {
      Path file = write("bob/my answers.txt");
      Submission s = readOnly();
      assertThat(s.studentId()).isEqualTo("bob");
      assertThat(s.source()).isEqualTo(file);
      assertThat(s.answers()).hasSize(1);
    }

    @Test
    void twoFilesWithOneId_areOneStudentAskedToKeepOne() throws IOException {
      write("alice.csv");
      write("alice.json");
      write("Alice.txt");
      assertThat(ids()).containsExactly("Alice");
      assertThat(readOnly().unreadable())
          .contains("three answer files for Alice: Alice.txt, alice.csv and alice.json; keep one");
      // The name a variant is drawn for is the file's, without its extension.
      assertThat(readOnly().name()).isEqualTo("Alice");
    }

    @Test
    void theNameAsFound_isKeptBesideTheSafeId() throws IOException {
      write("zoë.o'brien@colgate.edu.csv");
      Submission s = readOnly();
      assertThat(s.studentId()).isEqualTo("zo_.o_brien_colgate.edu");
      assertThat(s.name()).isEqualTo("zoë.o'brien@colgate.edu");
    }

    @Test
    void folderWithTwoCandidates_prefersTheOneNamedAnswers() throws IOException {
      write("bob/notes.txt");
      Path answers = write("bob/Answers.json");
      assertThat(readOnly().source()).isEqualTo(answers);
    }

    @Test
    void folderWithTwoCandidates_andNoAnswersFile_isAskedToKeepOne() throws IOException {
      write("bob/step1.csv");
      write("bob/step2.csv");
      assertThat(readOnly().unreadable())
          .contains(
              "two answer files for bob: bob/step1.csv and bob/step2.csv; keep one"
                  + " (or name the one to grade answers.csv)");
    }

    @Test
    void emptyFolder_saysWhereToPutTheAnswers() throws IOException {
      Files.createDirectories(root.resolve("bob"));
      write("bob/diagram.png");
      Submission s = readOnly();
      assertThat(s.unreadable())
          .contains(
              "no answers file found in bob/: put your answers in answers.csv or answers.json");
      assertThat(s.source()).isEqualTo(root.resolve("bob"));
    }

    @Test
    void symbolicLink_isNotFollowed() throws IOException {
      Path outside = Files.writeString(Files.createTempFile("secret", ".csv"), ANSWERS);
      try {
        Files.createSymbolicLink(root.resolve("mallory.csv"), outside);
        Submission s = readOnly();
        assertThat(s.studentId()).isEqualTo("mallory");
        assertThat(s.unreadable())
            .contains("mallory.csv is a symbolic link; submit the file itself");
      } finally {
        Files.delete(outside);
      }
    }

    @Test
    void symbolicLinkInsideAFolder_isNotFollowedEither() throws IOException {
      Path outside = Files.writeString(Files.createTempFile("secret", ".csv"), ANSWERS);
      try {
        Files.createDirectories(root.resolve("eve"));
        Files.createSymbolicLink(root.resolve("eve/answers.csv"), outside);
        assertThat(readOnly().unreadable()).get().asString().contains("symbolic link");
      } finally {
        Files.delete(outside);
      }
    }
  }
}
