package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * softmax over a vector (a matrix row by row, as numpy's {@code softmax(axis=-1)}): e^(v_i - max v)
 * over their sum. Exact only when every entry is equal (each weight is 1/n).
 */
final class Softmax {
  /** Beyond this distance below the largest entry, e^(v_i - max v) is below 10^-4343: zero. */
  private static final BigDecimal FLOOR = BigDecimal.valueOf(-10_000);

  private Softmax() {}

  static Value of(Value value, Exactness exactness) {
    Value number = Ops.number(value, "take the softmax of");
    if (number instanceof Value.Scalar) {
      return new Value.Scalar(Rational.ONE);
    }
    if (number instanceof Value.Vec v) {
      return new Value.Vec(row(v.value(), exactness));
    }
    List<Vector> rows = new ArrayList<>();
    for (Vector row : ((Value.Mat) number).value().rows()) {
      rows.add(row(row, exactness));
    }
    return new Value.Mat(new Matrix(rows));
  }

  private static Vector row(Vector v, Exactness exactness) {
    Rational max = v.entries().stream().reduce(Rational::max).orElseThrow();
    if (v.entries().stream().allMatch(max::equals)) {
      return v.map(x -> Rational.of(1, v.size()));
    }
    exactness.lose();
    List<BigDecimal> powers = new ArrayList<>(v.size());
    BigDecimal sum = BigDecimal.ZERO;
    for (Rational x : v.entries()) {
      BigDecimal shifted = Precision.decimal(x.subtract(max));
      BigDecimal power =
          shifted.compareTo(FLOOR) < 0 ? BigDecimal.ZERO : Transcendentals.exp(shifted);
      powers.add(power);
      sum = sum.add(power, Precision.WORK);
    }
    List<Rational> weights = new ArrayList<>(v.size());
    for (BigDecimal power : powers) {
      weights.add(Precision.working(power.divide(sum, Precision.WORK)));
    }
    return new Vector(weights);
  }
}
