package dev.byhand.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A rubric drawn at random from the grammar, as an instructor might write one: values of random
 * shapes, equations whose shapes chain (reductions along an axis, broadcasting, slicing, building,
 * entry-by-entry and inexact functions, indices, comparisons, convolution and pooling), sometimes a
 * recurrence (over a sentence, with a first-step rule, or over steps without tokens) or an
 * edit-distance table, and sometimes a slip that must make the rubric fail at load (a name never
 * given, shapes that do not chain, no tolerance for an inexact item). The same seed gives the same
 * rubric.
 */
final class RandomRubric {
  /** A value's shape: a scalar (dims 0), a vector of n, or an n×m matrix. */
  record Shape(int dims, int n, int m) {
    static final Shape SCALAR = new Shape(0, 0, 0);

    static Shape vector(int n) {
      return new Shape(1, n, 0);
    }

    static Shape matrix(int n, int m) {
      return new Shape(2, n, m);
    }
  }

  private static final List<String> WORDS = List.of("the", "cat", "sat", "on", "mat");

  private final Random random;
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Shape> names = new LinkedHashMap<>();
  private final List<String> equations = new ArrayList<>();
  private final List<String> quantities = new ArrayList<>();
  private final List<String> perStep = new ArrayList<>();
  private final boolean recurrent;

  /** 0: an Elman network; 1: one with a first-step rule, t and x_{t-1}; 2: steps without tokens. */
  private final int flavour;

  private final boolean tolerance;
  private int fresh;

  /** Two short random strings (a table's sequences), or null without a table. */
  private String[] sequences;

  RandomRubric(Random random) {
    this.random = random;
    this.recurrent = random.nextInt(3) == 0;
    this.flavour = random.nextInt(3);
    this.tolerance = random.nextInt(5) != 0;
    int count = 2 + random.nextInt(5);
    for (int k = 0; k < count; k++) {
      Shape shape = shape();
      String expression = expression(shape, 3);
      String name = "r" + k;
      equations.add(name + " = " + expression);
      quantities.add(name);
      names.put(name, shape);
    }
    if (random.nextInt(8) == 0) {
      slip();
    }
    if (recurrent) {
      recurrence();
    } else if (random.nextInt(4) == 0) {
      table();
    }
  }

  /** An edit-distance table over two short random strings, and its last cell. */
  private void table() {
    sequences = new String[] {letters(), letters()};
    String cost = List.of("1", "2", "(1 + 1)").get(random.nextInt(3));
    String compare = random.nextBoolean() ? "(s_i != u_j)" : "(1 - (s_i == u_j))";
    equations.add("D_{0,j} = j");
    equations.add("D_{i,0} = i");
    equations.add(
        "D_{i,j} = min(D_{i-1,j} + 1, D_{i,j-1} + 1, D_{i-1,j-1} + "
            + cost
            + " * "
            + compare
            + ")");
    equations.add("distance = D[" + sequences[0].length() + "][" + sequences[1].length() + "]");
    quantities.add("D");
    names.put("D", Shape.matrix(sequences[0].length() + 1, sequences[1].length() + 1));
    quantities.add("distance");
    names.put("distance", Shape.SCALAR);
  }

  private String letters() {
    StringBuilder out = new StringBuilder();
    for (int k = random.nextInt(4); k >= 0; k--) {
      out.append("abc".charAt(random.nextInt(3)));
    }
    return out.toString();
  }

  /** The rubric as JSON text. */
  String json() {
    StringBuilder out = new StringBuilder("{\"id\": \"random\", \"title\": \"A random exercise\"");
    if (tolerance) {
      out.append(", \"tolerance\": 0.01, \"decimals\": 2");
    }
    if (recurrent && flavour == 2) {
      out.append(", \"steps\": ").append(2 + random.nextInt(2));
    } else if (recurrent) {
      out.append(", \"sentence\": \"")
          .append(
              random
                  .ints(2 + random.nextInt(2), 0, WORDS.size())
                  .mapToObj(WORDS::get)
                  .collect(Collectors.joining(" ")))
          .append('"');
    }
    if (sequences != null) {
      out.append(", \"sequences\": {\"s\": \"")
          .append(sequences[0])
          .append("\", \"u\": \"")
          .append(sequences[1])
          .append("\"}");
    }
    out.append(", \"model\": {");
    if (recurrent && flavour != 2) {
      out.append("\"vocabulary\": ")
          .append(
              WORDS.stream().map(w -> '"' + w + '"').collect(Collectors.joining(", ", "[", "]")))
          .append(", ");
    }
    out.append("\"values\": {")
        .append(
            values.entrySet().stream()
                .map(e -> '"' + e.getKey() + "\": " + e.getValue())
                .collect(Collectors.joining(", ")))
        .append("}, \"equations\": [")
        .append(equations.stream().map(e -> '"' + e + '"').collect(Collectors.joining(", ")))
        .append("]}, \"questions\": [");
    List<String> questions = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (String quantity : quantities) {
      if (random.nextInt(5) != 0) {
        items.add(item(quantity, names.get(quantity).dims() > 0));
      }
    }
    if (!items.isEmpty()) {
      questions.add(
          "{\"id\": \"q1\", \"text\": \"Compute.\", \"items\": ["
              + String.join(", ", items)
              + "]}");
    }
    for (int step = 1; !perStep.isEmpty() && step <= 2; step++) {
      List<String> stepItems = new ArrayList<>();
      for (String quantity : perStep) {
        stepItems.add(item(quantity, !quantity.equals("prediction")));
      }
      questions.add(
          "{\"id\": \"q"
              + (step + 1)
              + "\", \"text\": \"After word "
              + step
              + ".\", \"step\": "
              + step
              + ", \"items\": ["
              + String.join(", ", stepItems)
              + "]}");
    }
    if (questions.isEmpty()) {
      questions.add(
          "{\"id\": \"q1\", \"text\": \"Compute.\", \"items\": ["
              + item(quantities.get(0), false)
              + "]}");
    }
    return out.append(String.join(", ", questions)).append("]}").toString();
  }

  private String item(String quantity, boolean entries) {
    String credit = entries && random.nextBoolean() ? ", \"credit\": \"per-entry\"" : "";
    return "{\"item\": \"" + quantity + "\", \"points\": " + (1 + random.nextInt(3)) + credit + "}";
  }

  /** The values and equations of an Elman network reading the sentence. */
  private void recurrence() {
    int d = 1 + random.nextInt(3);
    if (flavour == 2) {
      values.put("w_0", vectorValue(d));
      equations.add("grad_t = 2 * w_{t-1} - t");
      equations.add("w_t = w_{t-1} - 0.5 * grad_t");
      equations.add("total = sum(w[0])");
      perStep.addAll(List.of("grad", "w"));
      return;
    }
    values.put("E", matrixValue(WORDS.size(), d));
    values.put("W", matrixValue(d, d));
    values.put("O", matrixValue(d, WORDS.size()));
    if (flavour == 0) {
      values.put("hidden_0", vectorValue(d));
    }
    String scalar =
        quantities.stream()
            .filter(q -> names.get(q).equals(Shape.SCALAR))
            .findFirst()
            .map(q -> " + " + q)
            .orElse("");
    equations.add("input_t = E[x_t]");
    if (flavour == 1) {
      values.put("x_0", "0");
      equations.add("hidden_1 = relu(E[x_1] - 1)");
      equations.add("before_t = E[x_{t-1}] * t");
      equations.add("hidden_t = relu(input_t + hidden_{t-1} @ W - before_t" + scalar + ")");
    } else {
      equations.add("hidden_t = relu(input_t + hidden_{t-1} @ W" + scalar + ")");
    }
    equations.add("logits_t = hidden_t @ O");
    equations.add("prediction_t = argmax(logits_t)");
    perStep.addAll(List.of("hidden", "logits", "prediction"));
  }

  /** One deliberate mistake an instructor could make; the rubric must then fail at load. */
  private void slip() {
    switch (random.nextInt(3)) {
      case 0 -> equations.add("broken = nowhere + 1");
      case 1 -> {
        Shape shape = shape();
        Shape other = shape.dims() == 1 ? Shape.vector(shape.n() + 1) : Shape.vector(5);
        equations.add("broken = " + expression(shape, 1) + " + " + leaf(other));
      }
      default -> equations.add("broken = (" + expression(shape(), 1));
    }
  }

  private Shape shape() {
    return switch (random.nextInt(3)) {
      case 0 -> Shape.SCALAR;
      case 1 -> Shape.vector(1 + random.nextInt(4));
      default -> Shape.matrix(1 + random.nextInt(4), 1 + random.nextInt(4));
    };
  }

  private String expression(Shape shape, int depth) {
    if (depth <= 0 || random.nextInt(4) == 0) {
      return leaf(shape);
    }
    int next = depth - 1;
    List<String> choices = new ArrayList<>();
    String op = List.of("+", "-", "*").get(random.nextInt(3));
    choices.add("(" + expression(shape, next) + " " + op + " " + expression(shape, next) + ")");
    choices.add(
        List.of("relu", "abs", "-").get(random.nextInt(3)) + "(" + expression(shape, next) + ")");
    choices.add("(" + expression(shape, next) + ")^" + random.nextInt(3));
    // Now and then a division by zero, which must be refused at load.
    choices.add(
        "("
            + expression(shape, next)
            + ") / "
            + (random.nextInt(12) == 0 ? 0 : List.of(2, -1, 4).get(random.nextInt(3))));
    if (tolerance || random.nextInt(4) == 0) {
      choices.add(
          List.of("sqrt", "exp", "sigmoid", "tanh", "log2").get(random.nextInt(5))
              + "(abs("
              + expression(shape, next)
              + ") + 1)");
    }
    int n = 1 + random.nextInt(4);
    switch (shape.dims()) {
      case 0 -> {
        Shape any = shape();
        choices.add(
            List.of("sum", "mean", "max", "min", "var").get(random.nextInt(5))
                + "("
                + expression(any.dims() == 0 ? Shape.vector(n) : any, next)
                + ")");
        choices.add(expression(Shape.vector(n), next) + " @ " + expression(Shape.vector(n), next));
        choices.add("(" + expression(Shape.vector(n), next) + ")[" + random.nextInt(n) + "]");
        choices.add("argmax(" + expression(Shape.vector(n), next) + ")");
        choices.add("max(" + expression(shape, next) + ", " + expression(shape, next) + ", 0)");
        choices.add(
            "("
                + expression(shape, next)
                + List.of(" == ", " != ", " < ", " <= ", " > ", " >= ").get(random.nextInt(6))
                + expression(shape, next)
                + ")");
        if (tolerance) {
          choices.add("entropy(softmax(" + expression(Shape.vector(n), next) + "))");
        }
      }
      case 1 -> vectorChoices(shape.n(), n, next, choices);
      default -> matrixChoices(shape.n(), shape.m(), n, next, choices);
    }
    // Parenthesised, so that whatever it is put into reads it as one operand.
    return "(" + choices.get(random.nextInt(choices.size())) + ")";
  }

  private void vectorChoices(int length, int n, int next, List<String> choices) {
    Shape it = Shape.vector(length);
    choices.add(expression(it, next) + " * " + expression(Shape.SCALAR, next));
    choices.add(
        expression(Shape.vector(n), next) + " @ " + expression(Shape.matrix(n, length), next));
    choices.add(
        expression(Shape.matrix(length, n), next) + " @ " + expression(Shape.vector(n), next));
    choices.add("(" + expression(Shape.matrix(n, length), next) + ")[" + random.nextInt(n) + "]");
    choices.add(
        "(" + expression(Shape.matrix(length, n), next) + ")[:, " + random.nextInt(n) + "]");
    String reduction = List.of("sum", "mean", "max", "min", "var").get(random.nextInt(5));
    choices.add(reduction + "(" + expression(Shape.matrix(n, length), next) + ", axis=0)");
    choices.add(reduction + "(" + expression(Shape.matrix(length, n), next) + ", axis=1)");
    choices.add("argmin(" + expression(Shape.matrix(length, n), next) + ", axis=1)");
    if (length > 1) {
      int split = 1 + random.nextInt(length - 1);
      choices.add(
          "concat("
              + expression(Shape.vector(split), next)
              + ", "
              + expression(Shape.vector(length - split), next)
              + ")");
    }
    int from = random.nextInt(3);
    choices.add(
        "("
            + expression(Shape.vector(from + length + random.nextInt(2)), next)
            + ")["
            + from
            + ":"
            + (from + length)
            + "]");
    choices.add("onehot(" + random.nextInt(length) + ", " + length + ")");
    int k = 1 + random.nextInt(3);
    choices.add(
        "conv("
            + expression(Shape.vector(length + k - 1), next)
            + ", "
            + expression(Shape.vector(k), next)
            + ")");
    choices.add(
        List.of("maxpool", "avgpool").get(random.nextInt(2))
            + "("
            + expression(Shape.vector(2 * length), next)
            + ", 2)");
    choices.add("max(" + expression(it, next) + ", " + expression(it, next) + ")");
    if (tolerance) {
      choices.add("softmax(" + expression(it, next) + ")");
    }
  }

  private void matrixChoices(int rows, int cols, int n, int next, List<String> choices) {
    Shape it = Shape.matrix(rows, cols);
    choices.add(
        "outer("
            + expression(Shape.vector(rows), next)
            + ", "
            + expression(Shape.vector(cols), next)
            + ")");
    choices.add(
        expression(Shape.matrix(rows, n), next) + " @ " + expression(Shape.matrix(n, cols), next));
    choices.add("(" + expression(Shape.matrix(cols, rows), next) + ")^T");
    choices.add(expression(it, next) + " + " + expression(Shape.vector(cols), next));
    choices.add(expression(it, next) + " * col(" + expression(Shape.vector(rows), next) + ")");
    choices.add(expression(it, next) + " - " + expression(Shape.SCALAR, next));
    if (cols > 1) {
      int split = 1 + random.nextInt(cols - 1);
      choices.add(
          "hstack("
              + expression(Shape.matrix(rows, split), next)
              + ", "
              + expression(Shape.matrix(rows, cols - split), next)
              + ")");
    }
    if (rows == 2) {
      choices.add(
          "vstack("
              + expression(Shape.vector(cols), next)
              + ", "
              + expression(Shape.vector(cols), next)
              + ")");
    }
    int top = random.nextInt(2);
    int left = random.nextInt(2);
    choices.add(
        "("
            + expression(Shape.matrix(top + rows + random.nextInt(2), left + cols), next)
            + ")["
            + top
            + ":"
            + (top + rows)
            + ", "
            + left
            + ":"
            + (left + cols)
            + "]");
    choices.add(
        "conv("
            + expression(Shape.matrix(rows + 1, cols + 1), next)
            + ", "
            + expression(Shape.matrix(2, 2), next)
            + ")");
    choices.add(
        "conv("
            + expression(Shape.matrix(2 * rows - 1, 2 * cols - 1), next)
            + ", "
            + expression(Shape.matrix(1, 1), next)
            + ", stride=2)");
    choices.add("maxpool(" + expression(Shape.matrix(2 * rows, 2 * cols), next) + ", 2)");
    if (rows == 1) {
      choices.add("row(" + expression(Shape.vector(cols), next) + ")");
    }
    if (cols == 1) {
      choices.add("col(" + expression(Shape.vector(rows), next) + ")");
    }
  }

  /** A name of that shape: one already there, else a new value. */
  private String leaf(Shape shape) {
    if (shape.dims() == 0 && random.nextInt(3) == 0) {
      return List.of("0", "1", "2", "0.5", "3").get(random.nextInt(5));
    }
    List<String> fitting =
        names.entrySet().stream()
            .filter(e -> e.getValue().equals(shape))
            .map(Map.Entry::getKey)
            .toList();
    if (!fitting.isEmpty() && random.nextInt(3) != 0) {
      return fitting.get(random.nextInt(fitting.size()));
    }
    String name = "v" + fresh++;
    values.put(
        name,
        switch (shape.dims()) {
          case 0 -> number();
          case 1 -> vectorValue(shape.n());
          default -> matrixValue(shape.n(), shape.m());
        });
    names.put(name, shape);
    return name;
  }

  private String number() {
    return switch (random.nextInt(6)) {
      case 0 -> "\"1/3\"";
      case 1 -> "0.5";
      default -> String.valueOf(random.nextInt(7) - 3);
    };
  }

  private String vectorValue(int n) {
    List<String> entries = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      entries.add(number());
    }
    return "[" + String.join(", ", entries) + "]";
  }

  private String matrixValue(int rows, int cols) {
    List<String> entries = new ArrayList<>();
    for (int k = 0; k < rows; k++) {
      entries.add(vectorValue(cols));
    }
    return "[" + String.join(", ", entries) + "]";
  }
}
