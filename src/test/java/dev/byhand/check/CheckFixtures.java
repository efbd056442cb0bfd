package dev.byhand.check;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handout's rubric, a variant that allows correctness, and templates filled in by a student.
 */
final class CheckFixtures {
  static final Path HANDOUT = Path.of("rubrics/rnn-by-hand.json");
  private static final Pattern BLANK_CSV = Pattern.compile("(?m)^q(\\d+)\\.(\\w+),$");

  private CheckFixtures() {}

  static Rubric handout() {
    return new RubricLoader().load(HANDOUT);
  }

  /** The handout's rubric with {@code "selfCheck": "correctness"}, written into {@code dir}. */
  static Path correctnessRubric(Path dir) throws IOException {
    String text =
        Files.readString(HANDOUT, StandardCharsets.UTF_8)
            .replaceFirst("\"sentence\":", "\"selfCheck\": \"correctness\",\n  \"sentence\":");
    Path file = dir.resolve("rnn-by-hand-open.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * A CSV template with every blank key filled in with the reference value, as a diligent student
   * would.
   */
  static String filledCsv(Rubric rubric, String template) {
    Matcher m = BLANK_CSV.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      int step = rubric.question("q" + m.group(1)).orElseThrow().step().getAsInt();
      Value reference = rubric.network().reference().value(new Node(m.group(2), step));
      String value =
          switch (m.group(2)) {
            case "hidden", "logits" -> numbers(((Value.Vec) reference).value().toString());
            case "prediction" -> rubric.vocabulary().word(((Value.Token) reference).first());
            default -> throw new IllegalArgumentException("unexpected item " + m.group(2));
          };
      m.appendReplacement(filled, Matcher.quoteReplacement(m.group() + value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  private static String numbers(String vector) {
    return vector.replaceAll("[\\[\\] ]", "");
  }
}
