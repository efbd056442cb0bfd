package dev.byhand.submission;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads pandas' {@code to_json(orient="records")}: a list of objects, each naming its key ({@code
 * question}, {@code key}, optionally with {@code item}) and holding its {@code answer}.
 */
final class JsonRecords {
  private static final Set<String> KEY_FIELDS =
      Set.of("question", "key", "id", "name", "q", "quantity");
  private static final Set<String> ITEM_FIELDS = Set.of("item", "part", "subquestion");
  private static final Set<String> ANSWER_FIELDS =
      Set.of("answer", "value", "values", "result", "answers");
  private static final Set<String> STEP_FIELDS = Set.of("step", "t", "time", "timestep");
  private static final Set<String> ARGMAX_FIELDS = Set.of("argmax", "argmaxtoken", "argmaxword");
  private static final Set<String> TOKEN_FIELDS =
      Set.of("token", "tokenread", "input", "inputtoken", "word", "read", "currenttoken");

  /** A quantity of a record by step: its field's name, where it is (a JSON path) and value. */
  record Field(String name, Location location, Written value) {}

  /** A record by step ({@code {"step": 1, "hidden": […]}}): its step, token read and fields. */
  record StepRecord(int step, String token, String path, List<Field> fields) {}

  private JsonRecords() {}

  /** A list whose first element is an object: records, not a bare vector. */
  static boolean looksLikeRecords(String json) {
    int open = json.indexOf('[');
    for (int i = open + 1; i < json.length(); i++) {
      if (!Character.isWhitespace(json.charAt(i))) {
        return json.charAt(i) == '{';
      }
    }
    return false;
  }

  static void read(JsonReader reader, JsonValues values, AnswerSink sink) throws IOException {
    reader.beginArray();
    readBegun(reader, values, sink, "$");
  }

  /**
   * Reads the records of a list already begun at {@code parent} ({@code $}, or {@code $.steps} for
   * {@code {"steps": [{"t": 1, …}]}}, as a script writes them), and ends the list.
   */
  static void readBegun(JsonReader reader, JsonValues values, AnswerSink sink, String parent)
      throws IOException {
    List<StepRecord> steps = new ArrayList<>();
    for (int i = 0; reader.hasNext(); i++) {
      String path = parent + "[" + i + "]";
      if (i >= Limits.MAX_ROWS || reader.peek() != JsonToken.BEGIN_OBJECT) {
        JsonAnswers.ignore(
            reader,
            sink,
            path,
            i >= Limits.MAX_ROWS
                ? "more than " + Limits.MAX_ROWS + " records; keep only your answers"
                : "expected a record like {\"question\": \"q1.hidden\", "
                    + "\"answer\": [5, 4, 0]}, found "
                    + JsonValues.describe(reader.peek()));
        continue;
      }
      record(reader, values, sink, path).ifPresent(steps::add);
    }
    reader.endArray();
    bySteps(steps, sink);
  }

  /**
   * Gives each record by step its items ({@code step 1 hidden}). Steps numbered from 0 count from
   * the step after BOS only when the record of step 0 reads the sentence's first token; otherwise
   * every item they name is refused, as it could be either step.
   */
  static void bySteps(List<StepRecord> steps, AnswerSink sink) {
    int shift = shift(steps, sink);
    if (shift < 0) {
      List<AnswerKey> refused = new ArrayList<>();
      for (StepRecord step : steps) {
        for (Field field : step.fields()) {
          for (int s = 0; s <= 1; s++) {
            if (sink.key("step " + (step.step() + s) + " " + field.name())
                    instanceof KeyResolution.Found found
                && sink.asks(found.key())
                && !refused.contains(found.key())) {
              refused.add(found.key());
              sink.refuse(
                  found.key(),
                  field.name(),
                  field.location(),
                  "these records number their steps from 0 and none says which token step 0"
                      + " reads, so they could be counted from the step after BOS or from the one"
                      + " before; byhand grades neither rather than one step as another. Number"
                      + " the steps from 1, or add \"token\": \"BOS\" to the record of the first"
                      + " step");
            }
          }
        }
      }
      return;
    }
    for (StepRecord step : steps) {
      for (Field field : step.fields()) {
        KeyResolution key = sink.key("step " + (step.step() + shift) + " " + field.name());
        Location location = field.location();
        if (key instanceof KeyResolution.Found found && sink.asks(found.key())) {
          sink.answer(found.key(), field.name(), field.value(), location);
        } else if (key instanceof KeyResolution.Ambiguous ambiguous) {
          sink.problem(location, ambiguous.sentence(field.name()));
        }
      }
    }
  }

  /**
   * 0 when the records' steps count from 1, 1 when they count from 0 and the record of step 0 reads
   * the sentence's first token; -1 when they count from 0 with nothing saying so.
   */
  static int shift(List<StepRecord> steps, AnswerSink sink) {
    int shift = 0;
    for (StepRecord step : steps) {
      if (step.step() == 0) {
        shift = readsFirstToken(step, sink) ? 1 : -1;
      }
    }
    return shift;
  }

  /** Whether some field of the records, at its step, is an item asked for. */
  static boolean namesAnItem(List<StepRecord> steps, int shift, AnswerSink sink) {
    for (StepRecord step : steps) {
      for (Field field : step.fields()) {
        if (sink.key("step " + (step.step() + shift) + " " + field.name())
                instanceof KeyResolution.Found found
            && sink.asks(found.key())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the record's quantities, named by its token ("hidden after reading BOS"), are step 1's.
   */
  private static boolean readsFirstToken(StepRecord step, AnswerSink sink) {
    if (step.token().isEmpty()) {
      return false;
    }
    for (Field field : step.fields()) {
      if (sink.key(field.name() + " after reading " + step.token())
              instanceof KeyResolution.Found read
          && sink.key("step 1 " + field.name()) instanceof KeyResolution.Found first
          && read.key().equals(first.key())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads one record: one naming its key gives its answer here; one naming its step ({@code
   * {"step": 1, "hidden": […]}}) is returned, to be read with the others.
   */
  static Optional<StepRecord> record(
      JsonReader reader, JsonValues values, AnswerSink sink, String path) throws IOException {
    String key = "";
    String item = "";
    Optional<Written> answer = Optional.empty();
    String answerPath = path;
    Optional<Integer> step = Optional.empty();
    String token = "";
    List<Field> fields = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String field = KeyWords.squash(name);
      JsonToken next = reader.peek();
      if (KEY_FIELDS.contains(field) && (next == JsonToken.STRING || next == JsonToken.NUMBER)) {
        key = reader.nextString();
      } else if (STEP_FIELDS.contains(field) && next == JsonToken.NUMBER && step.isEmpty()) {
        step = stepNumber(reader.nextString());
      } else if (TOKEN_FIELDS.contains(field) && next == JsonToken.STRING) {
        token = reader.nextString();
      } else if (ITEM_FIELDS.contains(field) && next == JsonToken.STRING) {
        item = reader.nextString();
      } else if (ANSWER_FIELDS.contains(field) && answer.isEmpty()) {
        answerPath = path + "." + field;
        answer = values.read(answerPath);
      } else if ((next == JsonToken.STRING
              || next == JsonToken.NUMBER
              || next == JsonToken.BEGIN_ARRAY)
          && fields.size() < Limits.MAX_ROWS) {
        // A quantity of a record by step ("hidden": […]), named with its step once all are read;
        // a word under "argmax" is the token the arg max picks, the step's prediction.
        String fieldPath = path + "." + name;
        String quantity =
            ARGMAX_FIELDS.contains(field) && next == JsonToken.STRING ? "prediction" : name;
        values
            .read(fieldPath)
            .ifPresent(
                value ->
                    fields.add(
                        new Field(quantity, Location.ofPath(sink.fileName(), fieldPath), value)));
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
    if (key.isEmpty() && step.isPresent()) {
      return Optional.of(new StepRecord(step.get(), token, path, fields));
    }
    if (key.isEmpty() && refuseUnplaced(fields, path, sink)) {
      return Optional.empty();
    }
    String written = item.isEmpty() ? key : key + "." + item;
    KeyResolution resolved = written.isEmpty() ? new KeyResolution.None() : sink.key(written);
    Optional<String> question = KeySyntax.questionOnly(written);
    if (resolved instanceof KeyResolution.None && question.isPresent()) {
      resolved = new KeyResolution.Found(new AnswerKey(question.get(), ""));
    }
    Location location = Location.ofPath(sink.fileName(), path);
    if (resolved instanceof KeyResolution.Found found && answer.isPresent()) {
      sink.answer(found.key(), written, answer.get(), Location.ofPath(sink.fileName(), answerPath));
    } else if (resolved instanceof KeyResolution.Ambiguous ambiguous) {
      sink.problem(location, ambiguous.sentence(written));
    } else if (resolved instanceof KeyResolution.None) {
      sink.problem(
          location,
          written.isEmpty()
              ? "a record without a \"question\" field; write it as {\"question\": \"q1.hidden\", \"answer\": [5, 4, 0]}"
              : "\"" + written + "\" is not an answer key, ignored; keys look like q1.hidden");
    }
    return Optional.empty();
  }

  /**
   * A record naming neither its question nor its step ({@code {"hidden": […]}}): each field that
   * names an item of more than one step is there but not graded, with a sentence naming the fix.
   * Whether any was.
   */
  private static boolean refuseUnplaced(List<Field> fields, String path, AnswerSink sink) {
    boolean refused = false;
    for (Field field : fields) {
      if (sink.key(field.name()) instanceof KeyResolution.Ambiguous ambiguous) {
        for (AnswerKey key : ambiguous.keys()) {
          if (sink.asks(key)) {
            refused = true;
            sink.refuse(
                key,
                field.name(),
                field.location(),
                "the record at "
                    + path
                    + " names neither its question nor its step, so \""
                    + field.name()
                    + "\" could be "
                    + String.join(
                        " or ", ambiguous.keys().stream().map(AnswerKey::toString).toList())
                    + " and was not graded; add \"step\": 1 (counting from 1) to each record");
          }
        }
      }
    }
    return refused;
  }

  private static Optional<Integer> stepNumber(String text) {
    return text.length() <= 6 && text.chars().allMatch(Character::isDigit)
        ? Optional.of(Integer.parseInt(text))
        : Optional.empty();
  }
}
