package dev.byhand.grading;

import dev.byhand.network.Equation;
import dev.byhand.network.Mutant;
import dev.byhand.network.Mutation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Diagnoses a wrong item of any network by its rubric's mistakes (derived from the equations, or
 * the rubric's own): one mutation at a time, on the item's own equation and on the equations of the
 * quantities nobody asked for between the student's earlier answers and this item, each evaluated
 * from the student's own earlier answers (as follow-through fixes them) and from the reference.
 * Thread-safe: which mutations concern an item is worked out once per item.
 */
final class MutationDiagnoser {
  private final Rubric rubric;
  private final OwnInputs inputs;
  private final Set<Node> asked;
  private final Map<Node, List<Mutant>> concerning = new ConcurrentHashMap<>();
  private final Tolerances tolerances;

  MutationDiagnoser(Rubric rubric, OwnInputs inputs) {
    this.rubric = rubric;
    this.inputs = inputs;
    this.asked = Set.copyOf(rubric.askedNodes());
    this.tolerances = new Tolerances(rubric);
  }

  /**
   * The diagnosis for numbers a mutation gives (within the item's tolerance, for an inexact one)
   * where the mutation does not give the right value.
   */
  Optional<Diagnosis> numbers(Node node, Value given, Value reference, StudentValues values) {
    if (Shapes.isPlaceholder(given)) {
      return diagnosis(shownZeros(node, given, reference, values));
    }
    return diagnosis(
        preferShown(node, matches(node, explainsNumbers(node, given, reference), values), values));
  }

  /**
   * All zeros is a placeholder more often than a mistake, and a diagnosis would flatter it; unless
   * a mistake the student has already shown gives exactly these zeros: those mistakes.
   */
  private List<Mutation> shownZeros(Node node, Value given, Value reference, StudentValues values) {
    List<Mutation> found = matches(node, explainsNumbers(node, given, reference), values);
    if (found.isEmpty()) {
      return found;
    }
    Set<String> shown = shownBefore(node.step(), values);
    return found.stream().filter(m -> shown.contains(m.id())).toList();
  }

  /**
   * A mutation explains a prediction only if it predicts that token, not an accepted one, and not
   * every token.
   */
  Optional<Diagnosis> prediction(
      Node node, int given, Set<Integer> accepted, StudentValues values) {
    int vocabulary = rubric.vocabulary().size();
    List<Mutation> found =
        preferShown(
            node,
            matches(
                node,
                v ->
                    v instanceof Value.Token t
                        && t.ids().contains(given)
                        && !accepted.contains(given)
                        && t.ids().size() < vocabulary,
                values),
            values);
    List<Mutation> again = fromShownZeros(node, given, values);
    if (again.isEmpty()) {
      return diagnosis(found);
    }
    List<Mutation> named = new ArrayList<>(again);
    found.stream().filter(m -> !again.contains(m)).forEach(named::add);
    return diagnosis(named);
  }

  /**
   * The mistakes behind a prediction that the student's own zeros give: a state all zeros that a
   * mistake they have already shown gives (as {@link #numbers} names it) is their input, and when
   * the equations predict {@code given} from it (every token ties over the logits of a zero state)
   * the prediction is that mistake again, not a mistake of its own.
   */
  private List<Mutation> fromShownZeros(Node node, int given, StudentValues values) {
    List<Mutation> again = new ArrayList<>();
    Predicate<StudentValues.Own> zeros =
        own -> {
          Value reference = rubric.network().reference().value(own.node());
          List<Mutation> shown = shownZeros(own.node(), own.value(), reference, values);
          shown.stream().filter(m -> !again.contains(m)).forEach(again::add);
          return !shown.isEmpty();
        };
    List<StudentValues.Own> used = new ArrayList<>();
    Optional<Value> predicted = inputs.recompute(rubric.network(), node, values, used, zeros);
    boolean follows =
        predicted.filter(v -> v instanceof Value.Token t && t.ids().contains(given)).isPresent()
            && used.stream().anyMatch(o -> Shapes.isPlaceholder(o.value()));
    return follows ? again : List.of();
  }

  /**
   * When several mistakes explain an answer, the ones this student has already shown at an earlier
   * step come first: a student who dropped a term at step 2 and whose step 3 is explained both by
   * that and by another mistake made the same mistake again, most likely. Otherwise rubric order.
   */
  private List<Mutation> preferShown(Node node, List<Mutation> found, StudentValues values) {
    if (found.size() < 2) {
      return found;
    }
    Set<String> shown = shownBefore(node.step(), values);
    List<Mutation> preferred = new ArrayList<>(found.size());
    found.stream().filter(m -> shown.contains(m.id())).forEach(preferred::add);
    found.stream().filter(m -> !shown.contains(m.id())).forEach(preferred::add);
    return preferred;
  }

  /**
   * The ids of the mistakes that explain the student's wrong numbers at steps before {@code step}.
   */
  private Set<String> shownBefore(int step, StudentValues values) {
    Set<String> shown = new HashSet<>();
    for (Node earlier : asked) {
      if (earlier.step() >= step) {
        continue;
      }
      Optional<Value> own = inputs.own(earlier, values).map(StudentValues.Own::value);
      Value reference = rubric.network().reference().value(earlier);
      if (own.isEmpty()
          || own.get() instanceof Value.Token
          || tolerances.matches(earlier, own.get(), reference)) {
        continue;
      }
      Value given = own.get();
      matches(earlier, explainsNumbers(earlier, given, reference), values)
          .forEach(m -> shown.add(m.id()));
    }
    return shown;
  }

  /** A mistaken value that gives the student's numbers, and not the reference's. */
  private Predicate<Value> explainsNumbers(Node node, Value given, Value reference) {
    return v -> tolerances.matches(node, given, v) && !tolerances.matches(node, v, reference);
  }

  /**
   * Every mutation concerning {@code node} that gives a value {@code explains} accepts, in rubric
   * order.
   */
  List<Mutation> matches(Node node, Predicate<Value> explains, StudentValues values) {
    List<Mutation> found = new ArrayList<>();
    // A table's mistake is tried as it fills the whole table: recomputing every mutated table from
    // the student's own cells cost 40% of grading a class of tables (docs/PERFORMANCE.md).
    boolean table = rubric.network().table(node.quantity()).isPresent();
    for (Mutant mutant : concerning.computeIfAbsent(node, this::concerning)) {
      Optional<Value> fromReference = mutant.network().reference().find(node);
      if (fromReference.filter(explains).isPresent()
          || !table && fromOwn(mutant.network(), node, values).filter(explains).isPresent()) {
        found.add(mutant.mutation());
      }
    }
    return found;
  }

  private Optional<Value> fromOwn(Network mutant, Node node, StudentValues values) {
    return inputs.recompute(mutant, node, values, new ArrayList<>());
  }

  /** The mutations of the item's own equation and of the unasked quantities it is computed from. */
  private List<Mutant> concerning(Node node) {
    Set<String> quantities = involved(node);
    return rubric.mistakes().stream()
        .filter(m -> quantities.contains(m.mutation().quantity()))
        .toList();
  }

  private Set<String> involved(Node target) {
    Network network = rubric.network();
    Set<String> quantities = new HashSet<>();
    Set<Node> seen = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>(List.of(target));
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      Optional<Equation> equation = network.equation(node.quantity());
      if (!seen.add(node)
          || equation.isEmpty()
          || (!node.equals(target) && asked.contains(node))
          || (equation.get().perStep() && node.step() == 0)) {
        continue;
      }
      quantities.add(node.quantity());
      for (Node read : network.reads(node)) {
        if (read.step() >= 0) {
          todo.push(read);
        }
      }
    }
    return quantities;
  }

  /** The first match names the mistake; others giving the same value are named in the sentence. */
  private static Optional<Diagnosis> diagnosis(List<Mutation> found) {
    if (found.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(found.get(0).sentence());
    for (Mutation other : found.subList(1, found.size())) {
      text.append(" The same numbers come from another mistake (")
          .append(other.id())
          .append("): ")
          .append(other.sentence());
    }
    return Optional.of(
        new Diagnosis(
            found.get(0).id(),
            text.toString(),
            found.subList(1, found.size()).stream().map(Mutation::id).toList()));
  }
}
