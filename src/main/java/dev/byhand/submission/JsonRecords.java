package dev.byhand.submission;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
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
    for (int i = 0; reader.hasNext(); i++) {
      String path = "$[" + i + "]";
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
      record(reader, values, sink, path);
    }
    reader.endArray();
  }

  private static void record(JsonReader reader, JsonValues values, AnswerSink sink, String path)
      throws IOException {
    String key = "";
    String item = "";
    Optional<Written> answer = Optional.empty();
    String answerPath = path;
    reader.beginObject();
    while (reader.hasNext()) {
      String field = KeyWords.squash(reader.nextName());
      JsonToken token = reader.peek();
      if (KEY_FIELDS.contains(field) && (token == JsonToken.STRING || token == JsonToken.NUMBER)) {
        key = reader.nextString();
      } else if (ITEM_FIELDS.contains(field) && reader.peek() == JsonToken.STRING) {
        item = reader.nextString();
      } else if (ANSWER_FIELDS.contains(field) && answer.isEmpty()) {
        answerPath = path + "." + field;
        answer = values.read(answerPath);
      } else {
        reader.skipValue();
      }
    }
    reader.endObject();
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
  }
}
