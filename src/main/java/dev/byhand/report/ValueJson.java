package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import dev.byhand.rubric.Vocabulary;
import java.io.IOException;

/**
 * Writes a network value as JSON: an integer as a JSON number, any other rational as a string
 * holding the exact fraction ({@code "1/3"}), a vector as a list, a matrix as a list of rows, a
 * token as its word, a tie as a list of them.
 */
final class ValueJson {
  private ValueJson() {}

  static void write(JsonWriter json, Value value, Vocabulary vocabulary) throws IOException {
    write(json, value, vocabulary, true);
  }

  /** An inexact value's entries are strings holding their 40-digit decimals ({@code "0.7310…"}). */
  static void write(JsonWriter json, Value value, Vocabulary vocabulary, boolean exact)
      throws IOException {
    if (value instanceof Value.Scalar s) {
      number(json, s.value(), exact);
    } else if (value instanceof Value.Vec v) {
      vector(json, v.value(), exact);
    } else if (value instanceof Value.Mat m) {
      json.jsonValue(
          m.value().rows().stream()
              .map(row -> row(row, exact))
              .collect(java.util.stream.Collectors.joining(", ", "[", "]")));
    } else {
      Value.Token token = (Value.Token) value;
      if (token.isTie()) {
        json.beginArray();
      }
      for (int id : token.ids()) {
        json.value(vocabulary.word(id));
      }
      if (token.isTie()) {
        json.endArray();
      }
    }
  }

  /**
   * A vector on one line, as a person reads it; built from exact numbers only, so raw output is
   * safe.
   */
  private static void vector(JsonWriter json, Vector vector, boolean exact) throws IOException {
    json.jsonValue(row(vector, exact));
  }

  private static String row(Vector vector, boolean exact) {
    return vector.entries().stream()
        .map(value -> text(value, exact))
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  /**
   * A number as JSON text: digits, or a string of digits, '-', '.', '/' and 'E' (nothing to
   * escape).
   */
  private static String text(Rational value, boolean exact) {
    if (value.isInteger()) {
      return value.toString();
    }
    return "\"" + (exact ? value.toString() : dev.byhand.network.Evaluation.decimal(value)) + "\"";
  }

  private static void number(JsonWriter json, Rational value, boolean exact) throws IOException {
    if (value.isInteger()) {
      json.value(value.numerator());
    } else if (!exact) {
      json.value(dev.byhand.network.Evaluation.decimal(value));
    } else {
      json.value(value.toString());
    }
  }
}
