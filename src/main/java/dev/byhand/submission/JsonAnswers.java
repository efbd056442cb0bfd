package dev.byhand.submission;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON answers file with Gson's streaming reader in strict mode: flat ({@code {"q1.hidden":
 * [5, 4, 0]}}), nested by question ({@code {"q1": {"hidden": [5, 4, 0]}}}), or inside objects that
 * name no answer, read with their names ({@code {"answers": {"question1": {"hidden_state": …}}}},
 * {@code {"step_1": {"hidden": …}}}). Malformed JSON makes the whole file unreadable: no partial
 * answers from a file the student must fix.
 */
final class JsonAnswers {
  private JsonAnswers() {}

  static void read(String text, AnswerSink sink) {
    JsonDepth.check(text);
    boolean finished = false;
    String json = JsonLenience.clean(text);
    if (JsonTable.read(json, sink)) {
      return;
    }
    try (JsonReader reader = new JsonReader(new StringReader(json))) {
      reader.setStrictness(Strictness.STRICT);
      reader.setNestingLimit(Limits.MAX_DEPTH + 1);
      JsonValues values = new JsonValues(reader, sink);
      if (reader.peek() == JsonToken.BEGIN_ARRAY && JsonRecords.looksLikeRecords(json)) {
        JsonRecords.read(reader, values, sink);
      } else {
        expectObject(reader);
        if (rowLabels(json)) {
          rows(reader, values, sink);
        } else {
          reader.beginObject();
          while (reader.hasNext()) {
            entry(reader, values, sink, "", "$");
          }
          reader.endObject();
        }
      }
      finished = true;
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new Unreadable(JsonErrors.severalValues());
      }
    } catch (IOException e) {
      throw new Unreadable(finished ? JsonErrors.severalValues() : JsonErrors.explain(e, json));
    }
  }

  /**
   * Whether the object's names are row labels counted from 0 ({@code {"0": {…}, "1": {…}}}, as
   * pandas' {@code to_json(orient="index")} writes a table): then {@code "1"} is the second row,
   * not question 1. A first pass over the names only, linear in the file.
   */
  private static boolean rowLabels(String json) throws IOException {
    boolean zero = false;
    try (JsonReader names = new JsonReader(new StringReader(json))) {
      names.setStrictness(Strictness.STRICT);
      names.setNestingLimit(Limits.MAX_DEPTH + 1);
      names.beginObject();
      while (names.hasNext()) {
        String name = names.nextName();
        if (name.isEmpty()
            || name.length() > 6
            || !name.chars().allMatch(c -> c >= '0' && c <= '9')
            || names.peek() != JsonToken.BEGIN_OBJECT) {
          return false;
        }
        zero |= Integer.parseInt(name) == 0;
        names.skipValue();
      }
    }
    return zero;
  }

  /**
   * An object of rows labelled from 0: each row is a record ({@code {"step": 1, "hidden": …}} or
   * {@code {"question": "q1.hidden", "answer": …}}), read as in a list of records.
   */
  private static void rows(JsonReader reader, JsonValues values, AnswerSink sink)
      throws IOException {
    List<JsonRecords.StepRecord> steps = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String path = "$." + reader.nextName();
      JsonRecords.record(reader, values, sink, path).ifPresent(steps::add);
    }
    reader.endObject();
    JsonRecords.bySteps(steps, sink);
  }

  private static void expectObject(JsonReader reader) throws IOException {
    if (reader.peek() != JsonToken.BEGIN_OBJECT) {
      throw new Unreadable(
          "the JSON must be one object with the answers inside, like "
              + "{\"q1.hidden\": [5, 4, 0], \"q2.prediction\": \"BOS\"}; found "
              + JsonValues.describe(reader.peek()));
    }
  }

  /**
   * One entry of an object under {@code context}, the names of the objects around it that name no
   * answer ({@code answers}, {@code step_1}): its name is read with them ({@code step 1 hidden}),
   * else alone.
   */
  private static void entry(
      JsonReader reader, JsonValues values, AnswerSink sink, String context, String parent)
      throws IOException {
    String name = reader.nextName();
    String path = parent + "." + name;
    String withContext = (context + " " + name).replace('_', ' ').strip();
    KeyResolution key = sink.key(withContext);
    if (context.isEmpty() || key instanceof KeyResolution.None) {
      key = sink.key(name);
    }
    Optional<String> question =
        key instanceof KeyResolution.None ? KeySyntax.questionOnly(name) : Optional.empty();
    if (isComment(name)) {
      // JSON has no comments; a key starting with // or # is one, as a line is in a CSV file.
      reader.skipValue();
    } else if (key instanceof KeyResolution.Found found) {
      answer(found.key(), name, path, values, sink);
    } else if (key instanceof KeyResolution.Ambiguous ambiguous) {
      ignore(reader, sink, path, ambiguous.sentence(name));
    } else if (question.isPresent() && reader.peek() == JsonToken.BEGIN_OBJECT) {
      nested(reader, question.get(), name, path, values, sink);
    } else if (question.isPresent()) {
      // {"q2": "BOS"}: the grader accepts it for a question that asks for one item, and says so
      // otherwise.
      answer(new AnswerKey(question.get(), ""), name, path, values, sink);
    } else if (reader.peek() == JsonToken.BEGIN_OBJECT) {
      // {"answers": {"question1": …}}, {"step_1": {"hidden": …}}: a folder of answers.
      reader.beginObject();
      while (reader.hasNext()) {
        entry(reader, values, sink, (context + " " + name).strip(), path);
      }
      reader.endObject();
    } else if (reader.peek() == JsonToken.BEGIN_ARRAY) {
      list(reader, values, sink, name, path);
    } else {
      ignore(
          reader,
          sink,
          path,
          "\"" + name + "\" is not an answer key, ignored; keys look like q1.hidden");
    }
  }

  /**
   * A list under a name that is no answer's: records ({@code "steps": [{"t": 1, "hidden": …}]}, as
   * a script writes its steps) are read as a list of records is; any other list is ignored.
   */
  private static void list(
      JsonReader reader, JsonValues values, AnswerSink sink, String name, String path)
      throws IOException {
    reader.beginArray();
    if (reader.hasNext() && reader.peek() == JsonToken.BEGIN_OBJECT) {
      JsonRecords.readBegun(reader, values, sink, path);
    } else {
      sink.problem(
          Location.ofPath(sink.fileName(), path),
          "\"" + name + "\" is not an answer key, ignored; keys look like q1.hidden");
      while (reader.hasNext()) {
        reader.skipValue();
      }
      reader.endArray();
    }
  }

  /** {@code "// q1.hidden": "3 numbers, …"}: the hint lines of {@code byhand template}. */
  private static boolean isComment(String name) {
    String start = Clean.stripSpaces(name);
    return start.startsWith("//") || start.startsWith("#");
  }

  private static void nested(
      JsonReader reader,
      String question,
      String name,
      String parent,
      JsonValues values,
      AnswerSink sink)
      throws IOException {
    reader.beginObject();
    while (reader.hasNext()) {
      String item = reader.nextName();
      String path = parent + "." + item;
      KeyResolution key = sink.key(question + "." + item);
      if (key instanceof KeyResolution.Found found) {
        answer(found.key(), name + "." + item, path, values, sink);
      } else if (key instanceof KeyResolution.Ambiguous ambiguous) {
        ignore(reader, sink, path, ambiguous.sentence(name + "." + item));
      } else {
        ignore(
            reader,
            sink,
            path,
            "\""
                + item
                + "\" is not an answer item, ignored; items look like hidden, logits, prediction");
      }
    }
    reader.endObject();
  }

  static void answer(AnswerKey key, String written, String path, JsonValues values, AnswerSink sink)
      throws IOException {
    Optional<Written> read = values.read(path);
    if (read.isPresent()) {
      sink.answer(key, written, read.get(), Location.ofPath(sink.fileName(), path));
    }
  }

  static void ignore(JsonReader reader, AnswerSink sink, String path, String message)
      throws IOException {
    sink.problem(Location.ofPath(sink.fileName(), path), message);
    reader.skipValue();
  }
}
