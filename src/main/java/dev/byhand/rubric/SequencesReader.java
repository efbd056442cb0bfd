package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.byhand.network.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the rubric's {@code "sequences"}, the sequences its tables run over: {@code {"s":
 * "intention", "u": "execution"}}, a string being its characters and a list of strings its words.
 * The first runs down a table's rows, the second along its columns.
 */
final class SequencesReader {
  /** A table by hand has a few dozen cells; 100 symbols a side is already far past that. */
  static final int MAX_SYMBOLS = 100;

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,31}");

  private SequencesReader() {}

  static List<Sequence> read(Fields top) {
    if (!top.has("sequences")) {
      return List.of();
    }
    JsonElement element = top.require("sequences");
    if (!element.isJsonObject()) {
      throw top.error(
          "sequences must be an object of named sequences, e.g. {\"s\": \"intention\", \"u\":"
              + " \"execution\"}");
    }
    List<Sequence> sequences = new ArrayList<>();
    for (Map.Entry<String, JsonElement> entry : ((JsonObject) element).entrySet()) {
      String where = "sequences." + entry.getKey();
      if (!NAME.matcher(entry.getKey()).matches()) {
        throw top.error(
            where + ": a sequence's name is letters and digits, starting with a letter (s, u)");
      }
      sequences.add(new Sequence(entry.getKey(), symbols(top, where, entry.getValue())));
    }
    return sequences;
  }

  private static List<String> symbols(Fields top, String where, JsonElement value) {
    List<String> symbols = new ArrayList<>();
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      String text = value.getAsString();
      for (int k = 0; k < text.length(); k += Character.charCount(text.codePointAt(k))) {
        symbols.add(text.substring(k, k + Character.charCount(text.codePointAt(k))));
      }
    } else if (value.isJsonArray()) {
      JsonArray words = value.getAsJsonArray();
      for (int k = 0; k < words.size(); k++) {
        JsonElement word = words.get(k);
        if (!word.isJsonPrimitive()
            || !word.getAsJsonPrimitive().isString()
            || word.getAsString().isEmpty()) {
          throw top.error(where + "[" + k + "] must be a word in quotes");
        }
        symbols.add(word.getAsString());
      }
    } else {
      throw top.error(
          where + " must be a string (its letters) or a list of words, e.g. \"intention\"");
    }
    if (symbols.isEmpty() || symbols.size() > MAX_SYMBOLS) {
      throw top.error(where + " must have 1 to " + MAX_SYMBOLS + " symbols");
    }
    return symbols;
  }
}
