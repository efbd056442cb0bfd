package dev.byhand.grading;

import dev.byhand.network.EquationException;
import dev.byhand.network.Expr;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The student's own inputs, one rule for follow-through and for diagnosis alike: every quantity the
 * rubric asks for takes the student's answer where it is usable (readable, of the reference's
 * shape, not the reference, not a placeholder: a vector or matrix of zeros, or a table filled with
 * one number), else the reference; a quantity nobody asked for is computed from those. Thread-safe.
 */
final class OwnInputs {
  private final Network network;
  private final Set<Node> asked;

  OwnInputs(Rubric rubric) {
    this.network = rubric.network();
    this.asked = Set.copyOf(rubric.askedNodes());
  }

  boolean isAsked(Node node) {
    return asked.contains(node);
  }

  /** The student's answer at {@code node} when it is usable as an input. */
  Optional<StudentValues.Own> own(Node node, StudentValues values) {
    Value reference = network.reference().value(node);
    return values
        .own(node)
        .filter(o -> usable(o.value(), reference))
        .filter(o -> !(isTable(node) && Shapes.isConstant(o.value())));
  }

  /**
   * What {@code equations} (the rubric's network or a mutant of it) compute for {@code target} from
   * the student's own inputs; each usable answer it used is added to {@code used}, in the order
   * used. Empty when those answers do not fit the equations (a mutant's transposed matrix, a square
   * root of a negative number): nothing follows from them.
   */
  Optional<Value> recompute(
      Network equations, Node target, StudentValues values, List<StudentValues.Own> used) {
    return recompute(equations, target, values, used, own -> false);
  }

  /**
   * As {@link #recompute(Network, Node, StudentValues, List)}, taking also each placeholder answer
   * of the reference's shape that {@code zeros} admits as the student's own: zeros that a mistake
   * the student has already shown gives are that mistake again, not a template left unfilled.
   */
  Optional<Value> recompute(
      Network equations,
      Node target,
      StudentValues values,
      List<StudentValues.Own> used,
      Predicate<StudentValues.Own> zeros) {
    try {
      return Optional.of(equations.recompute(target, n -> input(n, values, used, zeros)));
    } catch (EquationException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<Value> input(
      Node node,
      StudentValues values,
      List<StudentValues.Own> used,
      Predicate<StudentValues.Own> zeros) {
    if (!asked.contains(node)) {
      return Optional.empty();
    }
    Value reference = network.reference().value(node);
    Optional<StudentValues.Own> own =
        own(node, values)
            .or(
                () ->
                    values
                        .own(node)
                        .filter(o -> o.value().sameShape(reference))
                        .filter(o -> Shapes.isPlaceholder(o.value()))
                        .filter(zeros));
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
        .filter(e -> e.expression() instanceof Expr.Table)
        .isPresent();
  }

  /** A wrong answer of the right shape that is not a placeholder. */
  static boolean usable(Value own, Value reference) {
    return own.sameShape(reference) && !own.equals(reference) && !Shapes.isPlaceholder(own);
  }
}
