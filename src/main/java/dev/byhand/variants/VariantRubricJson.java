package dev.byhand.variants;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import dev.byhand.rubric.Variant;
import java.math.BigInteger;
import java.util.Map;

/**
 * A rubric's JSON with one student's numbers written in and its {@code variants} section taken out:
 * the rubric that student answers, for a page that loads a rubric as written. Stateless.
 */
public final class VariantRubricJson {
  private VariantRubricJson() {}

  /**
   * {@code rubricJson} (which loaded as a rubric with variants) with {@code variant}'s values in
   * place of the rubric's, in {@code model.values} or, in the handout's built-in form, in {@code
   * model} itself ({@code h0} for {@code hidden_0}); the title says whose numbers they are.
   *
   * @throws IllegalArgumentException when a varied value is not in the JSON
   */
  public static String of(String rubricJson, Variant variant) {
    JsonObject root = JsonParser.parseString(rubricJson).getAsJsonObject();
    root.remove("variants");
    JsonObject model = root.getAsJsonObject("model");
    JsonObject values = model.has("values") ? model.getAsJsonObject("values") : model;
    for (Map.Entry<String, Value> drawn : variant.values().entrySet()) {
      String name = values == model && drawn.getKey().equals("hidden_0") ? "h0" : drawn.getKey();
      if (!values.has(name)) {
        throw new IllegalArgumentException("the rubric's JSON has no value " + name);
      }
      values.add(name, json(drawn.getValue()));
    }
    String title = root.has("title") ? root.get("title").getAsString() : "";
    root.addProperty(
        "title", title + " (numbers of " + variant.key() + ", variant " + variant.id() + ")");
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
  }

  private static JsonElement json(Value value) {
    if (value instanceof Value.Mat m) {
      JsonArray rows = new JsonArray();
      for (int r = 0; r < m.value().rowCount(); r++) {
        rows.add(json(m.value().row(r)));
      }
      return rows;
    }
    if (value instanceof Value.Vec v) {
      return json(v.value());
    }
    return number(((Value.Scalar) value).value());
  }

  private static JsonArray json(Vector vector) {
    JsonArray entries = new JsonArray();
    vector.entries().forEach(entry -> entries.add(number(entry)));
    return entries;
  }

  /** Drawn values are integers. */
  private static JsonPrimitive number(Rational entry) {
    if (!entry.denominator().equals(BigInteger.ONE)) {
      throw new IllegalArgumentException("a drawn value is an integer, not " + entry);
    }
    return new JsonPrimitive(entry.numerator());
  }
}
