package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submitter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** Writes one student's entry of {@code results.json} (docs/RESULTS.md) into a JSON writer. */
final class StudentJson {
  private final JsonWriter json;
  private final ItemText text;
  private final boolean tolerances;

  /**
   * @param tolerances whether to write the tolerance fields: only a rubric with items compared
   *     within a tolerance does, so that exact ones stay as they were
   */
  StudentJson(JsonWriter json, ItemText text, boolean tolerances) {
    this.json = json;
    this.text = text;
    this.tolerances = tolerances;
  }

  void write(StudentResult student, String reportFile) throws IOException {
    json.beginObject();
    json.name("id").value(student.studentId());
    json.name("file").value(student.sourceFile());
    json.name("report").value(reportFile);
    number("score", student.score());
    number("maxScore", student.maxScore());
    number("pendingPoints", student.pendingPoints());
    strings("problems", student.fileProblems());
    json.name("submitters").beginArray();
    for (Submitter submitter : student.submitters()) {
      json.beginObject();
      json.name("name").value(submitter.name());
      json.name("email").value(submitter.email());
      json.name("sid").value(submitter.sid());
      json.endObject();
    }
    json.endArray();
    // Only with variants: a rubric without them keeps results.json byte-identical.
    if (student.variant().isPresent()) {
      json.name("variant").value(student.variant().get().id());
    }
    json.name("items").beginArray();
    for (ItemResult item : student.items()) {
      item(item);
    }
    json.endArray();
    json.endObject();
  }

  private void item(ItemResult item) throws IOException {
    json.beginObject();
    json.name("key").value(item.key());
    json.name("question").value(item.question().id());
    json.name("item").value(item.item().name());
    json.name("status").value(item.status().id());
    number("points", item.points());
    number("maxPoints", item.maxPoints());
    json.name("given").value(text.given(item));
    json.name("expected").value(text.expected(item));
    json.name("feedback").value(item.feedback());
    json.name("diagnosis").value(item.diagnosis().map(d -> d.id()).orElse(null));
    json.name("checkedAgainst").value(text.checkedAgainst(item).orElse(null));
    source(item.reading().source());
    if (tolerances) {
      Optional<ItemSpec.Tolerance> tolerance = item.item().accuracy();
      json.name("tolerance").value(tolerance.map(t -> exact(t.value())).orElse(null));
      json.name("expectedDecimals").value(tolerance.map(t -> (Number) t.places()).orElse(null));
    }
    // Only on an item a TA overrode: every other item stays as it was.
    if (item.override().isPresent()) {
      json.name("override").beginObject();
      number("points", item.points());
      number("byhandPoints", item.override().get().byhandPoints());
      json.name("comment").value(item.override().get().comment());
      json.endObject();
    }
    json.endObject();
  }

  /**
   * Where the answer was read: {@code {"line": 6, "text": "prediction = BOS"}}, or {@code {"path":
   * "$.q2.prediction", "text": "BOS"}} for JSON; null when nothing was read.
   */
  private void source(Optional<Location> source) throws IOException {
    json.name("source");
    if (source.isEmpty()) {
      json.nullValue();
      return;
    }
    Location where = source.get();
    json.beginObject();
    if (where.line().isPresent()) {
      json.name("line").value(where.line().getAsInt());
    } else {
      json.name("path").value(where.jsonPath());
    }
    json.name("text").value(where.text());
    json.endObject();
  }

  private void number(String name, Rational value) throws IOException {
    ResultsJson.number(json, name, value);
  }

  private void strings(String name, List<String> values) throws IOException {
    json.name(name).beginArray();
    for (String value : values) {
      json.value(value);
    }
    json.endArray();
  }

  /**
   * A tolerance as its exact decimal ({@code 0.01}), or 40 decimal places when it has no finite
   * one.
   */
  private static Number exact(Rational value) {
    try {
      return new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
    } catch (ArithmeticException notTerminating) {
      return value.toDecimal(40);
    }
  }
}
