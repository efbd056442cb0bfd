package dev.byhand.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Evaluates an expression tree, looking names up through a function; a function that rounds marks
 * the {@link Exactness} it is given. Stateless.
 */
final class Evaluator {
  private Evaluator() {}

  static Value evaluate(Expr expr, Function<Expr.Ref, Value> names, Exactness exactness) {
    if (expr instanceof Expr.Num n) {
      return new Value.Scalar(n.value());
    }
    if (expr instanceof Expr.Ref ref) {
      Value value = names.apply(ref);
      if (value == null) {
        throw new EquationException("no value for " + ref);
      }
      return value;
    }
    if (expr instanceof Expr.Binary b) {
      return Ops.binary(
          b.op(), evaluate(b.left(), names, exactness), evaluate(b.right(), names, exactness));
    }
    if (expr instanceof Expr.Negate n) {
      return Ops.negate(evaluate(n.operand(), names, exactness));
    }
    if (expr instanceof Expr.Transpose t) {
      return Ops.transpose(evaluate(t.operand(), names, exactness));
    }
    if (expr instanceof Expr.Index i) {
      return Ops.index(
          evaluate(i.operand(), names, exactness), evaluate(i.index(), names, exactness));
    }
    Expr.Call call = (Expr.Call) expr;
    List<Value> arguments = new ArrayList<>(call.arguments().size());
    for (Expr argument : call.arguments()) {
      arguments.add(evaluate(argument, names, exactness));
    }
    return Functions.apply(call.function(), arguments, exactness);
  }
}
