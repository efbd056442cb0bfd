package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.rnn.Step;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.io.StringWriter;
import java.util.stream.Collectors;

/**
 * The reference trace as JSON. Integers are JSON numbers; a non-integer is a string holding the exact
 * fraction ({@code "1/3"}), since a JSON number could not hold it exactly.
 */
public final class ReferenceJson {
  private ReferenceJson() {}

  public static String of(Rubric rubric) {
    StringWriter text = new StringWriter();
    try (JsonWriter json = new JsonWriter(text)) {
      json.setIndent("  ");
      json.beginObject();
      json.name("rubric").value(rubric.id());
      json.name("vocabulary").beginArray();
      for (String word : rubric.vocabulary().words()) {
        json.value(word);
      }
      json.endArray();
      json.name("h0");
      vector(json, rubric.reference().initialHidden());
      json.name("steps").beginArray();
      for (Step step : rubric.reference().steps()) {
        step(json, rubric, step);
      }
      json.endArray();
      json.endObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString() + System.lineSeparator();
  }

  private static void step(JsonWriter json, Rubric rubric, Step step) throws IOException {
    json.beginObject();
    json.name("step").value(step.position());
    json.name("token").value(rubric.vocabulary().word(step.tokenId()));
    json.name("tokenId").value(step.tokenId());
    json.name("input");
    vector(json, step.input());
    json.name("preActivation");
    vector(json, step.preActivation());
    json.name("hidden");
    vector(json, step.hidden());
    json.name("logits");
    vector(json, step.logits());
    json.name("prediction").beginArray();
    for (int id : step.predicted()) {
      json.value(rubric.vocabulary().word(id));
    }
    json.endArray();
    json.name("predictionIds").jsonValue(step.predicted().toString());
    json.endObject();
  }

  /** One line per vector: {@code [5, 4, 0]}, built from our own exact numbers, so raw output is safe. */
  private static void vector(JsonWriter json, Vector vector) throws IOException {
    json.jsonValue(vector.entries().stream()
        .map(value -> value.isInteger() ? value.toString() : "\"" + value + "\"")
        .collect(Collectors.joining(", ", "[", "]")));
  }
}
