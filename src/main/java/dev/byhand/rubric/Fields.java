package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.byhand.exact.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed access to one JSON object of a rubric, with the field path in every error message ({@code
 * questions[2].step}). Unknown fields are errors, so a misspelt field is never ignored.
 */
final class Fields {
  private static final Pattern FRACTION =
      Pattern.compile("\\s*(-?\\d{1,100})\\s*/\\s*(\\d{1,100})\\s*");
  private static final int MAX_SCALE = 1000;

  private final String source;
  private final String path;
  private final JsonObject object;

  private Fields(String source, String path, JsonObject object) {
    this.source = source;
    this.path = path;
    this.object = object;
  }

  static Fields of(String source, String path, JsonElement element) {
    if (!element.isJsonObject()) {
      throw new RubricException(source + ": " + nameOf(path) + " must be an object { … }");
    }
    return new Fields(source, path, element.getAsJsonObject());
  }

  /** The object at {@code path} in the same file. */
  Fields nested(String path, JsonElement element) {
    return of(source, path, element);
  }

  Fields allowOnly(Set<String> known) {
    for (String name : object.keySet()) {
      if (!known.contains(name)) {
        throw error(
            nameOf(path)
                + " has an unknown field \""
                + name
                + "\"; known fields are "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return this;
  }

  String path() {
    return path;
  }

  boolean has(String name) {
    return object.has(name);
  }

  String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  JsonElement require(String name) {
    JsonElement element = object.get(name);
    if (element == null || element.isJsonNull()) {
      throw error(child(name) + " is missing");
    }
    return element;
  }

  String string(String name) {
    JsonElement element = require(name);
    if (!element.isJsonPrimitive()
        || !element.getAsJsonPrimitive().isString()
        || element.getAsString().isBlank()) {
      throw error(child(name) + " must be a non-empty string");
    }
    return element.getAsString().strip();
  }

  /**
   * An optional enumerated value, e.g. {@code "credit": "per-entry"}; the message lists the
   * choices.
   */
  <T> T choice(
      String name,
      T fallback,
      java.util.function.Function<String, Optional<T>> parse,
      List<String> choices) {
    if (!has(name)) {
      return fallback;
    }
    String value = string(name);
    return parse
        .apply(value)
        .orElseThrow(
            () ->
                error(
                    child(name)
                        + " \""
                        + value
                        + "\" is not one of "
                        + String.join(", ", choices)));
  }

  boolean flag(String name) {
    if (!has(name)) {
      return false;
    }
    JsonElement element = require(name);
    if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isBoolean()) {
      throw error(child(name) + " must be true or false");
    }
    return element.getAsBoolean();
  }

  JsonArray array(String name) {
    JsonElement element = require(name);
    if (!element.isJsonArray()) {
      throw error(child(name) + " must be a list [ … ]");
    }
    return element.getAsJsonArray();
  }

  int positiveInt(String name) {
    Rational value = number(child(name), require(name));
    if (!value.isInteger() || value.signum() <= 0 || value.numerator().bitLength() > 31) {
      throw error(child(name) + " must be a whole number from 1, found " + value);
    }
    return value.numerator().intValueExact();
  }

  /** A JSON number, or a string holding a fraction such as {@code "1/2"}. */
  Rational number(String where, JsonElement element) {
    if (element.isJsonPrimitive()) {
      JsonPrimitive primitive = element.getAsJsonPrimitive();
      if (primitive.isNumber()) {
        BigDecimal value = primitive.getAsBigDecimal();
        if (Math.abs(value.scale()) > MAX_SCALE || value.precision() > MAX_SCALE) {
          throw error(where + " is too large or too precise (at most " + MAX_SCALE + " digits)");
        }
        return Rational.of(value);
      }
      if (primitive.isString()) {
        Matcher fraction = FRACTION.matcher(primitive.getAsString());
        if (fraction.matches() && !new BigInteger(fraction.group(2)).equals(BigInteger.ZERO)) {
          return new Rational(new BigInteger(fraction.group(1)), new BigInteger(fraction.group(2)));
        }
      }
    }
    throw error(
        where + " must be a number (or a fraction as a string, like \"1/2\"), found " + element);
  }

  List<Rational> numbers(String where, JsonElement element) {
    if (!element.isJsonArray() || element.getAsJsonArray().isEmpty()) {
      throw error(where + " must be a non-empty list of numbers [ … ]");
    }
    List<Rational> values = new ArrayList<>();
    JsonArray array = element.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      values.add(number(where + "[" + i + "]", array.get(i)));
    }
    return values;
  }

  RubricException error(String message) {
    return new RubricException(source + ": " + message);
  }

  private static String nameOf(String path) {
    return path.isEmpty() ? "the rubric" : path;
  }
}
