package dev.byhand.submission;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one answer's value: a list of numbers or words, one string holding a vector, one number,
 * or a list wrapped once more ({@code [[5, 4, 0]]}). Anything else is a problem naming the path.
 */
final class JsonValues {
  private static final String EXPECTED = "expected numbers like [5, 4, 0] or a word like \"is\"";
  private static final String LIST_OF_LISTS =
      "expected one flat list like [5, 4, 0], found a list of lists";

  private final JsonReader reader;
  private final AnswerSink sink;
  private String text = "";

  JsonValues(JsonReader reader, AnswerSink sink) {
    this.reader = reader;
    this.sink = sink;
  }

  /** The values at {@code path}, or empty after reporting a problem. */
  Optional<List<String>> read(String path) throws IOException {
    JsonToken token = reader.peek();
    Optional<List<String>> values = switch (token) {
      case NUMBER -> Optional.of(List.of(reader.nextString()));
      case STRING -> string(reader.nextString());
      case BEGIN_ARRAY -> array(path, true);
      default -> wrong(path, EXPECTED + ", found " + describe(token));
    };
    if (token != JsonToken.STRING) {
      text = String.join(" ", values.orElse(List.of()));
    }
    return values;
  }

  /** The text of the value {@link #read} read last, as written (a decorated prediction is read from it). */
  String text() {
    return text;
  }

  private Optional<List<String>> string(String written) {
    text = written.length() > Limits.MAX_VALUE_CHARS * 4 ? "" : Decorations.latex(Decorations.withoutComment(written));
    return Optional.of(ValueSplitter.split(Decorations.clean(written)));
  }

  private Optional<List<String>> array(String path, boolean outer) throws IOException {
    reader.beginArray();
    if (outer && reader.hasNext() && reader.peek() == JsonToken.BEGIN_ARRAY) {
      return wrapped(path);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; reader.hasNext(); i++) {
      Optional<String> value = element(path + "[" + i + "]");
      if (value.isEmpty()) {
        return skipRest();
      }
      values.add(value.get());
    }
    reader.endArray();
    return Optional.of(values);
  }

  /** {@code [[5, 4, 0]]}: one list inside another is flattened; more than one is a problem. */
  private Optional<List<String>> wrapped(String path) throws IOException {
    Optional<List<String>> inner = array(path + "[0]", false);
    if (inner.isPresent() && reader.hasNext()) {
      wrong(path + "[1]", LIST_OF_LISTS);
      inner = Optional.empty();
    }
    if (inner.isEmpty()) {
      return skipRest();
    }
    reader.endArray();
    return inner;
  }

  private Optional<String> element(String at) throws IOException {
    JsonToken token = reader.peek();
    if (token == JsonToken.NUMBER) {
      return Optional.of(reader.nextString());
    }
    if (token == JsonToken.STRING) {
      return Optional.of(Decorations.accounting(Decorations.latex(Clean.strip(reader.nextString()))));
    }
    wrong(at, token == JsonToken.BEGIN_ARRAY
        ? LIST_OF_LISTS
        : "expected a number or a word, found " + describe(token));
    return Optional.empty();
  }

  private Optional<List<String>> skipRest() throws IOException {
    while (reader.hasNext()) {
      reader.skipValue();
    }
    reader.endArray();
    return Optional.empty();
  }

  private Optional<List<String>> wrong(String path, String message) throws IOException {
    if (reader.peek() != JsonToken.END_ARRAY) {
      reader.skipValue();
    }
    sink.problem(Location.ofPath(sink.fileName(), path), message);
    return Optional.empty();
  }

  static String describe(JsonToken token) {
    return switch (token) {
      case BOOLEAN -> "true or false";
      case NULL -> "null";
      case BEGIN_OBJECT -> "an object { }";
      case BEGIN_ARRAY -> "a list [ ]";
      case STRING -> "a string";
      case NUMBER -> "a number";
      default -> "nothing";
    };
  }
}
