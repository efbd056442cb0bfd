package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.byhand.network.Equation;
import dev.byhand.network.EquationException;
import dev.byhand.network.Mutant;
import dev.byhand.network.Mutation;
import dev.byhand.network.Mutations;
import dev.byhand.network.Network;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a rubric's optional {@code misconceptions}: {@code ignore} silences derived mistakes by
 * operator ({@code sign}) or full id ({@code transposed:W2}); {@code add} names the rubric's own
 * wrong equations, which come first; {@code "handout": true} declares the handout's own mistakes
 * for its five equations (what the built-in form means). Every added equation is checked at load.
 */
final class MisconceptionsReader {
  private static final Set<String> FIELDS = Set.of("ignore", "add", "handout");
  private static final Set<String> ADDED = Set.of("id", "equation", "text");

  private MisconceptionsReader() {}

  /**
   * The network's mistakes for grading: the rubric's own, then the derived ones not ignored; for
   * the handout's network (its {@code activation} given), the handout's own mistakes.
   */
  static List<Mutant> read(Fields top, Network network, Optional<String> handout) {
    Fields field =
        top.has("misconceptions")
            ? top.nested("misconceptions", top.require("misconceptions")).allowOnly(FIELDS)
            : null;
    Set<String> ignored = field != null && field.has("ignore") ? words(field) : Set.of();
    List<Mutant> added = field != null && field.has("add") ? added(field, network) : List.of();
    if (handout.isPresent()) {
      // The handout keeps its own ids, sentences and verdicts; the field is checked all the same.
      return CompiledOnUse.of(() -> HandoutMistakes.of(network, handout.get()));
    }
    // The rubric's own were compiled above, to check them; the derived ones on first use.
    return CompiledOnUse.of(() -> withDerived(added, ignored, network));
  }

  private static List<Mutant> withDerived(
      List<Mutant> added, Set<String> ignored, Network network) {
    Set<String> ids = new HashSet<>();
    added.forEach(m -> ids.add(m.mutation().id()));
    List<Mutant> all = new ArrayList<>(added);
    for (Mutant mutant : Mutations.of(network)) {
      Mutation m = mutant.mutation();
      if (!ignored.contains(m.operator()) && !ignored.contains(m.id()) && !ids.contains(m.id())) {
        all.add(mutant);
      }
    }
    return List.copyOf(all);
  }

  /**
   * The activation of the handout's equations when the rubric declares {@code "handout": true};
   * refused for a network that is not the handout's five equations.
   */
  static Optional<String> handout(Fields top, Network network) {
    if (!top.has("misconceptions")) {
      return Optional.empty();
    }
    Fields field = top.nested("misconceptions", top.require("misconceptions")).allowOnly(FIELDS);
    if (!field.flag("handout")) {
      return Optional.empty();
    }
    return Optional.of(
        ModelReader.handoutActivation(network)
            .orElseThrow(
                () ->
                    field.error(
                        "misconceptions.handout names the handout's mistakes, which need its five"
                            + " equations exactly: "
                            + ModelReader.HANDOUT)));
  }

  private static Set<String> words(Fields field) {
    Set<String> words = new HashSet<>();
    JsonArray array = field.array("ignore");
    for (int i = 0; i < array.size(); i++) {
      JsonElement element = array.get(i);
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw field.error(
            "misconceptions.ignore["
                + i
                + "] must be an operator such as \"sign\" or an id"
                + " such as \"transposed:W2\", in quotes");
      }
      words.add(element.getAsString().strip());
    }
    return words;
  }

  private static List<Mutant> added(Fields field, Network network) {
    List<Mutant> added = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    JsonArray array = field.array("add");
    for (int i = 0; i < array.size(); i++) {
      String where = "misconceptions.add[" + i + "]";
      Fields entry = field.nested(where, array.get(i)).allowOnly(ADDED);
      String id = entry.string("id");
      if (!ids.add(id)) {
        throw entry.error(where + ".id \"" + id + "\" appears twice; give each mistake its own id");
      }
      added.add(mutant(entry, where, network, id));
    }
    return added;
  }

  private static Mutant mutant(Fields entry, String where, Network network, String id) {
    String text = entry.string("equation");
    Equation changed;
    try {
      changed = Equation.parse(text);
    } catch (EquationException e) {
      throw entry.error(where + ".equation: " + e.getMessage());
    }
    Equation original =
        network
            .equation(changed.name())
            .filter(e -> e.perStep() == changed.perStep())
            .orElseThrow(
                () ->
                    entry.error(
                        where
                            + ".equation \""
                            + text
                            + "\" names no quantity of the network;"
                            + " write it for one of "
                            + network.equations().stream().map(Equation::name).toList()));
    Mutation mutation = Mutation.named(id, original, changed, entry.string("text"));
    return Mutations.compile(network, mutation)
        .orElseThrow(
            () ->
                entry.error(
                    where
                        + ".equation \""
                        + text
                        + "\" does not compute a different "
                        + changed.name()
                        + " of the same shape from the rubric's values;"
                        + " check its names and shapes, or remove it"));
  }
}
