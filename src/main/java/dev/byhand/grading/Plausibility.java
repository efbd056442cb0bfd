package dev.byhand.grading;

import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.List;
import java.util.Optional;

/**
 * The rubric's {@code "followThrough": {"requirePlausible": true}} policy: follow-through is given
 * only from an earlier wrong answer that a known mistake explains, that differs from the reference
 * in at most half its entries, or that is itself carried correctly from such an answer (a slip
 * early in the trace changes every later entry). A made-up earlier answer with everything after it
 * computed from it earns nothing. Thread-safe.
 */
final class Plausibility {
  private final Network network;
  private final FollowThrough followThrough;
  private final Diagnoser diagnoser;
  private final Tolerances tolerances;
  private final TokenWords words;

  /** How far back a chain of carried answers is followed; longer than any rubric's trace. */
  private static final int DEPTH = 64;

  Plausibility(
      Network network,
      FollowThrough followThrough,
      Diagnoser diagnoser,
      Tolerances tolerances,
      TokenWords words) {
    this.network = network;
    this.followThrough = followThrough;
    this.diagnoser = diagnoser;
    this.tolerances = tolerances;
    this.words = words;
  }

  /**
   * Why follow-through from {@code target} is refused, as a sentence for the student; empty when
   * every wrong answer it is computed from is plausible.
   */
  Optional<String> refusal(FollowThrough.Target target, StudentValues values) {
    for (StudentValues.Own own : target.from()) {
      if (!followThrough.rounded(own) && !plausible(own, values, 0)) {
        return Optional.of(sentence(own));
      }
    }
    return Optional.empty();
  }

  private boolean plausible(StudentValues.Own own, StudentValues values, int depth) {
    Value reference = network.reference().value(own.node());
    if (fewWrong(own, reference) || diagnosed(own, reference, values)) {
      return true;
    }
    if (depth >= DEPTH) {
      return false;
    }
    Optional<FollowThrough.Target> carried =
        followThrough
            .target(own.node(), values)
            .filter(t -> tolerances.matches(own.node(), own.value(), t.value()));
    if (carried.isEmpty()) {
      return false;
    }
    for (StudentValues.Own earlier : carried.get().from()) {
      if (!followThrough.rounded(earlier) && !plausible(earlier, values, depth + 1)) {
        return false;
      }
    }
    return true;
  }

  private boolean fewWrong(StudentValues.Own own, Value reference) {
    if (!own.value().sameShape(reference)) {
      return false;
    }
    List<Integer> wrong = Tolerances.differences(own.value(), reference, tolerances.of(own.node()));
    return 2 * wrong.size() <= reference.entries().size();
  }

  private boolean diagnosed(StudentValues.Own own, Value reference, StudentValues values) {
    Node node = own.node();
    if (reference instanceof Value.Token token && own.value() instanceof Value.Token given) {
      return diagnoser
          .prediction(node, given.first(), words.accepted(token.ids()), values)
          .isPresent();
    }
    return diagnoser.numbers(node, own.value(), reference, values).isPresent();
  }

  private String sentence(StudentValues.Own own) {
    Value reference = network.reference().value(own.node());
    String how =
        own.value().sameShape(reference)
            ? "differs from the reference in "
                + Tolerances.differences(own.value(), reference, tolerances.of(own.node())).size()
                + " of "
                + reference.entries().size()
                + (reference.entries().size() == 1 ? " entry" : " entries")
            : "does not have the reference's shape";
    return "It would be right for your "
        + own.describe(words)
        + ", but that answer "
        + how
        + " and no known mistake explains it, so this item is judged against the reference:"
        + " this rubric gives follow-through only from an earlier answer a known mistake explains"
        + " or with at most half its entries wrong.";
  }
}
