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

  /** The rules that replace a quantity's general rule at step 1, by quantity. */
  private final Map<String, Equation> firstRules;

  /** The order of step 1, where first-step rules replace the general ones. */
  private final List<Equation> firstOrder;

  /**
   * Quantities without steps that read a per-step quantity whole (a matrix of its steps), so are
   * computed after the last step.
   */
  private final Set<String> late;

  private final List<Integer> tokens;

  /** How many steps a run has: the sentence's length, the rubric's steps, or 0. */
  private final int stepCount;

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
      Compiled compiled,
      List<Integer> tokens,
      int stepCount,
      int words,
      Map<String, Equation> originals) {
    this.values = values;
    this.equations = compiled.equations();
    this.order = compiled.order();
    this.firstRules = compiled.firstRules();
    this.firstOrder = compiled.firstOrder();
    this.late = compiled.late();
    this.tokens = tokens;
    this.stepCount = stepCount;
    this.words = words;
    this.originals = originals;
    this.reference = run();
  }

  /** What compiling the equations found: each is parsed, resolved, checked and ordered once. */
  private record Compiled(
      Map<String, Equation> equations,
      Map<String, Equation> firstRules,
      List<Equation> order,
      List<Equation> firstOrder,
      Set<String> late) {}

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
    return build(
        values,
        TableRules.gather(parsed, sequences, values),
        tokens,
        tokens.size(),
        words,
        Map.of());
  }

  /**
   * Compiles equation texts for a recurrence of {@code steps} steps without tokens (gradient
   * descent: {@code w_t = w_{t-1} - lr * grad_t}); {@code x_t} has no meaning there.
   *
   * @throws EquationException naming the equation and the fix
   */
  public static Network compileSteps(
      Map<String, Value> values, List<String> equationTexts, int steps, int words) {
    if (steps < 1) {
      throw new IllegalArgumentException("a recurrence has at least 1 step, not " + steps);
    }
    List<Equation> parsed = new ArrayList<>();
    for (String text : equationTexts) {
      parsed.add(EquationParser.parse(text));
    }
    return build(values, parsed, List.of(), steps, words, Map.of());
  }

  private static Network build(
      Map<String, Value> values,
      List<Equation> parsed,
      List<Integer> tokens,
      int steps,
      int words,
      Map<String, Equation> originals) {
    Map<String, Equation> byName = new LinkedHashMap<>();
    Map<String, Equation> firstRules = new LinkedHashMap<>();
    for (Equation equation : FirstStepRules.resolve(parsed)) {
      Map<String, Equation> into = equation.firstStep() ? firstRules : byName;
      if (into.containsKey(equation.name())) {
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
      into.put(equation.name(), equation);
    }
    new NameCheck(values, byName, firstRules, !tokens.isEmpty(), steps > 0).check();
    List<Equation> order = DependencyOrder.of(byName);
    Map<String, Equation> atStepOne = new LinkedHashMap<>(byName);
    atStepOne.putAll(firstRules);
    List<Equation> firstOrder = DependencyOrder.of(atStepOne);
    boolean perStep = order.stream().anyMatch(Equation::perStep);
    Compiled compiled =
        new Compiled(
            Map.copyOf(byName),
            Map.copyOf(firstRules),
            order,
            firstOrder,
            WholeReads.late(order, firstRules.values()));
    // The rubric's order of values is kept: reference --json lists them as the rubric does.
    return new Network(
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values)),
        compiled,
        perStep ? List.copyOf(tokens) : List.of(),
        perStep ? steps : 0,
        words,
        originals);
  }

  private Compiled compiled() {
    return new Compiled(equations, firstRules, order, firstOrder, late);
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
        java.util.Collections.unmodifiableMap(merged),
        compiled(),
        tokens,
        stepCount,
        words,
        originals);
  }

  /**
   * The same network over the sentence's first {@code steps} words only (a network without steps
   * stays as it is). Quantities read from every step ({@link #readsStepsWhole}) change with it.
   */
  public Network firstSteps(int steps) {
    if (stepCount == 0) {
      return this;
    }
    int kept = Math.min(steps, stepCount);
    return new Network(
        values,
        compiled(),
        tokens.isEmpty() ? tokens : List.copyOf(tokens.subList(0, kept)),
        kept,
        words,
        originals);
  }

  /**
   * For a quantity computed as {@code relu(…)} or {@code step(…)} of one argument, that argument's
   * value at {@code node} in the reference run: whether the activation changed anything there is
   * {@code !argument.equals(value)}. Empty for any other quantity.
   */
  public Optional<Value> activationArgument(Node node) {
    Equation equation = rule(node.quantity(), node.step());
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
    if (!isIndex(node.quantity())
        || !(rule(node.quantity(), node.step()).expression() instanceof Expr.Call call)) {
      return false;
    }
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
        reader(step, reference::value, Set.of(), new Exactness()),
        new Exactness(),
        words);
  }

  /** The reference run: every quantity from the rubric's values. */
  public Evaluation reference() {
    return reference;
  }

  /** The equations in the order they are computed (first-step rules: {@link #rules}). */
  public List<Equation> equations() {
    return order;
  }

  /** Every equation, each first-step rule just before its quantity's general rule. */
  public List<Equation> rules() {
    List<Equation> all = new ArrayList<>();
    for (Equation equation : order) {
      Equation first = firstRules.get(equation.name());
      if (first != null) {
        all.add(first);
      }
      all.add(equation);
    }
    return List.copyOf(all);
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

  /**
   * How many steps a run has: the sentence's length or the rubric's {@code steps}, 0 without
   * per-step quantities.
   */
  public int steps() {
    return stepCount;
  }

  /** Whether a quantity without steps reads a per-step quantity whole, so depends on every step. */
  public boolean readsStepsWhole() {
    return !late.isEmpty();
  }

  /** The rule that replaces {@code quantity}'s general rule at step 1, if it has one. */
  public Optional<Equation> firstStepRule(String quantity) {
    return Optional.ofNullable(firstRules.get(quantity));
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
    list.addAll(firstRules.values());
    list.addAll(mutation.helpers());
    Map<String, Value> all = new HashMap<>(values);
    all.putAll(mutation.startValues());
    try {
      return Optional.of(build(all, list, tokens, stepCount, words, equations));
    } catch (EquationException e) {
      return Optional.empty();
    }
  }

  private Evaluation run() {
    Map<String, Value> fixed = new HashMap<>(values);
    List<Map<String, Value>> steps = new ArrayList<>();
    Set<Node> inexact = new HashSet<>();
    for (Equation equation : order) {
      if (!equation.perStep() && !late.contains(equation.name())) {
        compute(fixed, equation, 0, node -> fixed.get(node.quantity()), inexact);
      }
    }
    for (int t = 1; t <= stepCount; t++) {
      Map<String, Value> now = new HashMap<>();
      int step = t;
      for (Equation equation : t == 1 ? firstOrder : order) {
        if (equation.perStep()) {
          compute(now, equation, step, node -> stored(node, step, fixed, steps, now), inexact);
        }
      }
      steps.add(now);
    }
    for (Equation equation : order) {
      if (late.contains(equation.name())) {
        compute(fixed, equation, 0, node -> stored(node, 0, fixed, steps, null), inexact);
      }
    }
    return new Evaluation(fixed, steps, inexact);
  }

  /** Computes {@code equation} at {@code step} into {@code into}, marking it when inexact. */
  private void compute(
      Map<String, Value> into,
      Equation equation,
      int step,
      Function<Node, Value> nodes,
      Set<Node> inexact) {
    Exactness exactness = new Exactness();
    put(into, equation, step, reader(step, nodes, inexact, exactness), exactness);
    markIfInexact(inexact, new Node(equation.name(), step), exactness);
  }

  /** A node's value during the run, at or before {@code step} (the one being computed). */
  private Value stored(
      Node node,
      int step,
      Map<String, Value> fixed,
      List<Map<String, Value>> steps,
      Map<String, Value> now) {
    String quantity = node.quantity();
    if (node.step() == 0) {
      return isPerStep(quantity) ? values.get(quantity + "_0") : fixed.get(quantity);
    }
    return node.step() == step ? now.get(quantity) : steps.get(node.step() - 1).get(quantity);
  }

  /**
   * How an equation computed at {@code step} (0: one without steps) reads a name: {@code x_t},
   * {@code x_{t-1}} and {@code t} from the step itself, a per-step quantity read whole as the
   * vector or matrix of its steps, anything else from its node through {@code nodes}.
   */
  private Function<Expr.Ref, Value> reader(
      int step, Function<Node, Value> nodes, Set<Node> inexact, Exactness exactness) {
    return ref -> {
      Value constant = step > 0 ? stepConstant(ref, step) : null;
      if (constant != null) {
        return constant;
      }
      if (step == 0 && ref.time() == Expr.Time.NONE && isPerStep(ref.name())) {
        return whole(ref.name(), nodes, inexact, exactness);
      }
      Node node = node(ref, step);
      return read(nodes.apply(node), node, inexact, exactness);
    };
  }

  /** The value of {@code x_t}, {@code x_{t-1}} or {@code t} at {@code step}; null for others. */
  private Value stepConstant(Expr.Ref ref, int step) {
    if (ref.isToken()) {
      return new Value.Scalar(Rational.of(token(step)));
    }
    if (ref.isPreviousToken()) {
      return step == 1 ? values.get("x_0") : new Value.Scalar(Rational.of(token(step - 1)));
    }
    return NameCheck.isStepNumber(ref, values, equations)
        ? new Value.Scalar(Rational.of(step))
        : null;
  }

  /**
   * A per-step quantity read whole: its steps as the entries (numbers) or rows (vectors) of one
   * value, step t at position t - 1.
   */
  private Value whole(
      String quantity, Function<Node, Value> nodes, Set<Node> inexact, Exactness exactness) {
    List<Value> rows = new ArrayList<>(stepCount);
    for (int t = 1; t <= stepCount; t++) {
      Node node = new Node(quantity, t);
      Value value = nodes.apply(node);
      if (value == null) {
        throw new EquationException("no value for " + quantity + " at step " + t);
      }
      rows.add(read(value, node, inexact, exactness));
    }
    return Building.stackSteps(quantity, rows);
  }

  /** The node a name refers to at {@code step} (not {@code x_t}, {@code x_{t-1}} or {@code t}). */
  private static Node node(Expr.Ref ref, int step) {
    return switch (ref.time()) {
      case NONE -> new Node(ref.name(), 0);
      case CURRENT -> new Node(ref.name(), step);
      case PREVIOUS -> new Node(ref.name(), step - 1);
    };
  }

  /** {@code value}, read by an evaluation that stops being exact when the node is inexact. */
  private static Value read(Value value, Node node, Set<Node> inexact, Exactness exactness) {
    if (inexact.contains(node)) {
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
      // A first-step rule is never mutated, so it has no original of its own.
      Equation original = equation.firstStep() ? null : originals.get(equation.name());
      if (original == null || original.equals(equation)) {
        throw e;
      }
      return evaluate(original, step, names, exactness, own);
    }
  }

  /**
   * The nodes the rule computing {@code node} reads: its first-step rule's at step 1, every step of
   * a per-step quantity it reads whole, never the token or the step number (which no answer
   * changes). Empty for a value or a start value.
   */
  public List<Node> reads(Node node) {
    Equation equation = rule(node.quantity(), node.step());
    if (equation == null || (equation.perStep() && node.step() == 0)) {
      return List.of();
    }
    List<Node> read = new ArrayList<>();
    for (Expr.Ref ref : equation.refs()) {
      if (ref.isToken()
          || ref.isPreviousToken()
          || NameCheck.isStepNumber(ref, values, equations)) {
        continue;
      }
      if (node.step() == 0 && ref.time() == Expr.Time.NONE && isPerStep(ref.name())) {
        for (int t = 1; t <= stepCount; t++) {
          read.add(new Node(ref.name(), t));
        }
      } else {
        read.add(node(ref, node.step()));
      }
    }
    return read;
  }

  /** The rule computing {@code quantity} at {@code step}: at step 1 its first-step rule if any. */
  private Equation rule(String quantity, int step) {
    Equation first = step == 1 ? firstRules.get(quantity) : null;
    return first != null ? first : equations.get(quantity);
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
      Equation equation = rule(node.quantity(), node.step());
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
              equation, step, reader(step, this::value, inexact, exactness), exactness, own);
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
