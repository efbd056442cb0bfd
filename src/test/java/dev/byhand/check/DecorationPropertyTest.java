package dev.byhand.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.grading.Grader;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.RubricKeys;
import dev.byhand.grading.Status;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.submission.SubmissionReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: wrapping an answer in any decoration students use (LaTeX, comments, notes, working,
 * numpy prints, accounting negatives, prose keys, decorated tokens) never changes its verdict's
 * kind: a right answer stays right, a wrong one stays wrong and is still read. Seeded, so a failure
 * names the seed that reproduces it.
 */
class DecorationPropertyTest {
  private static final Rubric HANDOUT =
      new RubricLoader().load(Path.of("rubrics/rnn-by-hand.json"));
  private static final SubmissionReader READER = new SubmissionReader(RubricKeys.of(HANDOUT));

  /** One item: its keys as people write them and its right value. */
  private record Item(String key, List<String> keys, List<Long> right) {}

  private static final List<Item> VECTORS =
      List.of(
          new Item(
              "q1.hidden",
              List.of("q1.hidden", "h1", "1a", "Q1 (hidden state)", "hidden state h1"),
              List.of(5L, 4L, 0L)),
          new Item(
              "q1.logits",
              List.of("q1.logits", "y1", "1b", "Q1 (output logits)", "logits after BOS"),
              List.of(21L, 8L, 9L, 20L, 13L, 12L)),
          new Item(
              "q3.hidden",
              List.of("q3.hidden", "h2", "3a", "Q3 (hidden)", "hidden state at step 2"),
              List.of(57L, 8L, 36L)),
          new Item(
              "q3.logits",
              List.of("q3.logits", "o_2", "3b", "Q3 (logits)", "logits after the"),
              List.of(89L, -92L, 29L, 184L, 181L, -12L)));

  private static final List<Function<List<Long>, String>> VECTOR_DECORATIONS =
      List.of(
          v -> cells(v, ","),
          v -> quoted(bracket(v, ", ")),
          v -> quoted("\\begin{bmatrix} " + join(v, " & ") + " \\end{bmatrix}"),
          v -> quoted("\\begin{pmatrix} " + join(v, " \\\\ ") + " \\end{pmatrix}"),
          v -> quoted("$" + bracket(v, ", ") + "$"),
          v -> quoted("relu(" + bracket(v, ", ") + ") = " + bracket(v, ", ")),
          v -> quoted(bracket(v, ", ")) + "  # checked by hand",
          v -> cells(v, ",") + " // from the handout",
          v -> quoted(bracket(v, ", ")) + ",because relu keeps positives",
          v -> quoted("array(" + bracket(v, ", ") + ")"),
          v -> quoted("tensor([" + join(v.stream().map(x -> x + ".").toList(), ", ") + "])"),
          v ->
              String.join(
                  ",", v.stream().map(x -> x < 0 ? "(" + (-x) + ".00)" : x + ".00").toList()),
          v -> quoted("[" + join(v.stream().map(x -> x + ".").toList(), "  ") + "]"));

  private static final List<String> TOKEN_KEYS =
      List.of(
          "q3.prediction",
          "3c",
          "Q3 (predicted next token)",
          "prediction after the",
          "next token after the");

  private static final List<Function<String, String>> TOKEN_DECORATIONS =
      List.of(
          t -> t,
          t -> "<" + t + ">",
          t -> "\\text{" + t + "}",
          t -> "$\\text{" + t + "}$",
          t -> t + " (index " + id(t) + ")",
          t -> quoted("The model predicts \"\"" + t + "\"\""),
          t -> quoted("'" + t + "' (token " + id(t) + ")"),
          t -> "**" + t + "**",
          t -> t + "  # largest logit",
          t -> quoted("argmax = " + id(t) + " = " + t));

  private static final List<String> VOCABULARY =
      List.of("BOS", "the", "cat", "is", "outside", "EOS");

  @TempDir Path folder;

  static Stream<Long> seeds() {
    return IntStream.range(0, 300).mapToObj(i -> 0x15L * 1_000 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decoratingAnAnswer_keepsRightRightAndWrongWrong(long seed) throws IOException {
    Random random = new Random(seed);
    boolean right = random.nextBoolean();
    String key;
    String line;
    if (random.nextInt(4) == 0) {
      String token = right ? "is" : VOCABULARY.get(List.of(0, 1, 2, 4, 5).get(random.nextInt(5)));
      key = "q3.prediction";
      line = pick(random, TOKEN_KEYS) + "," + pick(random, TOKEN_DECORATIONS).apply(token);
    } else {
      Item item = pick(random, VECTORS);
      List<Long> value = new ArrayList<>(item.right());
      if (!right) {
        int entry = random.nextInt(value.size());
        value.set(entry, value.get(entry) + 1 + random.nextInt(5));
      }
      key = item.key();
      line =
          quotedKey(pick(random, item.keys()))
              + ","
              + pick(random, VECTOR_DECORATIONS).apply(value);
    }
    Path file = folder.resolve("s.csv");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    ItemResult result =
        new Grader(HANDOUT)
            .grade(List.of(READER.read("s", file))).get(0).items().stream()
                .filter(i -> i.key().equals(key))
                .findFirst()
                .orElseThrow();
    if (right) {
      assertThat(result.status()).as(line + " → " + result.feedback()).isEqualTo(Status.CORRECT);
    } else {
      assertThat(result.status())
          .as(line + " → " + result.feedback())
          .isIn(Status.INCORRECT, Status.PARTIAL);
    }
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static int id(String token) {
    return VOCABULARY.indexOf(token);
  }

  private static String join(List<?> values, String separator) {
    return String.join(separator, values.stream().map(String::valueOf).toList());
  }

  private static String bracket(List<Long> values, String separator) {
    return "[" + join(values, separator) + "]";
  }

  private static String cells(List<Long> values, String separator) {
    return join(values, separator);
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static String quotedKey(String key) {
    return key.contains(",") ? quoted(key) : key;
  }
}
