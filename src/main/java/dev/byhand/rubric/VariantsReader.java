package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.byhand.exact.Rational;
import dev.byhand.network.Value;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads and validates a rubric's optional {@code variants} section. */
final class VariantsReader {
  private static final Set<String> FIELDS = Set.of("seed", "vary", "maxAbs");

  /** Ranges stay where by-hand arithmetic lives; it also keeps every draw inside a long. */
  private static final int LIMIT = 1_000_000;

  private static final int MAX_SEED = 200;

  private VariantsReader() {}

  /**
   * @param values the network's values, by the names equations use
   * @param builtIn whether the model is the handout's form, where {@code h0} is {@code hidden_0}
   */
  static Variants read(Fields section, Map<String, Value> values, boolean builtIn, String source) {
    section.allowOnly(FIELDS);
    String seed = section.string("seed");
    if (seed.length() > MAX_SEED) {
      throw section.error(
          "variants.seed has " + seed.length() + " characters; at most " + MAX_SEED);
    }
    JsonElement vary = section.require("vary");
    if (!vary.isJsonObject() || vary.getAsJsonObject().isEmpty()) {
      throw section.error(
          "variants.vary must name at least one value and its range, e.g."
              + " {\"W\": [-3, 3], \"U\": [-3, 3]}");
    }
    Map<String, Variants.Range> ranges = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : vary.getAsJsonObject().entrySet()) {
      String name = builtIn && entry.getKey().equals("h0") ? "hidden_0" : entry.getKey();
      String where = "variants.vary." + entry.getKey();
      if (!values.containsKey(name)) {
        throw section.error(
            where
                + ": \""
                + entry.getKey()
                + "\" is not a value of model; vary one of "
                + (builtIn ? "E, U, W, V, h0" : String.join(", ", values.keySet())));
      }
      ranges.put(name, range(section, where, entry.getValue()));
    }
    BigInteger maxAbs = section.has("maxAbs") ? maxAbs(section) : Variants.DEFAULT_MAX_ABS;
    return new Variants(seed, ranges, maxAbs, source);
  }

  private static Variants.Range range(Fields section, String where, JsonElement element) {
    if (!element.isJsonArray() || element.getAsJsonArray().size() != 2) {
      throw section.error(
          where + " must be a range of two whole numbers [low, high], e.g. [-3, 3]");
    }
    JsonArray pair = element.getAsJsonArray();
    int low = bound(section, where + "[0]", pair.get(0));
    int high = bound(section, where + "[1]", pair.get(1));
    if (low > high) {
      throw section.error(where + " is [" + low + ", " + high + "]: the low end comes first");
    }
    return new Variants.Range(low, high);
  }

  private static int bound(Fields section, String where, JsonElement element) {
    Rational value = section.number(where, element);
    if (!value.isInteger() || value.numerator().abs().compareTo(BigInteger.valueOf(LIMIT)) > 0) {
      throw section.error(
          where + " must be a whole number from -" + LIMIT + " to " + LIMIT + ", found " + value);
    }
    return value.numerator().intValueExact();
  }

  private static BigInteger maxAbs(Fields section) {
    Rational value = section.number("variants.maxAbs", section.require("maxAbs"));
    if (!value.isInteger() || value.signum() <= 0) {
      throw section.error("variants.maxAbs must be a whole number from 1, found " + value);
    }
    return value.numerator();
  }
}
