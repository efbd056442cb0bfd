package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Equation;
import dev.byhand.network.EquationException;
import dev.byhand.network.Network;
import dev.byhand.network.Sequence;
import dev.byhand.network.Value;
import java.util.ArrayList;
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

  /** The built-in form's activations, as rubric files name them; both exact on rationals. */
  static final List<String> ACTIVATIONS = List.of("relu", "identity");

  private static final Set<String> BUILT_IN =
      Set.of("vocabulary", "activation", "E", "U", "W", "V", "h0");
  private static final Set<String> GENERAL = Set.of("vocabulary", "values", "equations");
  private static final Pattern VALUE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final int MAX_EQUATIONS = 200;

  /**
   * What the model section declares, before the sentence is known.
   *
   * @param builtIn the activation, when the model is in the handout's built-in form
   */
  record Declared(
      Vocabulary vocabulary,
      Map<String, Value> values,
      List<String> equations,
      Optional<String> builtIn) {}

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
    String activation = activation(model);
    return new Declared(
        vocabulary, builtIn(model, vocabulary), handout(activation), Optional.of(activation));
  }

  static List<String> handout(String activation) {
    return HANDOUT.stream().map(e -> e.contains("%s") ? e.replace("%s", activation) : e).toList();
  }

  /**
   * The activation of the handout's five equations, when {@code network}'s equations are exactly
   * those (for a rubric that declares the handout's mistakes).
   */
  static Optional<String> handoutActivation(Network network) {
    for (String activation : ACTIVATIONS) {
      List<Equation> handout = handout(activation).stream().map(Equation::parse).toList();
      if (handout.size() == network.equations().size()
          && handout.stream()
              .allMatch(
                  h ->
                      network
                          .equation(h.name())
                          .filter(
                              e ->
                                  e.expression().equals(h.expression())
                                      && e.perStep() == h.perStep())
                          .isPresent())) {
        return Optional.of(activation);
      }
    }
    return Optional.empty();
  }

  /** Compiles the declared network over the sentence; a problem names the equation. */
  static Network compile(
      Fields model, Declared declared, List<Integer> sentence, List<Sequence> sequences) {
    try {
      return Network.compile(
          declared.values(),
          declared.equations(),
          sentence,
          declared.vocabulary().size(),
          sequences);
    } catch (EquationException e) {
      throw model.error("model.equations: " + e.getMessage());
    }
  }

  /**
   * Compiles the declared network as a recurrence of {@code steps} steps without tokens; a problem
   * names the equation.
   */
  static Network compileSteps(Fields model, Declared declared, int steps) {
    if (declared.builtIn().isPresent()) {
      throw model.error(
          "the handout's built-in network reads a sentence; give \"sentence\" instead of"
              + " \"steps\"");
    }
    Network network;
    try {
      network =
          Network.compileSteps(
              declared.values(), declared.equations(), steps, declared.vocabulary().size());
    } catch (EquationException e) {
      throw model.error("model.equations: " + e.getMessage());
    }
    if (network.steps() == 0) {
      throw model.error(
          "the rubric gives steps but no equation is computed at every step; write the"
              + " recurrence as name_t = … (e.g. w_t = w_{t-1} - lr * grad_t) or drop steps");
    }
    return network;
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

  private static String activation(Fields model) {
    String name = model.string("activation");
    String activation = name.toLowerCase(java.util.Locale.ROOT);
    if (!ACTIVATIONS.contains(activation)) {
      throw model.error(
          "model.activation \"" + name + "\" is not supported; use one of " + ACTIVATIONS);
    }
    return activation;
  }

  /** E, U, W, V and h0 (as {@code hidden_0}), their shapes checked to chain. */
  private static Map<String, Value> builtIn(Fields model, Vocabulary vocabulary) {
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
    Matrix u = matrix(model, "model.U", model.require("U"));
    Matrix w = matrix(model, "model.W", model.require("W"));
    Matrix v = matrix(model, "model.V", model.require("V"));
    shapes(model, e, u, w, v, h0.size());
    Map<String, Value> values = new LinkedHashMap<>();
    values.put("E", new Value.Mat(e));
    values.put("U", new Value.Mat(u));
    values.put("W", new Value.Mat(w));
    values.put("V", new Value.Mat(v));
    values.put("hidden_0", new Value.Vec(h0));
    return values;
  }

  /** Rejects matrices whose shapes do not chain; messages name the matrices involved. */
  private static void shapes(Fields model, Matrix e, Matrix u, Matrix w, Matrix v, int hidden) {
    check(
        model,
        e.columnCount() == u.rowCount(),
        "E is "
            + e.shape()
            + " and U is "
            + u.shape()
            + ": U needs one row per column of E ("
            + e.columnCount()
            + ")");
    check(
        model,
        u.columnCount() == hidden,
        "U is " + u.shape() + " but h0 has " + hidden + " entries: U needs " + hidden + " columns");
    check(
        model,
        w.rowCount() == hidden && w.columnCount() == hidden,
        "W is "
            + w.shape()
            + " but h0 has "
            + hidden
            + " entries: W must be "
            + hidden
            + "×"
            + hidden);
    check(
        model,
        v.rowCount() == hidden,
        "V is " + v.shape() + " but h0 has " + hidden + " entries: V needs " + hidden + " rows");
    check(
        model,
        v.columnCount() == e.rowCount(),
        "V is "
            + v.shape()
            + " but E has "
            + e.rowCount()
            + " rows (one per word): V needs one column per word");
  }

  private static void check(Fields model, boolean condition, String message) {
    if (!condition) {
      throw model.error("model: " + message);
    }
  }

  private static Map<String, Value> values(Fields model) {
    if (!model.has("values")) {
      return new LinkedHashMap<>(); // equations alone: a Levenshtein table needs no values
    }
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
