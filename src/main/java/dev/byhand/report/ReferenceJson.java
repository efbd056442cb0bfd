package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.network.Equation;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The reference trace as JSON: the rubric's values, the quantities without steps, and per step the
 * token read and every quantity (the handout's network keeps its own named fields beside them).
 * Integers are JSON numbers; a non-integer is a string holding the exact fraction ({@code "1/3"}),
 * since a JSON number could not hold it exactly.
 */
public final class ReferenceJson {
  private ReferenceJson() {}

  public static String of(Rubric rubric) {
    StringWriter text = new StringWriter();
    try (JsonWriter json = new JsonWriter(text)) {
      json.setIndent("  ");
      json.beginObject();
      json.name("rubric").value(rubric.id());
      if (rubric.variant().isPresent()) {
        json.name("variant").value(rubric.variant().get().id());
        json.name("student").value(rubric.variant().get().key());
      }
      if (rubric.vocabulary().size() > 0) {
        json.name("vocabulary").beginArray();
        for (String word : rubric.vocabulary().words()) {
          json.value(word);
        }
        json.endArray();
      }
      if (rubric.handout().isPresent()) {
        json.name("h0");
        ValueJson.write(json, rubric.network().values().get("hidden_0"), rubric.vocabulary());
      }
      json.name("values").beginObject();
      for (Map.Entry<String, Value> value : rubric.network().values().entrySet()) {
        json.name(value.getKey());
        ValueJson.write(json, value.getValue(), rubric.vocabulary());
      }
      json.endObject();
      quantities(json, rubric, 0);
      json.name("steps").beginArray();
      for (int t = 1; t <= rubric.network().steps(); t++) {
        step(json, rubric, t);
      }
      json.endArray();
      json.endObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return text.toString() + System.lineSeparator();
  }

  /** Every quantity computed at {@code step} (0: those without steps), under "quantities". */
  private static void quantities(JsonWriter json, Rubric rubric, int step) throws IOException {
    List<Equation> equations =
        rubric.network().equations().stream().filter(e -> e.perStep() == (step > 0)).toList();
    if (step == 0 && equations.isEmpty()) {
      return;
    }
    json.name("quantities").beginObject();
    for (Equation equation : equations) {
      json.name(equation.name());
      Node node = new Node(equation.name(), step);
      ValueJson.write(
          json,
          rubric.network().reference().value(node),
          rubric.vocabulary(),
          rubric.network().reference().isExact(node));
    }
    json.endObject();
  }

  private static void step(JsonWriter json, Rubric rubric, int position) throws IOException {
    json.beginObject();
    json.name("step").value(position);
    if (rubric.hasSentence()) {
      int tokenId = rubric.sentence().get(position - 1);
      json.name("token").value(rubric.vocabulary().word(tokenId));
      json.name("tokenId").value(tokenId);
    }
    if (rubric.handout().isPresent()) {
      handout(json, rubric, position);
    }
    quantities(json, rubric, position);
    json.endObject();
  }

  /** The handout's fields, named as they always were: its quantities at this step again. */
  private static void handout(JsonWriter json, Rubric rubric, int step) throws IOException {
    for (String quantity : List.of("input", "preactivation", "hidden", "logits")) {
      json.name(quantity.equals("preactivation") ? "preActivation" : quantity);
      ValueJson.write(json, value(rubric, quantity, step), rubric.vocabulary());
    }
    SortedSet<Integer> predicted = ((Value.Token) value(rubric, "prediction", step)).ids();
    json.name("prediction").beginArray();
    for (int id : predicted) {
      json.value(rubric.vocabulary().word(id));
    }
    json.endArray();
    json.name("predictionIds").jsonValue(predicted.toString());
  }

  private static Value value(Rubric rubric, String quantity, int step) {
    return rubric.network().reference().value(new Node(quantity, step));
  }
}
