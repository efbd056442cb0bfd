package dev.byhand.grading;

import dev.byhand.exact.Vector;
import dev.byhand.network.EquationException;
import dev.byhand.network.Evaluation;
import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The handout's rule for its mistakes ({@link Rubric#mistakes()}: derived mutations of its five
 * equations under the handout's ids, docs/MISCONCEPTIONS.md). A mutation of the recurrent step or
 * the logits is tried as run from the start of the sentence (unless the student's own previous
 * hidden state shows they did not run it), as one step from the reference's previous hidden state
 * and as one step from the student's own; a mutation of the logits also on the student's own hidden
 * state; a mutation of the prediction on the reference's and the student's own logits, after the
 * sentence's next word (the mistake the rubric states, {@link Rubric.Handout#nextWord}).
 * Thread-safe: what follows from the reference alone is computed once per item.
 */
final class HandoutDiagnoser {
  private static final String HIDDEN = "hidden";
  private static final String LOGITS = "logits";
  private static final String PREDICTION = "prediction";

  /** The items a mistake of the handout may be named on besides the prediction. */
  private static final Set<String> NUMBERS = Set.of("preactivation", HIDDEN, LOGITS);

  /** One mutation at one item: what it gives from the reference alone. */
  private record Prepared(
      Mutant mutant,
      Optional<Value> fromStart,
      Optional<Value> shownBefore,
      Optional<Value> fromReference) {}

  private final Rubric rubric;
  private final List<Mutant> computing = new ArrayList<>();
  private final List<Mutant> reading = new ArrayList<>();
  private final Map<Node, List<Prepared>> prepared = new ConcurrentHashMap<>();

  HandoutDiagnoser(Rubric rubric) {
    this.rubric = rubric;
    for (Mutant mutant : rubric.mistakes()) {
      (mutant.mutation().quantity().equals(PREDICTION) ? reading : computing).add(mutant);
    }
  }

  /**
   * The first mistake, in the handout's order, that gives these numbers and not the reference's.
   */
  Optional<Diagnosis> numbers(Node node, Value written, Value expected, StudentValues values) {
    if (!NUMBERS.contains(node.quantity())
        || !(written instanceof Value.Vec)
        || !(expected instanceof Value.Vec)
        || Shapes.isPlaceholder(written)) {
      // All zeros is a placeholder more often than a mistake; a diagnosis would flatter it.
      return Optional.empty();
    }
    return computed(node, v -> v.equals(written) && !v.equals(expected), values);
  }

  /**
   * A mistake explains a prediction only if it predicts that token and not every token. When the
   * student wrote their own logits at this step, mistakes in computing logits cannot explain the
   * prediction (their logits say what they computed): only the sentence's next word and mistakes in
   * reading the logits can.
   */
  Optional<Diagnosis> prediction(
      Node node, int given, Set<Integer> accepted, StudentValues values) {
    int vocabulary = rubric.vocabulary().size();
    Predicate<Value> explains =
        v ->
            v instanceof Value.Token t
                && t.ids().size() < vocabulary
                && t.ids().contains(given)
                && !accepted.contains(given);
    int step = node.step();
    if (values.vector(new Node(LOGITS, step)).isEmpty()) {
      Optional<Diagnosis> computed = computed(node, explains, values);
      if (computed.isPresent()) {
        return computed;
      }
    }
    Rubric.Stated stated = rubric.handout().orElseThrow().nextWord();
    Optional<Diagnosis> nextWord =
        nextWord(step)
            .filter(token -> explains.test(new Value.Token(new TreeSet<>(Set.of(token)))))
            .map(token -> new Diagnosis(stated.id(), stated.text()));
    if (nextWord.isPresent()) {
      return nextWord;
    }
    Optional<Value> ownLogits =
        values
            .vector(new Node(LOGITS, step))
            .filter(l -> !l.equals(vector(rubric.network().reference().value(logits(step)))))
            .map(Value.Vec::new);
    for (Mutant mutant : reading) {
      Optional<Value> fromStart = mutant.network().reference().find(node);
      Optional<Value> fromOwn =
          ownLogits.flatMap(l -> recompute(mutant.network(), node, n -> n.equals(logits(step)), l));
      if (fromStart.filter(explains).isPresent() || fromOwn.filter(explains).isPresent()) {
        return Optional.of(diagnosis(mutant));
      }
    }
    return Optional.empty();
  }

  /**
   * The student's own hidden states around a step, each as far as written readably: the previous
   * one as written (for ruling out the run from the start), and, of the right size and not the
   * reference's, the previous one (to step from) and this step's (for mistakes in the logits).
   */
  private record Own(Optional<Value> previous, Optional<Value> state, Optional<Value> hidden) {}

  /** The first mistake of the recurrent step or the logits that explains the answer. */
  private Optional<Diagnosis> computed(Node node, Predicate<Value> explains, StudentValues values) {
    Own own = own(node.step(), values);
    for (Prepared p : prepared.computeIfAbsent(node, this::prepare)) {
      if (explains(p, node, own, explains)) {
        return Optional.of(diagnosis(p.mutant()));
      }
    }
    return Optional.empty();
  }

  private boolean explains(Prepared p, Node node, Own own, Predicate<Value> explains) {
    Network mutant = p.mutant().network();
    Node hidden = new Node(HIDDEN, node.step());
    // The run from the start cannot explain this step if the student's own previous state shows
    // they did not make this mistake before.
    boolean fromStart = own.previous().isEmpty() || own.previous().equals(p.shownBefore());
    return (fromStart && p.fromStart().filter(explains).isPresent())
        || p.fromReference().filter(explains).isPresent()
        || own.state().flatMap(h -> fromState(mutant, node, h)).filter(explains).isPresent()
        || (p.mutant().mutation().quantity().equals(LOGITS)
            && own.hidden()
                .flatMap(h -> recompute(mutant, node, hidden::equals, h))
                .filter(explains)
                .isPresent());
  }

  private Own own(int step, StudentValues values) {
    Evaluation reference = rubric.network().reference();
    Value previous = reference.value(new Node(HIDDEN, step - 1));
    Value hidden = reference.value(new Node(HIDDEN, step));
    Optional<Value> written =
        step == 1
            ? Optional.empty()
            : values.vector(new Node(HIDDEN, step - 1)).map(Value.Vec::new);
    return new Own(
        written,
        written.filter(h -> h.sameShape(previous) && !h.equals(previous)),
        values
            .vector(new Node(HIDDEN, step))
            .<Value>map(Value.Vec::new)
            .filter(h -> h.sameShape(hidden) && !h.equals(hidden)));
  }

  private List<Prepared> prepare(Node node) {
    int step = node.step();
    Value previous = rubric.network().reference().value(new Node(HIDDEN, step - 1));
    List<Prepared> list = new ArrayList<>();
    for (Mutant mutant : computing) {
      Network network = mutant.network();
      list.add(
          new Prepared(
              mutant,
              network.reference().find(node),
              step == 1 ? Optional.empty() : network.reference().find(new Node(HIDDEN, step - 1)),
              fromState(network, node, previous)));
    }
    return List.copyOf(list);
  }

  /**
   * One step of {@code mutant} to {@code node} from the state {@code previous}: every quantity of
   * the step before that the step reads (the hidden state, or what a mutation carries instead).
   */
  private static Optional<Value> fromState(Network mutant, Node node, Value previous) {
    return recompute(
        mutant, node, n -> n.step() == node.step() - 1 && mutant.isPerStep(n.quantity()), previous);
  }

  private static Optional<Value> recompute(
      Network mutant, Node node, Predicate<Node> fixedAt, Value value) {
    try {
      return Optional.of(
          mutant.recompute(node, n -> fixedAt.test(n) ? Optional.of(value) : Optional.empty()));
    } catch (EquationException | IllegalArgumentException e) {
      // The student's values do not fit the mutated equations: this mistake cannot explain them.
      return Optional.empty();
    }
  }

  /** The word after the one read at {@code step} (from 1); empty at the sentence's last word. */
  private Optional<Integer> nextWord(int step) {
    return step >= rubric.sentence().size()
        ? Optional.empty()
        : Optional.of(rubric.sentence().get(step));
  }

  private static Node logits(int step) {
    return new Node(LOGITS, step);
  }

  private static Vector vector(Value value) {
    return ((Value.Vec) value).value();
  }

  private static Diagnosis diagnosis(Mutant mutant) {
    return new Diagnosis(mutant.mutation().id(), mutant.mutation().sentence());
  }
}
