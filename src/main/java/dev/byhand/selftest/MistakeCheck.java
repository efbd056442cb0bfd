package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Status;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.EquationException;
import dev.byhand.network.Mutant;
import dev.byhand.network.Mutation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.Rubric;
import java.util.List;
import java.util.Optional;

/**
 * A student who makes one known mistake throughout (every computed item answered with the mistaken
 * network's value) is diagnosed with it where it first shows: the first item not graded correct or
 * follow-through, where grading must name it (as the diagnosis, or as another mistake giving the
 * same numbers). Grading names only mistakes that give the answer written, so where it names
 * another known mistake instead, that item cannot tell the two apart, and the next item where the
 * mistake shows must. Does not apply (aborted, with the reason) where the numbers do not show the
 * mistake, where its answer is a placeholder grading never diagnoses (all zeros, a tie of every
 * token), or where another known mistake gives the same answers wherever it shows.
 */
record MistakeCheck(Mutation mutation) implements Check {
  MistakeCheck {
    requireNonNull(mutation, "mutation");
  }

  @Override
  public CheckResult run(Scope scope, Student student) {
    Rubric own = student.rubric();
    Optional<Mutant> mutant = own.mistakes().stream().filter(m -> same(m.mutation())).findFirst();
    if (mutant.isEmpty()) {
      return CheckResult.aborted(
          "not one of the known mistakes over " + student.key() + "'s numbers");
    }
    Network mistaken;
    try {
      mistaken = mutant.get().network();
    } catch (EquationException e) {
      return CheckResult.aborted("the mistaken equations cannot compute: " + e.getMessage());
    }
    String text = AnswersFile.csv(own, node -> answer(own, mistaken, node));
    StudentResult result = scope.grade(scope.written(student.key(), text));
    List<ItemResult> showing =
        result.items().stream()
            .filter(item -> !item.item().manual())
            .filter(
                item -> item.status() != Status.CORRECT && item.status() != Status.FOLLOWTHROUGH)
            .toList();
    if (showing.isEmpty()) {
      return CheckResult.aborted("its answers score full marks: these numbers do not show it");
    }
    return diagnosed(own, mistaken, showing);
  }

  /** The verdict on the items where the mistake shows, in rubric order. */
  private CheckResult diagnosed(Rubric own, Network mistaken, List<ItemResult> showing) {
    Optional<ItemResult> namedInstead = Optional.empty();
    for (ItemResult at : showing) {
      Optional<String> placeholder =
          placeholder(own, answer(own, mistaken, own.node(at.question(), at.item())));
      if (placeholder.isPresent()) {
        return CheckResult.aborted(
            "its answer at "
                + at.key()
                + " is "
                + placeholder.get()
                + ", which grading takes for a placeholder: it neither diagnoses it nor follows"
                + " through from it");
      }
      if (names(at)) {
        return CheckResult.passed();
      }
      if (at.diagnosis().isEmpty()) {
        return CheckResult.failed(
            "the mistake shows at "
                + at.key()
                + ", which should be diagnosed as "
                + mutation.id()
                + " but was graded "
                + ExpectedItem.of(at)
                + ": "
                + at.feedback());
      }
      namedInstead = namedInstead.or(() -> Optional.of(at));
    }
    ItemResult first = namedInstead.orElseThrow();
    return CheckResult.aborted(
        "wherever it shows it gives the same answer as "
            + first.diagnosis().orElseThrow().id()
            + ", which grading names (first at "
            + first.key()
            + "): these numbers cannot tell them apart");
  }

  /** Whether grading names this mistake: as the diagnosis, or as giving the same numbers. */
  private boolean names(ItemResult item) {
    return item.diagnosis().filter(d -> d.names(mutation.id())).isPresent();
  }

  private static Optional<Value> answer(Rubric own, Network mistaken, Node node) {
    return mistaken.reference().find(node).or(() -> own.network().reference().find(node));
  }

  /**
   * How an answer is one grading never diagnoses, if it is: two or more entries all zero, a tie of
   * every token.
   */
  private static Optional<String> placeholder(Rubric own, Optional<Value> answer) {
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    Value value = answer.get();
    if (value instanceof Value.Token token) {
      return token.ids().size() == own.vocabulary().size()
          ? Optional.of("a tie of every token")
          : Optional.empty();
    }
    return value.entries().size() > 1 && value.entries().stream().allMatch(e -> e.signum() == 0)
        ? Optional.of("all zeros")
        : Optional.empty();
  }

  private boolean same(Mutation other) {
    return other.id().equals(mutation.id()) && other.changed().equals(mutation.changed());
  }
}
