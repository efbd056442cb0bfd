package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.byhand.rnn.Activation;
import dev.byhand.rnn.ElmanRnn;
import dev.byhand.rnn.Matrix;
import dev.byhand.rnn.Vector;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads and validates a rubric file. Fails fast with a {@link RubricException} that names the file,
 * the field and the fix. Stateless and thread-safe.
 */
public final class RubricLoader {
  /** Rubrics are small; anything larger is not a rubric. */
  static final long MAX_BYTES = 1 << 20;

  private static final Set<String> TOP = Set.of("id", "title", "model", "sentence", "questions", "selfCheck", "ties");
  private static final Set<String> MODEL = Set.of("vocabulary", "activation", "E", "U", "W", "V", "h0");

  public Rubric load(Path file) {
    String source = file.toString();
    try {
      if (!Files.isRegularFile(file)) {
        throw new RubricException(source + ": no such rubric file; pass --rubric with a path to a rubric JSON file");
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
    Fields model = Fields.of(source, "model", top.require("model")).allowOnly(MODEL);
    Vocabulary vocabulary = vocabulary(model);
    ElmanRnn rnn = model(model, vocabulary);
    List<Integer> sentence = sentence(top, vocabulary);
    List<Question> questions = new QuestionsReader(top, sentence.size()).read();
    Rubric.Policies policies = new Rubric.Policies(
        top.choice("selfCheck", SelfCheck.FORMAT, SelfCheck::fromId, ids(SelfCheck.values(), SelfCheck::id)),
        top.choice("ties", Ties.ANY, Ties::fromId, ids(Ties.values(), Ties::id)));
    return Rubric.of(top.string("id"), top.string("title"), vocabulary, rnn, sentence, questions, policies);
  }

  static <T> List<String> ids(T[] values, java.util.function.Function<T, String> id) {
    return Arrays.stream(values).map(id).toList();
  }

  private static Vocabulary vocabulary(Fields model) {
    JsonArray array = model.array("vocabulary");
    List<String> words = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement element = array.get(i);
      String where = "model.vocabulary[" + i + "]";
      if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
        throw model.error(where + " must be a word in quotes");
      }
      String word = element.getAsString().strip();
      if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
        throw model.error(where + " must be one word without spaces, found \"" + word + "\"");
      }
      if (!seen.add(word.toLowerCase(java.util.Locale.ROOT))) {
        throw model.error(where + " \"" + word + "\" appears twice; each word needs its own token id");
      }
      words.add(word);
    }
    if (words.size() < 2) {
      throw model.error("model.vocabulary needs at least two words");
    }
    return new Vocabulary(words);
  }

  private static ElmanRnn model(Fields model, Vocabulary vocabulary) {
    String activationName = model.string("activation");
    Activation activation = Activation.fromId(activationName).orElseThrow(() -> model.error(
        "model.activation \"" + activationName + "\" is not supported; use one of "
            + Arrays.stream(Activation.values()).map(Activation::id).toList()));
    Matrix e = matrix(model, "E");
    if (e.rowCount() != vocabulary.size()) {
      throw model.error("model.E has " + e.rowCount() + " rows but model.vocabulary has "
          + vocabulary.size() + " words: E needs one row per word, in token-id order");
    }
    Vector h0 = new Vector(model.numbers("model.h0", model.require("h0")));
    try {
      return new ElmanRnn(e, matrix(model, "U"), matrix(model, "W"), matrix(model, "V"), h0, activation);
    } catch (IllegalArgumentException shapes) {
      throw model.error("model: " + shapes.getMessage());
    }
  }

  private static Matrix matrix(Fields model, String name) {
    String where = "model." + name;
    JsonArray rows = model.array(name);
    if (rows.isEmpty()) {
      throw model.error(where + " must be a list of rows, e.g. [[1, 0], [0, 1]]");
    }
    List<Vector> vectors = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Vector row = new Vector(model.numbers(where + "[" + i + "]", rows.get(i)));
      if (!vectors.isEmpty() && row.size() != vectors.get(0).size()) {
        throw model.error(where + " row " + (i + 1) + " has " + row.size() + " numbers but row 1 has "
            + vectors.get(0).size() + ": every row of " + name + " needs the same count");
      }
      vectors.add(row);
    }
    return new Matrix(vectors);
  }

  private static List<Integer> sentence(Fields top, Vocabulary vocabulary) {
    JsonElement element = top.require("sentence");
    List<String> words = new ArrayList<>();
    if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
      words.addAll(Arrays.asList(element.getAsString().strip().split("\\s+")));
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(word -> words.add(word.isJsonPrimitive() ? word.getAsString() : word.toString()));
    } else {
      throw top.error("sentence must be a string of words (\"BOS the cat\") or a list of words");
    }
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      int position = i + 1;
      ids.add(vocabulary.id(word).orElseThrow(() -> top.error("sentence word " + position + " \"" + word
          + "\" is not in model.vocabulary " + vocabulary.words() + "; add it or fix the spelling")));
    }
    if (ids.isEmpty() || words.get(0).isEmpty()) {
      throw top.error("sentence is empty; give at least one word");
    }
    return ids;
  }
}
