package dev.byhand.gradescope;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders {@link GradescopeResults} as Gradescope's results.json, following its autograder
 * specification: {@code score}, {@code execution_time}, {@code output}, {@code output_format},
 * {@code test_output_format}, {@code visibility}, {@code stdout_visibility}, {@code extra_data} and
 * {@code tests[]} with {@code name}, {@code number}, {@code score}, {@code max_score}, {@code
 * status}, {@code output}, {@code output_format}, {@code tags}, {@code visibility}.
 */
final class GradescopeJson {
  private GradescopeJson() {}

  static String of(GradescopeResults results) {
    StringWriter text = new StringWriter();
    try (JsonWriter json = new JsonWriter(text)) {
      json.setIndent("  ");
      json.beginObject();
      json.name("score").value(results.score());
      json.name("execution_time").value(results.executionSeconds());
      json.name("output").value(results.output());
      json.name("output_format").value(results.format().id());
      json.name("test_output_format").value(results.format().id());
      // The submission's total and file-level messages are for the student; per-test visibility
      // comes from the rubric. Standard output is byhand's log, for instructors only.
      json.name("visibility").value("visible");
      json.name("stdout_visibility").value("hidden");
      json.name("extra_data").beginObject();
      for (Map.Entry<String, String> entry : new TreeMap<>(results.extraData()).entrySet()) {
        json.name(entry.getKey()).value(entry.getValue());
      }
      json.endObject();
      json.name("tests").beginArray();
      for (GradescopeTest test : results.tests()) {
        test(json, test, results.format());
      }
      json.endArray();
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: writing to a string", e);
    }
    return text.append('\n').toString();
  }

  private static void test(JsonWriter json, GradescopeTest test, OutputFormat format)
      throws IOException {
    json.beginObject();
    json.name("name").value(test.name());
    json.name("number").value(test.number());
    json.name("score").value(test.score());
    json.name("max_score").value(test.maxScore());
    json.name("status").value(test.status());
    json.name("output").value(test.output());
    json.name("output_format").value(format.id());
    json.name("tags").beginArray();
    for (String tag : test.tags()) {
      json.value(tag);
    }
    json.endArray();
    json.name("visibility").value(test.visibility().id());
    json.endObject();
  }
}
