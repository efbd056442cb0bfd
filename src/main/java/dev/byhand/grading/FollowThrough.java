package dev.byhand.grading;

import dev.byhand.network.EquationException;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an item should be given the student's own earlier answers, by one rule for any network: the
 * item is recomputed through the equations with every quantity the rubric asks for taking the
 * student's value where they wrote one readably (else the reference), and quantities nobody asked
 * for recomputed from those. Empty when that uses no wrong answer of the student's: a missing or
 * unreadable one is replaced by the reference, and so is a degenerate one (a vector or matrix of
 * zeros, or a token tied for every word), which would let placeholders earn follow-through credit;
 * one number 0 is an answer. Thread-safe.
 */
final class FollowThrough {
  /**
   * The value the student's own inputs lead to, the answers of theirs it was computed from that
   * differ from the reference, and the earliest wrong answer that the chain goes back to (where the
   * error really is). {@code onlyRounded} when every one of those answers lies within its tolerance
   * of the reference: the student rounded, as asked, and carried their rounded numbers on.
   */
  record Target(
      Value value, List<StudentValues.Own> from, StudentValues.Own root, boolean onlyRounded) {}

  private record Direct(Value value, List<StudentValues.Own> from) {}

  private final Network network;
  private final TokenWords words;
  private final Tolerances tolerances;
  private final Set<Node> asked = new HashSet<>();
  private final int guard;

  FollowThrough(Rubric rubric, TokenWords words, Tolerances tolerances) {
    this.network = rubric.network();
    this.words = words;
    this.tolerances = tolerances;
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          asked.add(rubric.node(question, item));
        }
      }
    }
    this.guard = asked.size() + 1;
  }

  Optional<Target> target(Node node, StudentValues values) {
    return direct(node, values)
        .map(
            d -> {
              List<StudentValues.Own> wrong =
                  d.from().stream().filter(own -> !rounded(own)).toList();
              StudentValues.Own first = wrong.isEmpty() ? d.from().get(0) : wrong.get(0);
              // A table's own cells are among its inputs: the walk back would stay on it.
              StudentValues.Own root =
                  network.table(node.quantity()).isPresent() ? first : root(first, values);
              return new Target(d.value(), d.from(), root, wrong.isEmpty());
            });
  }

  /** An answer within its tolerance of the reference: right, as rounded. */
  boolean rounded(StudentValues.Own own) {
    return tolerances.of(own.node()).isPresent()
        && tolerances.matches(own.node(), own.value(), network.reference().value(own.node()));
  }

  private Optional<Direct> direct(Node node, StudentValues values) {
    List<StudentValues.Own> used = new ArrayList<>();
    Value value;
    try {
      value = network.recompute(node, n -> fixed(n, values, used));
    } catch (EquationException e) {
      // The student's values do not fit the equations (e.g. a wrong size): nothing follows from
      // them.
      return Optional.empty();
    }
    if (used.isEmpty() || (value instanceof Value.Token token && words.isDegenerate(token))) {
      return Optional.empty();
    }
    return Optional.of(new Direct(value, List.copyOf(used)));
  }

  private Optional<Value> fixed(Node node, StudentValues values, List<StudentValues.Own> used) {
    if (!asked.contains(node)) {
      return Optional.empty();
    }
    Value reference = network.reference().value(node);
    Optional<StudentValues.Own> own =
        values
            .own(node)
            .filter(o -> usable(o.value(), reference))
            .filter(o -> !(isTable(node) && Shapes.isConstant(o.value())));
    own.ifPresent(used::add);
    return Optional.of(own.map(StudentValues.Own::value).orElse(reference));
  }

  /**
   * Whether {@code node} is a table ({@code D_{i,j} = …}): one filled with a single number is a
   * placeholder too, since its rule (a min of neighbours plus costs) gives that number back
   * wherever a cost is 0, and would earn follow-through for cells and for what is read from it.
   */
  private boolean isTable(Node node) {
    return network
        .equation(node.quantity())
        .filter(e -> e.expression() instanceof dev.byhand.network.Expr.Table)
        .isPresent();
  }

  /** A wrong answer of the right shape that is not a placeholder. */
  static boolean usable(Value own, Value reference) {
    return own.sameShape(reference) && !own.equals(reference) && !Shapes.isPlaceholder(own);
  }

  /** Walks back while each earlier answer is itself right for the student's own inputs. */
  private StudentValues.Own root(StudentValues.Own from, StudentValues values) {
    StudentValues.Own current = from;
    for (int i = 0; i < guard; i++) {
      StudentValues.Own here = current;
      Optional<Direct> earlier =
          direct(here.node(), values)
              .filter(d -> tolerances.matches(here.node(), here.value(), d.value()));
      Optional<StudentValues.Own> wrong =
          earlier.flatMap(d -> d.from().stream().filter(o -> !rounded(o)).findFirst());
      if (wrong.isEmpty()) {
        return current;
      }
      current = wrong.get();
    }
    return current;
  }
}
