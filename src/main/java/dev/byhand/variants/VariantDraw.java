package dev.byhand.variants;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Value;
import dev.byhand.rubric.Variants;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The drawing procedure of docs/VARIANTS.md, step for step. Changing anything here changes every
 * student's numbers: the pinned variants in the tests are there to stop that. Stateless.
 */
final class VariantDraw {
  private VariantDraw() {}

  /**
   * The 64-bit seed of draw {@code attempt} for a normalised key: the first 8 bytes, big-endian, of
   * SHA-256(UTF-8(seed) ‖ 0x00 ‖ UTF-8(key) ‖ 0x00 ‖ attempt as 4 bytes big-endian).
   */
  static long seed(String seed, String normalisedKey, int attempt) {
    MessageDigest sha = sha256();
    sha.update(seed.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(normalisedKey.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(attempt).array());
    return ByteBuffer.wrap(sha.digest()).getLong();
  }

  /**
   * The values of one draw: each name of {@code vary} in ascending order, each entry row by row,
   * from {@code new SplittableRandom(seed)}; the shapes are the base values'.
   */
  static Map<String, Value> values(Variants variants, Map<String, Value> base, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Value> drawn = new LinkedHashMap<>();
    for (Map.Entry<String, Variants.Range> vary : variants.vary().entrySet()) {
      Variants.Range range = vary.getValue();
      drawn.put(vary.getKey(), draw(random, range, base.get(vary.getKey())));
    }
    return drawn;
  }

  private static Value draw(SplittableRandom random, Variants.Range range, Value shape) {
    if (shape instanceof Value.Mat m) {
      return new Value.Mat(matrix(random, range, m.value().rowCount(), m.value().columnCount()));
    }
    if (shape instanceof Value.Vec v) {
      return new Value.Vec(vector(random, range, v.value().size()));
    }
    return new Value.Scalar(integer(random, range));
  }

  private static Matrix matrix(
      SplittableRandom random, Variants.Range range, int rows, int columns) {
    List<Vector> drawn = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      drawn.add(vector(random, range, columns));
    }
    return new Matrix(drawn);
  }

  private static Vector vector(SplittableRandom random, Variants.Range range, int size) {
    List<Rational> entries = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      entries.add(integer(random, range));
    }
    return new Vector(entries);
  }

  /**
   * Uniform on the range by rejection, from {@code nextLong()} alone (SplitMix64, the same since
   * Java 8): {@code u = nextLong() >>> 1}; with {@code n} integers in the range, {@code u} is kept
   * when {@code u < n · floor((2^63 − 1) / n)}, and the entry is {@code low + u mod n}.
   */
  static Rational integer(SplittableRandom random, Variants.Range range) {
    long n = range.size();
    long limit = n * (Long.MAX_VALUE / n);
    long u = random.nextLong() >>> 1;
    while (u >= limit) {
      u = random.nextLong() >>> 1;
    }
    return Rational.of(range.low() + u % n);
  }

  /** 8 hex digits of SHA-256 over {@code name=value\n} for each drawn name in ascending order. */
  static String id(Map<String, Value> values) {
    MessageDigest sha = sha256();
    new java.util.TreeMap<>(values)
        .forEach(
            (name, value) ->
                sha.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
    return HexFormat.of().formatHex(sha.digest(), 0, 4);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
