package dev.byhand.submission;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * pandas' {@code to_json(orient="split")} as a table: {@code {"columns": ["hidden", …], "index":
 * ["after BOS", …], "data": [[[5, 4, 0], …], …]}} is a header of the columns (after the index's
 * unnamed column) over one row per index label, read by {@link CsvTable} as any table is; each
 * answer's source is its row's JSON path ({@code $.data[0]}).
 */
final class JsonTable {
  private JsonTable() {}

  /** Reads {@code json} when it is a split table {@link CsvTable} reads; false otherwise. */
  static boolean read(String json, AnswerSink sink) {
    List<String> columns = null;
    List<String> index = null;
    List<List<String>> data = null;
    try (JsonReader reader = new JsonReader(new StringReader(json))) {
      reader.setStrictness(Strictness.STRICT);
      reader.setNestingLimit(Limits.MAX_DEPTH + 1);
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        return false;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (name.equals("columns") && reader.peek() == JsonToken.BEGIN_ARRAY) {
          columns = texts(reader);
        } else if (name.equals("index") && reader.peek() == JsonToken.BEGIN_ARRAY) {
          index = texts(reader);
        } else if (name.equals("data") && reader.peek() == JsonToken.BEGIN_ARRAY) {
          data = new ArrayList<>();
          reader.beginArray();
          while (reader.hasNext() && reader.peek() == JsonToken.BEGIN_ARRAY) {
            data.add(texts(reader));
          }
          if (reader.hasNext()) {
            return false;
          }
          reader.endArray();
        } else {
          return false;
        }
      }
      reader.endObject();
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        return false;
      }
    } catch (IOException | IllegalStateException | NumberFormatException e) {
      return false; // not a split table: the JSON reader reads it, and explains what is wrong
    }
    if (columns == null || data == null || index != null && index.size() != data.size()) {
      return false;
    }
    List<CsvTable.Row> table = new ArrayList<>();
    List<String> header = new ArrayList<>();
    if (index != null) {
      header.add("");
    }
    header.addAll(columns);
    table.add(new CsvTable.Row(Location.ofPath(sink.fileName(), "$.columns"), header));
    for (int r = 0; r < data.size() && r < Limits.MAX_ROWS; r++) {
      List<String> cells = new ArrayList<>();
      if (index != null) {
        cells.add(index.get(r));
      }
      cells.addAll(data.get(r));
      table.add(new CsvTable.Row(Location.ofPath(sink.fileName(), "$.data[" + r + "]"), cells));
    }
    return CsvTable.read(table, sink, new CsvRows(sink, ',')) > 0;
  }

  /** The texts of an array's values: a string as it is, a number as written, an array in [ ]. */
  private static List<String> texts(JsonReader reader) throws IOException {
    List<String> texts = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      texts.add(text(reader));
    }
    reader.endArray();
    return texts;
  }

  private static String text(JsonReader reader) throws IOException {
    return switch (reader.peek()) {
      case BEGIN_ARRAY -> "[" + String.join(", ", texts(reader)) + "]";
      case STRING, NUMBER -> reader.nextString();
      case BOOLEAN -> String.valueOf(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        yield "";
      }
      default -> throw new IllegalStateException("not a table's cell");
    };
  }
}
