package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.EquationException;
import dev.byhand.network.Network;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rubric's {@code model}: either the handout's built-in form ({@code E}, {@code U}, {@code
 * W}, {@code V}, {@code h0}, {@code activation}), which means exactly {@link #HANDOUT}'s equations,
 * or {@code values} and {@code equations}.
 */
final class ModelReader {
  /** The handout's network as equations; {@code %s} is the activation. */
  static final List<String> HANDOUT =
      List.of(
          "input_t = E[x_t]",
          "preactivation_t = hidden_{t-1} @ W + input_t @ U",
          "hidden_t = %s(preactivation_t)",
          "logits_t = hidden_t @ V",
          "prediction_t = argmax(logits_t)");

  private static final Set<String> BUILT_IN =
      Set.of("vocabulary", "activation", "E", "U", "W", "V", "h0");
  private static final Set<String> GENERAL = Set.of("vocabulary", "values", "equations");
  private static final Pattern VALUE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final int MAX_EQUATIONS = 200;

  /** What the model section declares, before the sentence is known. */
  record Declared(
      Vocabulary vocabulary,
      Map<String, Value> values,
      List<String> equations,
      Optional<ElmanRnn> elman) {}

  private ModelReader() {}

  static Declared read(Fields model) {
    if (model.has("equations")) {
      model.allowOnly(GENERAL);
      Vocabulary vocabulary =
          model.has("vocabulary") ? vocabulary(model) : new Vocabulary(List.of());
      return new Declared(vocabulary, values(model), equations(model), Optional.empty());
    }
    if (model.has("values")) {
      throw model.error(
          "model has \"values\" but no \"equations\"; list the network's equations, e.g."
              + " \"equations\": [\"hidden_t = relu(hidden_{t-1} @ W + E[x_t] @ U)\"]");
    }
    model.allowOnly(BUILT_IN);
    Vocabulary vocabulary = vocabulary(model);
    ElmanRnn rnn = builtIn(model, vocabulary);
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("E", new Value.Mat(rnn.embedding()));
    values.put("U", new Value.Mat(rnn.input()));
    values.put("W", new Value.Mat(rnn.recurrent()));
    values.put("V", new Value.Mat(rnn.output()));
    values.put("hidden_0", new Value.Vec(rnn.initialHidden()));
    return new Declared(vocabulary, values, handout(rnn.activation()), Optional.of(rnn));
  }

  static List<String> handout(Activation activation) {
    return HANDOUT.stream()
        .map(e -> e.contains("%s") ? e.replace("%s", activation.id()) : e)
        .toList();
  }

  /** Compiles the declared network over the sentence; a problem names the equation. */
  static Network compile(Fields model, Declared declared, List<Integer> sentence) {
    try {
      return Network.compile(
          declared.values(), declared.equations(), sentence, declared.vocabulary().size());
    } catch (EquationException e) {
      throw model.error("model.equations: " + e.getMessage());
    }
  }

  /**
   * The handout's RNN when the equations are exactly its equations over E, U, W, V and hidden_0.
   */
  static Optional<ElmanRnn> recognise(Declared declared, Network network) {
    if (declared.elman().isPresent()) {
      return declared.elman();
    }
    for (Activation activation : Activation.values()) {
      Network handout;
      try {
        handout = Network.compile(declared.values(), handout(activation), List.of(0));
      } catch (EquationException e) {
        return Optional.empty();
      }
      if (handout.equations().size() == network.equations().size()
          && network.equations().stream()
              .allMatch(
                  eq ->
                      handout
                          .equation(eq.name())
                          .filter(
                              h ->
                                  h.expression().equals(eq.expression())
                                      && h.perStep() == eq.perStep())
                          .isPresent())) {
        return elman(declared.values(), declared.vocabulary(), activation);
      }
    }
    return Optional.empty();
  }

  /** The handout's RNN over these values, when they are its five (E, U, W, V, hidden_0) and fit. */
  static Optional<ElmanRnn> elman(
      Map<String, Value> v, Vocabulary vocabulary, Activation activation) {
    if (v.size() == 5
        && v.get("E") instanceof Value.Mat e
        && v.get("U") instanceof Value.Mat u
        && v.get("W") instanceof Value.Mat w
        && v.get("V") instanceof Value.Mat o
        && v.get("hidden_0") instanceof Value.Vec h
        && e.value().rowCount() == vocabulary.size()) {
      try {
        return Optional.of(
            new ElmanRnn(e.value(), u.value(), w.value(), o.value(), h.value(), activation));
      } catch (IllegalArgumentException shapes) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Vocabulary vocabulary(Fields model) {
    JsonArray array = model.array("vocabulary");
    List<String> words = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement element = array.get(i);
      String where = "model.vocabulary[" + i + "]";
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw model.error(where + " must be a word in quotes");
      }
      String word = element.getAsString().strip();
      if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
        throw model.error(where + " must be one word without spaces, found \"" + word + "\"");
      }
      if (!seen.add(word.toLowerCase(java.util.Locale.ROOT))) {
        throw model.error(
            where + " \"" + word + "\" appears twice; each word needs its own token id");
      }
      words.add(word);
    }
    if (words.size() < 2) {
      throw model.error("model.vocabulary needs at least two words");
    }
    return new Vocabulary(words);
  }

  private static ElmanRnn builtIn(Fields model, Vocabulary vocabulary) {
    String activationName = model.string("activation");
    Activation activation =
        Choices.byId(
                Activation.values(),
                Activation::id,
                activationName.toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    model.error(
                        "model.activation \""
                            + activationName
                            + "\" is not supported; use one of "
                            + Arrays.stream(Activation.values()).map(Activation::id).toList()));
    Matrix e = matrix(model, "model.E", model.require("E"));
    if (e.rowCount() != vocabulary.size()) {
      throw model.error(
          "model.E has "
              + e.rowCount()
              + " rows but model.vocabulary has "
              + vocabulary.size()
              + " words: E needs one row per word, in token-id order");
    }
    Vector h0 = new Vector(model.numbers("model.h0", model.require("h0")));
    try {
      return new ElmanRnn(
          e,
          matrix(model, "model.U", model.require("U")),
          matrix(model, "model.W", model.require("W")),
          matrix(model, "model.V", model.require("V")),
          h0,
          activation);
    } catch (IllegalArgumentException shapes) {
      throw model.error("model: " + shapes.getMessage());
    }
  }

  private static Map<String, Value> values(Fields model) {
    JsonElement element = model.require("values");
    if (!element.isJsonObject()) {
      throw model.error(
          "model.values must be an object of named numbers, vectors and matrices,"
              + " e.g. {\"W\": [[1, 0], [0, 1]], \"b\": [1, 2], \"c\": 3}");
    }
    Map<String, Value> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : ((JsonObject) element).entrySet()) {
      String name = entry.getKey();
      String where = "model.values." + name;
      if (!VALUE_NAME.matcher(name).matches() || name.endsWith("_t")) {
        throw model.error(
            where
                + ": \""
                + name
                + "\" is not a usable name; use letters, digits and _,"
                + " starting with a letter (a start value is name_0, e.g. hidden_0)");
      }
      values.put(name, value(model, where, entry.getValue()));
    }
    return values;
  }

  private static Value value(Fields model, String where, JsonElement element) {
    if (!element.isJsonArray()) {
      return new Value.Scalar(model.number(where, element));
    }
    JsonArray array = element.getAsJsonArray();
    if (!array.isEmpty() && array.get(0).isJsonArray()) {
      return new Value.Mat(matrix(model, where, element));
    }
    List<Rational> numbers = model.numbers(where, element);
    return new Value.Vec(new Vector(numbers));
  }

  private static Matrix matrix(Fields model, String where, JsonElement element) {
    if (!element.isJsonArray() || element.getAsJsonArray().isEmpty()) {
      throw model.error(where + " must be a list of rows, e.g. [[1, 0], [0, 1]]");
    }
    JsonArray rows = element.getAsJsonArray();
    String name = where.substring(where.lastIndexOf('.') + 1);
    List<Vector> vectors = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Vector row = new Vector(model.numbers(where + "[" + i + "]", rows.get(i)));
      if (!vectors.isEmpty() && row.size() != vectors.get(0).size()) {
        throw model.error(
            where
                + " row "
                + (i + 1)
                + " has "
                + row.size()
                + " numbers but row 1 has "
                + vectors.get(0).size()
                + ": every row of "
                + name
                + " needs the same count");
      }
      vectors.add(row);
    }
    return new Matrix(vectors);
  }

  private static List<String> equations(Fields model) {
    JsonArray array = model.array("equations");
    if (array.isEmpty() || array.size() > MAX_EQUATIONS) {
      throw model.error(
          "model.equations must list 1 to "
              + MAX_EQUATIONS
              + " equations such as"
              + " \"z1 = x @ W1 + b1\"");
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement element = array.get(i);
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw model.error(
            "model.equations[" + i + "] must be an equation in quotes, like \"z1 = x @ W1\"");
      }
      texts.add(element.getAsString());
    }
    return texts;
  }
}
