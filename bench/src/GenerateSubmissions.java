import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Evaluation;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.rubric.Variant;
import dev.byhand.variants.StudentRubrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Writes N synthetic submissions for a rubric into a folder: a fixed-seed mix of CSV (60%, some
 * semicolon-separated with decimal commas) and JSON (40%, flat or nested), of which about half are
 * all right, and the rest carry the mistakes students make: one arithmetic slip, the ReLU skipped,
 * a missing answer, a word instead of a number, predictions as token ids. With a rubric that has
 * variants, each student answers their own numbers (student-000000, … are the keys), with the same
 * mix of mistakes as without. Benchmark input only.
 *
 * <p>java -cp target/byhand.jar:CLASSES GenerateSubmissions RUBRIC OUT_DIR N
 */
public final class GenerateSubmissions {
  private record Answer(String key, List<String> values, boolean prediction) {}

  public static void main(String[] args) throws IOException {
    Rubric rubric = new RubricLoader().load(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    int n = Integer.parseInt(args[2]);
    Random random = new Random(20261125L);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("student-%06d", i));
    }
    List<Variant> variants =
        rubric.variants().isPresent() ? StudentRubrics.forRoster(rubric, ids) : List.of();
    for (int i = 0; i < n; i++) {
      Rubric own = variants.isEmpty() ? rubric : StudentRubrics.with(rubric, variants.get(i));
      List<Answer> answers = answers(own, random);
      String id = ids.get(i);
      if (random.nextInt(10) < 6) {
        boolean semicolons = random.nextInt(5) == 0;
        Files.writeString(
            out.resolve(id + ".csv"), csv(answers, semicolons), StandardCharsets.UTF_8);
      } else {
        Files.writeString(
            out.resolve(id + ".json"), json(answers, random.nextBoolean()), StandardCharsets.UTF_8);
      }
    }
  }

  private static List<Answer> answers(Rubric rubric, Random random) {
    int kind = random.nextInt(100);
    List<Answer> answers = new ArrayList<>();
    for (Question question : rubric.questions()) {
      if (question.isManual()) {
        continue;
      }
      Evaluation reference = rubric.network().reference();
      int step = question.position();
      for (ItemSpec item : question.items()) {
        String key = question.key(item);
        if (kind >= 50 && kind < 60 && random.nextInt(6) == 0) {
          continue; // a missing answer
        }
        if (item.name().equals("prediction")) {
          int token = ((Value.Token) reference.value(new Node("prediction", step))).ids().first();
          if (kind >= 90 && random.nextInt(3) == 0) {
            token = (token + 1) % rubric.vocabulary().size();
          }
          String value =
              random.nextBoolean() ? rubric.vocabulary().word(token) : Integer.toString(token);
          answers.add(new Answer(key, List.of(value), true));
          continue;
        }
        List<String> values =
            numbers(vector(reference, step, item.name(), kind >= 70 && kind < 80));
        if (kind >= 60 && kind < 70 && random.nextInt(4) == 0) {
          int at = random.nextInt(values.size());
          values.set(at, Long.toString(Long.parseLong(values.get(at)) + 1 + random.nextInt(3)));
        }
        if (kind >= 80 && kind < 85 && random.nextInt(5) == 0) {
          values.set(0, "five");
        }
        answers.add(new Answer(key, values, false));
      }
    }
    return answers;
  }

  /** The reference vector of a quantity; with {@code noRelu}, the hidden state before its ReLU. */
  private static Vector vector(Evaluation reference, int step, String quantity, boolean noRelu) {
    String node = noRelu && quantity.equals("hidden") ? "preactivation" : quantity;
    if (reference.value(new Node(node, step)) instanceof Value.Vec vec) {
      return vec.value();
    }
    throw new IllegalArgumentException("no vector for " + quantity);
  }

  private static List<String> numbers(Vector vector) {
    List<String> values = new ArrayList<>();
    for (Rational entry : vector.entries()) {
      values.add(entry.toString());
    }
    return values;
  }

  private static String csv(List<Answer> answers, boolean semicolons) {
    StringBuilder text = new StringBuilder("question,answer\n");
    if (semicolons) {
      text = new StringBuilder("question;answer\r\n");
    }
    for (Answer answer : answers) {
      if (semicolons) {
        text.append(answer.key())
            .append(';')
            .append(String.join(";", answer.values()))
            .append("\r\n");
      } else if (answer.values().size() > 1 && answer.key().hashCode() % 2 == 0) {
        text.append(answer.key())
            .append(",\"[")
            .append(String.join(", ", answer.values()))
            .append("]\"\n");
      } else {
        text.append(answer.key())
            .append(',')
            .append(String.join(",", answer.values()))
            .append('\n');
      }
    }
    return text.toString();
  }

  private static String json(List<Answer> answers, boolean vectorsAsStrings) {
    return answers.stream()
        .map(
            answer -> {
              String value;
              if (answer.prediction()) {
                value =
                    answer.values().get(0).chars().allMatch(Character::isDigit)
                        ? answer.values().get(0)
                        : "\"" + answer.values().get(0) + "\"";
              } else if (vectorsAsStrings
                  || !answer.values().stream().allMatch(GenerateSubmissions::isNumber)) {
                value = "\"" + String.join(" ", answer.values()) + "\"";
              } else {
                value = "[" + String.join(", ", answer.values()) + "]";
              }
              return "  \"" + answer.key() + "\": " + value;
            })
        .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+");
  }
}
