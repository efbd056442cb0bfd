package dev.byhand.rubric;

import com.google.gson.JsonElement;
import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads and validates a rubric file. Fails fast with a {@link RubricException} that names the file,
 * the field and the fix. Stateless and thread-safe.
 */
public final class RubricLoader {
  /** Rubrics are small; anything larger is not a rubric. */
  static final long MAX_BYTES = 1 << 20;

  /** A recurrence without tokens done by hand has a handful of steps; this is plenty. */
  static final int MAX_STEPS = 1000;

  private static final Set<String> TOP =
      Set.of(
          "id",
          "title",
          "model",
          "sentence",
          "steps",
          "sequences",
          "questions",
          "selfCheck",
          "ties",
          "followThrough",
          "tolerance",
          "decimals",
          "misconceptions",
          "variants");

  public Rubric load(Path file) {
    String source = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new RubricException(
            source + ": no such rubric file; pass --rubric with a path to a rubric JSON file");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new RubricException(source + ": larger than 1 MiB; is this really a rubric?");
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return parse(reader, source);
      }
    } catch (IOException e) {
      throw new RubricException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses rubric JSON text; {@code source} names it in messages. */
  public Rubric parse(String json, String source) {
    return parse(new StringReader(json), source);
  }

  private Rubric parse(Reader reader, String source) {
    Fields top = Fields.of(source, "", StrictJson.parse(reader, source)).allowOnly(TOP);
    Fields model = Fields.of(source, "model", top.require("model"));
    ModelReader.Declared declared = ModelReader.read(model);
    Vocabulary vocabulary = declared.vocabulary();
    boolean hasSentence = declared.builtIn().isPresent() || top.has("sentence");
    if (hasSentence && top.has("steps")) {
      throw top.error(
          "the rubric has both sentence and steps; give sentence when each step reads a token,"
              + " steps (a number) for a recurrence without tokens");
    }
    if (top.has("steps") && top.has("sequences")) {
      throw top.error(
          "the rubric has both steps and sequences; a table over sequences and a recurrence over"
              + " steps cannot be in one rubric yet: give one of them");
    }
    List<Integer> sentence = hasSentence ? sentence(top, vocabulary) : List.of();
    Network network =
        top.has("steps")
            ? ModelReader.compileSteps(model, declared, steps(top))
            : ModelReader.compile(model, declared, sentence, SequencesReader.read(top));
    List<Question> questions =
        new QuestionsReader(
                top, network, hasSentence ? sentence.size() : network.steps(), hasSentence)
            .read();
    Rubric.Policies policies =
        new Rubric.Policies(
            top.choice(
                "selfCheck",
                SelfCheck.FORMAT,
                SelfCheck::fromId,
                ids(SelfCheck.values(), SelfCheck::id)),
            top.choice("ties", Ties.ANY, Ties::fromId, ids(Ties.values(), Ties::id)),
            followThrough(top));
    Optional<Rubric.Handout> handout =
        declared
            .builtIn()
            .or(() -> MisconceptionsReader.handout(top, network))
            .map(Rubric.Handout::new);
    List<Mutant> mistakes =
        MisconceptionsReader.read(top, network, handout.map(Rubric.Handout::activation));
    Optional<Variants> variants =
        top.has("variants")
            ? Optional.of(
                VariantsReader.read(
                    top.nested("variants", top.require("variants")),
                    network.values(),
                    declared.builtIn().isPresent(),
                    source))
            : Optional.empty();
    return new Rubric(
        top.string("id"),
        top.string("title"),
        vocabulary,
        network,
        sentence,
        questions,
        policies,
        handout,
        mistakes,
        variants,
        Optional.empty());
  }

  /** {@code "followThrough": {"requirePlausible": true}}; absent means the default. */
  private static Rubric.FollowThroughPolicy followThrough(Fields top) {
    if (!top.has("followThrough")) {
      return Rubric.FollowThroughPolicy.DEFAULT;
    }
    Fields policy =
        top.nested("followThrough", top.require("followThrough"))
            .allowOnly(Set.of("requirePlausible"));
    return new Rubric.FollowThroughPolicy(policy.flag("requirePlausible"));
  }

  static <T> List<String> ids(T[] values, java.util.function.Function<T, String> id) {
    return Arrays.stream(values).map(id).toList();
  }

  /** {@code "steps": N}, for a recurrence without tokens. */
  private static int steps(Fields top) {
    int steps = top.positiveInt("steps");
    if (steps > MAX_STEPS) {
      throw top.error("steps must be at most " + MAX_STEPS + ", found " + steps);
    }
    return steps;
  }

  private static List<Integer> sentence(Fields top, Vocabulary vocabulary) {
    JsonElement element = top.require("sentence");
    List<String> words = new ArrayList<>();
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      words.addAll(Arrays.asList(element.getAsString().strip().split("\\s+")));
    } else if (element.isJsonArray()) {
      element
          .getAsJsonArray()
          .forEach(
              word -> words.add(word.isJsonPrimitive() ? word.getAsString() : word.toString()));
    } else {
      throw top.error("sentence must be a string of words (\"BOS the cat\") or a list of words");
    }
    if (vocabulary.size() == 0) {
      throw top.error(
          "sentence needs model.vocabulary: list the words, each word's token id is its position");
    }
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int position = i + 1;
      ids.add(
          vocabulary
              .id(word)
              .orElseThrow(
                  () ->
                      top.error(
                          "sentence word "
                              + position
                              + " \""
                              + word
                              + "\" is not in model.vocabulary "
                              + vocabulary.words()
                              + "; add it or fix the spelling")));
    }
    if (ids.isEmpty() || words.get(0).isEmpty()) {
      throw top.error("sentence is empty; give at least one word");
    }
    return ids;
  }
}
