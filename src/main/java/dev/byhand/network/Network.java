package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A network declared as values and equations, compiled once: names resolved, equations ordered by
 * dependency, shapes checked by running the sentence. Immutable and thread-safe.
 */
public final class Network {
  private final Map<String, Value> values;
  private final Map<String, Equation> equations;
  private final List<Equation> order;
  private final List<Integer> tokens;

  /**
   * How many words the vocabulary has (0 without one): {@code argmax} over a vector of that many
   * entries is a token, over anything else an index (a number).
   */
  private final int words;

  private final Evaluation reference;

  /**
   * A mutant's original equations: where its changed equation cannot compute (a row past the
   * matrix), the original one is used, so the mistake applies wherever it can be made. Empty for a
   * network that is no mutant.
   */
  private final Map<String, Equation> originals;

  private Network(
      Map<String, Value> values,
      Map<String, Equation> equations,
      List<Equation> order,
      List<Integer> tokens,
      int words,
      Map<String, Equation> originals) {
    this.values = values;
    this.equations = equations;
    this.order = order;
    this.tokens = tokens;
    this.words = words;
    this.originals = originals;
    this.reference = run();
  }

  /**
   * Compiles equation texts over named values without a vocabulary; {@code tokens} are the token
   * ids read at steps 1, 2, … (empty for a network without steps).
   *
   * @throws EquationException naming the equation and the fix
   */
  public static Network compile(
      Map<String, Value> values, List<String> equationTexts, List<Integer> tokens) {
    return compile(values, equationTexts, tokens, 0);
  }

  /**
   * Compiles equation texts over named values and a vocabulary of {@code words} words (0 for none):
   * {@code argmax} and {@code argmin} over a vector of {@code words} entries give a token, over
   * anything else an index.
   *
   * @throws EquationException naming the equation and the fix
   */
  public static Network compile(
      Map<String, Value> values, List<String> equationTexts, List<Integer> tokens, int words) {
    List<Equation> parsed = new ArrayList<>();
    for (String text : equationTexts) {
      parsed.add(EquationParser.parse(text));
    }
    return of(values, parsed, tokens, words);
  }

  /**
   * Compiles equation texts as {@link #compile(Map, List, List, int)} does, with the {@code
   * sequences} its tables run over (rows along the first, columns along the second).
   *
   * @throws EquationException naming the equation and the fix
   */
  public static Network compile(
      Map<String, Value> values,
      List<String> equationTexts,
      List<Integer> tokens,
      int words,
      List<Sequence> sequences) {
    List<Equation> parsed = new ArrayList<>();
    for (String text : equationTexts) {
      parsed.add(EquationParser.parse(text));
    }
    return of(values, parsed, tokens, words, sequences);
  }

  /** The same compilation from parsed equations. */
  public static Network of(
      Map<String, Value> values, List<Equation> parsed, List<Integer> tokens, int words) {
    return of(values, parsed, tokens, words, List.of());
  }

  /** The same compilation from parsed equations, with the sequences its tables run over. */
  public static Network of(
      Map<String, Value> values,
      List<Equation> parsed,
      List<Integer> tokens,
      int words,
      List<Sequence> sequences) {
    if (words < 0) {
      throw new IllegalArgumentException("a vocabulary has at least 0 words, not " + words);
    }
    return build(values, TableRules.gather(parsed, sequences, values), tokens, words, Map.of());
  }

  private static Network build(
      Map<String, Value> values,
      List<Equation> parsed,
      List<Integer> tokens,
      int words,
      Map<String, Equation> originals) {
    Map<String, Equation> byName = new LinkedHashMap<>();
    for (Equation equation : parsed) {
      if (byName.containsKey(equation.name())) {
        throw new EquationException(
            "\""
                + equation.text()
                + "\": "
                + equation.name()
                + " is defined twice; keep one equation for it");
      }
      if (values.containsKey(equation.name())) {
        throw new EquationException(
            "\""
                + equation.text()
                + "\": "
                + equation.name()
                + " is also given in values; a name is either a value or an equation");
      }
      byName.put(equation.name(), equation);
    }
    new NameCheck(values, byName, !tokens.isEmpty()).check();
    List<Equation> order = DependencyOrder.of(byName);
    boolean perStep = order.stream().anyMatch(Equation::perStep);
    // The rubric's order of values is kept: reference --json lists them as the rubric does.
    return new Network(
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)),
        byName,
        order,
        perStep ? List.copyOf(tokens) : List.of(),
        words,
        originals);
  }

  /**
   * The same equations over other values of the same names and shapes (a student's variant): no
   * parsing or ordering again, one run.
   *
   * @throws EquationException when a value's shape does not fit the equations
   */
  public Network withValues(Map<String, Value> changed) {
    Map<String, Value> merged = new LinkedHashMap<>(values);
    merged.putAll(changed);
    return new Network(
        java.util.Collections.unmodifiableMap(merged), equations, order, tokens, words, originals);
  }

  /**
   * The same network over the sentence's first {@code steps} words only (a network without steps
   * stays as it is).
   */
  public Network firstSteps(int steps) {
    if (tokens.isEmpty()) {
      return this;
    }
    return new Network(
        values,
        equations,
        order,
        List.copyOf(tokens.subList(0, Math.min(steps, tokens.size()))),
        words,
        originals);
  }

  /**
   * For a quantity computed as {@code relu(…)} or {@code step(…)} of one argument, that argument's
   * value at {@code node} in the reference run: whether the activation changed anything there is
   * {@code !argument.equals(value)}. Empty for any other quantity.
   */
  public Optional<Value> activationArgument(Node node) {
    Equation equation = equations.get(node.quantity());
    if (equation == null
        || !(equation.expression() instanceof Expr.Call call)
        || !Rewrites.ACTIVATIONS.contains(call.function())
        || call.arguments().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(argumentAt(call.arguments().get(0), node.step()));
  }

  /**
   * Whether the index at {@code node} ({@link #isIndex}) was chosen among tied entries, in any row
   * or column along its axis: it is then the first of them, and another tied one, which a student
   * may well choose, is not it.
   */
  public boolean isTiedIndex(Node node) {
    if (!isIndex(node.quantity())) {
      return false;
    }
    Expr.Call call = (Expr.Call) equations.get(node.quantity()).expression();
    int sign = call.function().equals("argmax") ? 1 : -1;
    Optional<Integer> axis =
        Optional.ofNullable(call.named().get("axis"))
            .map(a -> ((Expr.Num) a).value().numerator().intValue());
    Value winners =
        Reductions.along(
            argumentAt(call.arguments().get(0), node.step()),
            axis,
            call.function(),
            (entries, exactness) -> Rational.of(Functions.best(entries, sign).size()),
            new Exactness());
    return winners.entries().stream().anyMatch(count -> count.compareTo(Rational.ONE) > 0);
  }

  /** An expression of an equation evaluated at {@code step} over the reference run. */
  private Value argumentAt(Expr argument, int step) {
    return Evaluator.evaluate(
        argument,
        ref ->
            switch (ref.time()) {
              case NONE -> reference.value(new Node(ref.name(), 0));
              case CURRENT ->
                  ref.isToken()
                      ? new Value.Scalar(Rational.of(token(step)))
                      : reference.value(new Node(ref.name(), step));
              case PREVIOUS -> reference.value(new Node(ref.name(), step - 1));
            },
        new Exactness(),
        words);
  }

  /** The reference run: every quantity from the rubric's values. */
  public Evaluation reference() {
    return reference;
  }

  /** The equations in the order they are computed. */
  public List<Equation> equations() {
    return order;
  }

  public Optional<Equation> equation(String quantity) {
    return Optional.ofNullable(equations.get(quantity));
  }

  /** The named values, start values included. */
  public Map<String, Value> values() {
    return values;
  }

  /**
   * Whether {@code quantity} is an index: computed as {@code argmax(…)} or {@code argmin(…)} over
   * something other than one entry per word, so its value is a whole number counting from 0 (or,
   * along an axis, a vector of them).
   */
  public boolean isIndex(String quantity) {
    Equation equation = equations.get(quantity);
    return equation != null
        && equation.expression() instanceof Expr.Call call
        && (call.function().equals("argmax") || call.function().equals("argmin"))
        && reference
            .find(new Node(quantity, equation.perStep() ? 1 : 0))
            .filter(value -> !(value instanceof Value.Token))
            .isPresent();
  }

  /** The table {@code quantity} is, when its equation is a table's rules ({@code D_{i,j} = …}). */
  public Optional<Expr.Table> table(String quantity) {
    return equation(quantity)
        .map(Equation::expression)
        .filter(Expr.Table.class::isInstance)
        .map(Expr.Table.class::cast);
  }

  public boolean isPerStep(String quantity) {
    Equation equation = equations.get(quantity);
    return equation != null && equation.perStep();
  }

  /** How many steps a run has: the sentence's length, or 0 without per-step quantities. */
  public int steps() {
    return tokens.size();
  }

  /** The token id read at {@code step} (from 1). */
  public int token(int step) {
    return tokens.get(step - 1);
  }

  /**
   * The network of a mutation: its changed equation in place of the original, its helper equations
   * and start values added. Values it cannot compute at some step (a row past the matrix, shapes
   * that no longer chain) are absent from its runs; empty when its names or order no longer work.
   */
  public Optional<Network> mutant(Mutation mutation) {
    List<Equation> list = new ArrayList<>();
    for (Equation equation : order) {
      list.add(equation.name().equals(mutation.changed().name()) ? mutation.changed() : equation);
    }
    list.addAll(mutation.helpers());
    Map<String, Value> all = new HashMap<>(values);
    all.putAll(mutation.startValues());
    try {
      return Optional.of(build(all, list, tokens, words, equations));
    } catch (EquationException e) {
      return Optional.empty();
    }
  }

  private Evaluation run() {
    Map<String, Value> fixed = new HashMap<>(values);
    List<Map<String, Value>> steps = new ArrayList<>();
    Set<Node> inexact = new HashSet<>();
    for (Equation equation : order) {
      if (!equation.perStep()) {
        Exactness exactness = new Exactness();
        put(
            fixed,
            equation,
            0,
            ref -> read(fixed.get(ref.name()), new Node(ref.name(), 0), inexact, exactness),
            exactness);
        markIfInexact(inexact, new Node(equation.name(), 0), exactness);
      }
    }
    for (int t = 1; t <= tokens.size(); t++) {
      Map<String, Value> now = new HashMap<>();
      Map<String, Value> before = t == 1 ? null : steps.get(t - 2);
      for (Equation equation : order) {
        if (equation.perStep()) {
          int step = t;
          Exactness exactness = new Exactness();
          put(
              now,
              equation,
              step,
              ref ->
                  read(lookup(ref, step, fixed, now, before), node(ref, step), inexact, exactness),
              exactness);
          markIfInexact(inexact, new Node(equation.name(), step), exactness);
        }
      }
      steps.add(now);
    }
    return new Evaluation(fixed, steps, inexact);
  }

  /** The node a name refers to at {@code step}; null for the token read, x_t. */
  private static Node node(Expr.Ref ref, int step) {
    return switch (ref.time()) {
      case NONE -> new Node(ref.name(), 0);
      case CURRENT -> ref.isToken() ? null : new Node(ref.name(), step);
      case PREVIOUS -> new Node(ref.name(), step - 1);
    };
  }

  /** {@code value}, read by an evaluation that stops being exact when the node is inexact. */
  private static Value read(Value value, Node node, Set<Node> inexact, Exactness exactness) {
    if (node != null && inexact.contains(node)) {
      exactness.lose();
    }
    return value;
  }

  private static void markIfInexact(Set<Node> inexact, Node node, Exactness exactness) {
    if (!exactness.isExact()) {
      inexact.add(node);
    }
  }

  private void put(
      Map<String, Value> into,
      Equation equation,
      int step,
      Function<Expr.Ref, Value> names,
      Exactness exactness) {
    try {
      into.put(
          equation.name(), evaluateOrOriginal(equation, step, names, exactness, Optional.empty()));
    } catch (EquationException e) {
      if (originals.isEmpty()) {
        throw e;
      }
      // A mutant leaves out what neither its equation nor the original computes here.
    }
  }

  private Value evaluateOrOriginal(
      Equation equation,
      int step,
      Function<Expr.Ref, Value> names,
      Exactness exactness,
      Optional<Value> own) {
    try {
      return evaluate(equation, step, names, exactness, own);
    } catch (EquationException e) {
      Equation original = originals.get(equation.name());
      if (original == null || original.equals(equation)) {
        throw e;
      }
      return evaluate(original, step, names, exactness, own);
    }
  }

  private Value lookup(
      Expr.Ref ref,
      int step,
      Map<String, Value> fixed,
      Map<String, Value> now,
      Map<String, Value> before) {
    return switch (ref.time()) {
      case NONE -> fixed.get(ref.name());
      case CURRENT ->
          ref.isToken() ? new Value.Scalar(Rational.of(token(step))) : now.get(ref.name());
      case PREVIOUS -> before == null ? values.get(ref.name() + "_0") : before.get(ref.name());
    };
  }

  /**
   * The value of {@code target} when every node for which {@code fixed} gives a value takes that
   * value instead of being computed (the target itself is always computed). Other nodes are
   * computed from their equations. Used for follow-through: the student's own answers in, what they
   * lead to out.
   *
   * @throws EquationException when the fixed values do not fit the equations
   */
  public Value recompute(Node target, Function<Node, Optional<Value>> fixed) {
    return new Recomputation(target, fixed).value(target);
  }

  /** One recomputation; the student's values are exact, what an inexact function gives is not. */
  private final class Recomputation {
    private final Node target;
    private final Function<Node, Optional<Value>> fixed;
    private final Map<Node, Value> memo = new HashMap<>();
    private final Set<Node> inexact = new HashSet<>();

    Recomputation(Node target, Function<Node, Optional<Value>> fixed) {
      this.target = target;
      this.fixed = fixed;
    }

    Value value(Node node) {
      Value known = memo.get(node);
      if (known != null) {
        return known;
      }
      Value value = node.equals(target) ? null : fixed.apply(node).orElse(null);
      if (value == null) {
        value = compute(node);
      }
      memo.put(node, value);
      return value;
    }

    private Value compute(Node node) {
      Equation equation = equations.get(node.quantity());
      if (equation == null || (equation.perStep() && node.step() == 0)) {
        return reference.value(node);
      }
      int step = node.step();
      Exactness exactness = new Exactness();
      // A table is recomputed cell by cell from the cells given for it (a student's own).
      Optional<Value> own =
          equation.expression() instanceof Expr.Table ? fixed.apply(node) : Optional.empty();
      Value value =
          evaluateOrOriginal(
              equation,
              step,
              ref -> {
                Node used = node(ref, step);
                return used == null
                    ? new Value.Scalar(Rational.of(token(step)))
                    : read(value(used), used, inexact, exactness);
              },
              exactness,
              own);
      markIfInexact(inexact, node, exactness);
      return value;
    }
  }

  /** The equation's value; rounded to {@link Precision#CONTEXT} when it is not exact. */
  private Value evaluate(
      Equation equation,
      int step,
      Function<Expr.Ref, Value> names,
      Exactness exactness,
      Optional<Value> own) {
    if (equation.expression() instanceof Expr.Table table) {
      // Its messages name the rule and the cell already.
      Value value = TableRun.evaluate(table, names, exactness, words, own);
      return exactness.isExact() ? value : Precision.rounded(value);
    }
    try {
      Value value = Evaluator.evaluate(equation.expression(), names, exactness, words);
      return exactness.isExact() ? value : Precision.rounded(value);
    } catch (EquationException e) {
      throw new EquationException(
          "\""
              + equation.text()
              + "\""
              + (step > 0 ? " at step " + step : "")
              + ": "
              + e.getMessage());
    }
  }
}
