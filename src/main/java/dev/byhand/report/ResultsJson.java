package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemText;
import dev.byhand.grading.StudentResult;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * Writes {@code results.json}: the rubric, then every student with every item. The field names are
 * a contract documented in docs/RESULTS.md; add fields, never rename them.
 */
final class ResultsJson {
  private final JsonWriter json;
  private final ItemText shown;

  /**
   * Only a rubric with items compared within a tolerance writes the tolerance fields: exact ones
   * stay as they were.
   */
  private final boolean tolerances;

  ResultsJson(Writer writer, Rubric rubric, String rubricFile, String version) throws IOException {
    shown = ItemText.of(rubric);
    tolerances = rubric.items().stream().anyMatch(i -> i.spec().accuracy().isPresent());
    json = configured(writer);
    json.beginObject();
    json.name("generator").value("byhand " + version);
    json.name("rubric").beginObject();
    json.name("id").value(rubric.id());
    json.name("title").value(rubric.title());
    json.name("file").value(rubricFile);
    number(json, "maxScore", rubric.maxPoints());
    json.endObject();
    json.name("students").beginArray();
  }

  /** Settings every part of the file is written with, entries included. */
  private static JsonWriter configured(Writer writer) {
    JsonWriter json = new JsonWriter(writer);
    json.setIndent("  ");
    // diagnosis and checkedAgainst are null when they do not apply; scripts can rely on the keys.
    json.setSerializeNulls(true);
    // < > & = ' as \\u escapes: the same strings to any JSON reader, but no student markup in the
    // file.
    json.setHtmlSafe(true);
    return json;
  }

  /**
   * The student's entry, as it will stand in the file's {@code students} array (indented for that
   * place), so that the grading workers serialise students in parallel and {@link #append} only
   * copies them, in class order. Thread-safe.
   */
  String entry(StudentResult student, String reportFile) throws IOException {
    StringWriter text = new StringWriter(4096);
    JsonWriter entry = configured(text);
    // Opened as the file opens them, so that the entry's lines are indented as they will stand.
    entry.beginObject().name("students").beginArray();
    int start = text.getBuffer().length();
    new StudentJson(entry, shown, tolerances).write(student, reportFile);
    StringBuffer written = text.getBuffer();
    return written.substring(written.indexOf("{", start));
  }

  /** Adds an entry made by {@link #entry}; call from one thread, in class order. */
  void append(String entry) throws IOException {
    json.jsonValue(entry);
  }

  /**
   * A number as Gson writes {@link Numbers#json}'s BigDecimal, with a long where the value is an
   * integer: 17 numbers per student, and a BigDecimal's toString was most of their cost.
   */
  static void number(JsonWriter json, String name, Rational value) throws IOException {
    if (value.isInteger() && value.numerator().bitLength() < Long.SIZE) {
      json.name(name).value(value.numerator().longValue());
    } else {
      json.name(name).value(Numbers.json(value));
    }
  }

  void finish(int studentCount, ItemAnalysis analysis) throws IOException {
    json.endArray();
    json.name("studentCount").value(studentCount);
    new AnalysisJson(json).write(analysis);
    json.endObject();
    json.flush();
  }
}
