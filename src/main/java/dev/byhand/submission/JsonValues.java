package dev.byhand.submission;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one answer's value: a list of numbers or words, one string holding a vector, one number, or
 * a list wrapped once more ({@code [[5, 4, 0]]}). Anything else is a problem naming the path.
 */
final class JsonValues {
  private static final String EXPECTED = "expected numbers like [5, 4, 0] or a word like \"is\"";
  private static final String LIST_OF_LISTS =
      "expected one flat list like [5, 4, 0], found a list of lists";

  private final JsonReader reader;

  /** The row sizes of the list of lists just read; empty after a flat list. */
  private final List<Integer> rows = new ArrayList<>();

  private final AnswerSink sink;
  private String text = "";

  /** The rows of the string value read last (a matrix written in one string). */
  private List<Integer> stringRows = List.of();

  JsonValues(JsonReader reader, AnswerSink sink) {
    this.reader = reader;
    this.sink = sink;
  }

  /**
   * The values at {@code path} (with rows for a list of lists), or empty after reporting a problem.
   */
  Optional<Written> read(String path) throws IOException {
    JsonToken token = reader.peek();
    rows.clear();
    Optional<List<String>> values =
        switch (token) {
          case NUMBER -> Optional.of(List.of(reader.nextString()));
          case STRING -> string(reader.nextString());
          case BEGIN_ARRAY -> array(path, true);
          default -> wrong(path, EXPECTED + ", found " + describe(token));
        };
    if (token != JsonToken.STRING) {
      text = String.join(" ", values.orElse(List.of()));
    }
    List<Integer> sizes =
        token == JsonToken.STRING
            ? stringRows
            : rows.isEmpty() || sum(rows) != values.map(List::size).orElse(0)
                ? List.of()
                : List.copyOf(rows);
    return values.map(v -> new Written(v, sizes, text));
  }

  /**
   * The text of the value {@link #read} read last, as written (a decorated prediction is read from
   * it).
   */
  String text() {
    return text;
  }

  private Optional<List<String>> string(String written) {
    String plain = Decorations.plain(written);
    text = written.length() > Limits.MAX_VALUE_CHARS * 4 ? "" : plain;
    Written split = ValueSplitter.written(Decorations.cleanPlain(plain));
    stringRows = split.rowSizes();
    return Optional.of(split.values());
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

  /** {@code [[5, 4, 0]]} is a list; {@code [[1, 2], [3, 4]]} a matrix, by rows. */
  private Optional<List<String>> wrapped(String path) throws IOException {
    List<String> values = new ArrayList<>();
    rows.clear();
    for (int i = 0; reader.hasNext(); i++) {
      if (reader.peek() != JsonToken.BEGIN_ARRAY) {
        wrong(path + "[" + i + "]", "expected a row like [1, 2] here, as in the rows before it");
        rows.clear();
        return skipRest();
      }
      Optional<List<String>> row = array(path + "[" + i + "]", false);
      if (row.isEmpty()) {
        rows.clear();
        return skipRest();
      }
      values.addAll(row.get());
      rows.add(row.get().size());
    }
    if (rows.size() > 1
        && (rows.stream().allMatch(size -> size == 1) || rows.stream().distinct().count() > 1)) {
      // A column written as lists ([[57], [8], [36]]) or ragged rows: refused, as this reader
      // always has.
      rows.clear();
      wrong(path + "[1]", LIST_OF_LISTS);
      return skipRest();
    }
    reader.endArray();
    if (rows.size() == 1) {
      rows.clear();
    }
    return Optional.of(values);
  }

  private Optional<String> element(String at) throws IOException {
    JsonToken token = reader.peek();
    if (token == JsonToken.NUMBER) {
      return Optional.of(reader.nextString());
    }
    if (token == JsonToken.STRING) {
      return Optional.of(
          Decorations.accounting(Decorations.latex(Clean.strip(reader.nextString()))));
    }
    wrong(
        at,
        token == JsonToken.BEGIN_ARRAY
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

  private static int sum(List<Integer> sizes) {
    return sizes.stream().mapToInt(Integer::intValue).sum();
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
