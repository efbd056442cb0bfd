package dev.byhand.submission;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text a Jupyter notebook ({@code .ipynb}) shows, in order: its markdown cells and what its
 * code cells printed (streams and plain-text results), never the code itself. Each line keeps the
 * cell it came from ({@code $.cells[3].source}), so an answer read from it says where it is.
 *
 * @param text the shown text, one line per line of the cells
 * @param places for each line of {@code text}, the JSON path of the cell part it came from
 * @param code for each line of {@code text}, the code of the cell that printed it; empty for a
 *     markdown line
 */
record Notebook(String text, List<String> places, List<String> code) {
  Notebook {
    places = List.copyOf(places);
    code = List.copyOf(code);
  }

  /** The notebook {@code json} is, or empty when it is not a notebook. */
  static Optional<Notebook> of(String json) {
    if (json.indexOf("\"nbformat\"") < 0 || json.indexOf("\"cells\"") < 0) {
      return Optional.empty();
    }
    JsonElement root;
    try {
      root = JsonParser.parseString(json);
    } catch (JsonParseException | IllegalStateException e) {
      return Optional.empty();
    }
    if (!root.isJsonObject()
        || !root.getAsJsonObject().has("nbformat")
        || !(root.getAsJsonObject().get("cells") instanceof JsonArray cells)) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    List<String> places = new ArrayList<>();
    List<String> code = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!(cells.get(i) instanceof JsonObject cell)) {
        continue;
      }
      String type = string(cell.get("cell_type"));
      if (!type.equals("code")) {
        add(text, places, string(cell.get("source")), "$.cells[" + i + "].source");
      } else if (cell.get("outputs") instanceof JsonArray outputs) {
        for (int j = 0; j < outputs.size(); j++) {
          if (outputs.get(j) instanceof JsonObject output) {
            add(text, places, shown(output), "$.cells[" + i + "].outputs[" + j + "]");
          }
        }
      }
      String source = type.equals("code") ? string(cell.get("source")) : "";
      while (code.size() < places.size()) {
        code.add(source);
      }
    }
    return Optional.of(new Notebook(text.toString(), places, code));
  }

  /** What an output shows as text: a stream's text, or a result's {@code text/plain}. */
  private static String shown(JsonObject output) {
    if (output.has("text")) {
      return string(output.get("text"));
    }
    return output.get("data") instanceof JsonObject data ? string(data.get("text/plain")) : "";
  }

  /** A notebook string: one string, or a list of lines; empty for anything else. */
  private static String string(JsonElement element) {
    if (element == null || element.isJsonNull()) {
      return "";
    }
    if (element.isJsonPrimitive()) {
      return element.getAsString();
    }
    if (!element.isJsonArray()) {
      return "";
    }
    StringBuilder joined = new StringBuilder();
    for (JsonElement part : element.getAsJsonArray()) {
      if (part.isJsonPrimitive()) {
        joined.append(part.getAsString());
      }
    }
    return joined.toString();
  }

  /** Adds a cell part's lines and a blank line after it, each line with its place. */
  private static void add(StringBuilder text, List<String> places, String part, String place) {
    if (Clean.isBlank(part)) {
      return;
    }
    for (String line : part.split("\r\n|\r|\n", -1)) {
      text.append(line).append('\n');
      places.add(place);
    }
    text.append('\n');
    places.add(place);
  }

  /** Where line {@code line} (from 1) of {@link #text} is in the notebook, with its text. */
  Location place(Location read) {
    int line = read.line().orElse(0);
    String path = line >= 1 && line <= places.size() ? places.get(line - 1) : "$.cells";
    return Location.ofPath(read.file(), path).withText(read.text());
  }
}
