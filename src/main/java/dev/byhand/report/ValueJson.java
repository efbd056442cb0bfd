package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import dev.byhand.network.Value;
import dev.byhand.rnn.Rational;
import dev.byhand.rnn.Vector;
import dev.byhand.rubric.Vocabulary;
import java.io.IOException;

/**
 * Writes a network value as JSON: an integer as a JSON number, any other rational as a string
 * holding the exact fraction ({@code "1/3"}), a vector as a list, a matrix as a list of rows, a
 * token as its word (or index without a vocabulary), a tie as a list of them.
 */
final class ValueJson {
  private ValueJson() {}

  static void write(JsonWriter json, Value value, Vocabulary vocabulary) throws IOException {
    if (value instanceof Value.Scalar s) {
      number(json, s.value());
    } else if (value instanceof Value.Vec v) {
      vector(json, v.value());
    } else if (value instanceof Value.Mat m) {
      json.jsonValue(m.value().rows().stream().map(ValueJson::row)
          .collect(java.util.stream.Collectors.joining(", ", "[", "]")));
    } else {
      Value.Token token = (Value.Token) value;
      if (token.isTie()) {
        json.beginArray();
      }
      for (int id : token.ids()) {
        if (vocabulary.size() == 0) {
          json.value(id);
        } else {
          json.value(vocabulary.word(id));
        }
      }
      if (token.isTie()) {
        json.endArray();
      }
    }
  }

  /** A vector on one line, as a person reads it; built from exact numbers only, so raw output is safe. */
  private static void vector(JsonWriter json, Vector vector) throws IOException {
    json.jsonValue(row(vector));
  }

  private static String row(Vector vector) {
    return vector.entries().stream().map(ValueJson::number)
        .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
  }

  private static String number(Rational value) {
    return value.isInteger() ? value.toString() : "\"" + value + "\"";
  }

  private static void number(JsonWriter json, Rational value) throws IOException {
    if (value.isInteger()) {
      json.value(value.numerator());
    } else {
      json.value(value.toString());
    }
  }
}
