package dev.byhand.network;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Evaluates an expression tree, looking names up through a function. Stateless. */
final class Evaluator {
  private Evaluator() {}

  static Value evaluate(Expr expr, Function<Expr.Ref, Value> names) {
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
      return Ops.binary(b.op(), evaluate(b.left(), names), evaluate(b.right(), names));
    }
    if (expr instanceof Expr.Negate n) {
      return Ops.negate(evaluate(n.operand(), names));
    }
    if (expr instanceof Expr.Transpose t) {
      return Ops.transpose(evaluate(t.operand(), names));
    }
    if (expr instanceof Expr.Index i) {
      return Ops.index(evaluate(i.operand(), names), evaluate(i.index(), names));
    }
    Expr.Call call = (Expr.Call) expr;
    List<Value> arguments = new ArrayList<>(call.arguments().size());
    for (Expr argument : call.arguments()) {
      arguments.add(evaluate(argument, names));
    }
    return Functions.apply(call.function(), arguments);
  }
}
