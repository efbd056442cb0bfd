package dev.byhand.selftest;

import dev.byhand.exact.Rational;
import dev.byhand.network.Evaluation;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The answers file a student would write for given values: CSV, one computed item a row, vectors
 * and matrices in brackets, an inexact item rounded to the decimals it asks for, a prediction as
 * its word. Read back through the real {@link SubmissionReader}, so a self-test checks reading as
 * well as judging. Stateless.
 */
final class AnswersFile {
  private AnswersFile() {}

  /**
   * Every computed item of {@code rubric} with the value {@code values} gives its node; an item for
   * which it gives none is left out.
   */
  static String csv(Rubric rubric, Function<Node, Optional<Value>> values) {
    StringBuilder text = new StringBuilder("# written by byhand test\n");
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        if (item.manual()) {
          continue;
        }
        Optional<Value> value = values.apply(rubric.node(question, item));
        if (value.isPresent()) {
          text.append(question.key(item))
              .append(",\"")
              .append(cell(rubric, item, value.get()))
              .append("\"\n");
        }
      }
    }
    return text.toString();
  }

  /** {@code text} read as the file {@code <key>.csv} of the student whose key is {@code key}. */
  static Submission read(SubmissionReader reader, String key, String text) {
    return reader
        .readContents(Path.of(key + ".csv"), text.getBytes(StandardCharsets.UTF_8))
        .withName(key);
  }

  private static String cell(Rubric rubric, ItemSpec item, Value value) {
    if (value instanceof Value.Token token) {
      return rubric.vocabulary().size() > 0
          ? rubric.vocabulary().word(token.first())
          : Integer.toString(token.first());
    }
    if (value instanceof Value.Mat matrix) {
      return rows(item, matrix);
    }
    return value instanceof Value.Vec
        ? list(item, value.entries())
        : number(item, value.entries().get(0));
  }

  private static String rows(ItemSpec item, Value.Mat matrix) {
    List<String> rows = new ArrayList<>();
    int columns = matrix.value().columnCount();
    List<Rational> entries = matrix.entries();
    for (int r = 0; r < entries.size(); r += columns) {
      rows.add(list(item, entries.subList(r, r + columns)));
    }
    return "[" + String.join(", ", rows) + "]";
  }

  private static String list(ItemSpec item, List<Rational> entries) {
    return "[" + String.join(", ", entries.stream().map(e -> number(item, e)).toList()) + "]";
  }

  /**
   * An inexact item's entry rounded to the decimals students are asked for; an exact one as a
   * decimal where it has a finite one, else as a fraction ({@code 1/3}).
   */
  private static String number(ItemSpec item, Rational value) {
    if (item.accuracy().isPresent()) {
      ItemSpec.Tolerance tolerance = item.accuracy().get();
      return value.toDecimal(tolerance.decimals().orElse(tolerance.places())).toPlainString();
    }
    return Evaluation.decimal(value);
  }
}
