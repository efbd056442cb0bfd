package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.grading.RubricKeys;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer says where it was read, and the text it quotes is really there: for an answer read
 * by line, the file's line at that number, holding the answer's key or its first value. A reader
 * that numbered lines differently from the file would quote the wrong line, and a TA would see a
 * misread where there is none (or miss one).
 */
class ProvenanceTest {
  private static final SubmissionReader READER =
      new SubmissionReader(
          RubricKeys.of(new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"))));

  static Stream<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder :
        List.of("submissions", "src/test/resources/realworld", "src/test/resources/sample-class")) {
      try (Stream<Path> walk = Files.walk(Path.of(folder))) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().endsWith(".json.expected"))
            .filter(p -> !p.getFileName().toString().equals("manifest.json"))
            .sorted()
            .forEach(files::add);
      }
    }
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyAnswerQuotesTheTextItWasReadFrom(Path file) throws IOException {
    Submission submission = READER.read("s", file);
    for (Answer answer : submission.answers()) {
      Location where = answer.location();
      assertThat(where.text()).as("%s: the text of %s", file, where).isNotBlank();
      if (where.line().isEmpty()) {
        continue;
      }
      String quoted = where.text().toLowerCase(Locale.ROOT);
      boolean holdsIt =
          quoted.contains(answer.keyAsWritten().toLowerCase(Locale.ROOT).strip())
              || answer.values().isEmpty()
              || quoted.contains(answer.values().get(0).toLowerCase(Locale.ROOT));
      assertThat(holdsIt)
          .as(
              "%s line %d quotes \"%s\" for %s = %s",
              file, where.line().getAsInt(), where.text(), answer.keyAsWritten(), answer.values())
          .isTrue();
    }
  }
}
