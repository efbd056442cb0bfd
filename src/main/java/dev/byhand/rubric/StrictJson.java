package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * Reads a JSON document into Gson's tree in {@link Strictness#STRICT} mode, refusing what Gson's
 * tree model would silently accept: duplicate keys (the last would win), trailing values, and
 * nesting deeper than {@link #MAX_DEPTH}. Numbers keep their literal text.
 */
final class StrictJson {
  static final int MAX_DEPTH = 32;

  private StrictJson() {}

  /**
   * @throws RubricException naming {@code source}, the line, column and path
   */
  static JsonElement parse(Reader reader, String source) {
    JsonReader json = new JsonReader(reader);
    json.setStrictness(Strictness.STRICT);
    try {
      JsonElement root = read(json, 0, source);
      if (json.peek() != JsonToken.END_DOCUMENT) {
        throw new RubricException(
            source + ": more than one JSON value" + where(json) + "; a rubric is one object { … }");
      }
      return root;
    } catch (MalformedJsonException | IllegalStateException e) {
      throw new RubricException(source + ": not valid JSON: " + e.getMessage(), e);
    } catch (java.io.EOFException e) {
      throw new RubricException(
          source + ": the JSON ends too early" + where(json) + "; check for a missing } or ]", e);
    } catch (IOException e) {
      throw new RubricException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static JsonElement read(JsonReader json, int depth, String source) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new RubricException(
          source + ": nested deeper than " + MAX_DEPTH + " levels" + where(json));
    }
    switch (json.peek()) {
      case BEGIN_OBJECT -> {
        JsonObject object = new JsonObject();
        json.beginObject();
        while (json.hasNext()) {
          String name = json.nextName();
          if (object.has(name)) {
            throw new RubricException(
                source + ": the key \"" + name + "\" appears twice" + where(json) + "; keep one");
          }
          object.add(name, read(json, depth + 1, source));
        }
        json.endObject();
        return object;
      }
      case BEGIN_ARRAY -> {
        JsonArray array = new JsonArray();
        json.beginArray();
        while (json.hasNext()) {
          array.add(read(json, depth + 1, source));
        }
        json.endArray();
        return array;
      }
      case STRING -> {
        return new JsonPrimitive(json.nextString());
      }
      case NUMBER -> {
        // STRICT mode guarantees JSON number syntax, which BigDecimal reads exactly.
        return new JsonPrimitive(new BigDecimal(json.nextString()));
      }
      case BOOLEAN -> {
        return new JsonPrimitive(json.nextBoolean());
      }
      case NULL -> {
        json.nextNull();
        return JsonNull.INSTANCE;
      }
      default -> throw new RubricException(source + ": unexpected " + json.peek() + where(json));
    }
  }

  private static String where(JsonReader json) {
    return " (" + json.getPath() + ")";
  }
}
