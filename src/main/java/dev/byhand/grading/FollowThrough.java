package dev.byhand.grading;

import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an item should be given the student's own earlier answers, by one rule for any network: the
 * item is recomputed through the equations from the student's own inputs ({@link OwnInputs}, the
 * rule diagnosis uses too). Empty when that uses no wrong answer of the student's (a missing,
 * unreadable or placeholder one is replaced by the reference), or gives a token tied for every
 * word; one number 0 is an answer. Thread-safe.
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
  private final OwnInputs inputs;
  private final TokenWords words;
  private final Tolerances tolerances;
  private final int guard;

  FollowThrough(Rubric rubric, OwnInputs inputs, TokenWords words, Tolerances tolerances) {
    this.network = rubric.network();
    this.inputs = inputs;
    this.words = words;
    this.tolerances = tolerances;
    this.guard = rubric.askedNodes().size() + 1;
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
    Optional<Value> value = inputs.recompute(network, node, values, used);
    if (value.isEmpty()
        || used.isEmpty()
        || (value.get() instanceof Value.Token token && words.isDegenerate(token))) {
      return Optional.empty();
    }
    return Optional.of(new Direct(value.get(), List.copyOf(used)));
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
