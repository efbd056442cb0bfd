package dev.byhand.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Evaluates an expression tree, looking names up through a function; a function that rounds marks
 * the {@link Exactness} it is given, and {@code argmax} gives a token only over a vector of {@code
 * words} entries (the vocabulary's size, 0 without one). Stateless.
 */
final class Evaluator {
  private Evaluator() {}

  static Value evaluate(
      Expr expr, Function<Expr.Ref, Value> names, Exactness exactness, int words) {
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
          b.op(),
          evaluate(b.left(), names, exactness, words),
          evaluate(b.right(), names, exactness, words));
    }
    if (expr instanceof Expr.Negate n) {
      return Ops.negate(evaluate(n.operand(), names, exactness, words));
    }
    if (expr instanceof Expr.Transpose t) {
      return Ops.transpose(evaluate(t.operand(), names, exactness, words));
    }
    if (expr instanceof Expr.Index i) {
      return Ops.index(
          evaluate(i.operand(), names, exactness, words),
          evaluate(i.index(), names, exactness, words));
    }
    if (expr instanceof Expr.Power p) {
      return Ops.power(evaluate(p.operand(), names, exactness, words), p.exponent());
    }
    if (expr instanceof Expr.Slice s) {
      List<Slicing.Cut> cuts = new ArrayList<>();
      for (Expr.Part part : s.parts()) {
        cuts.add(cut(part, names, exactness, words));
      }
      return Slicing.of(evaluate(s.operand(), names, exactness, words), cuts);
    }
    if (expr instanceof Expr.Table table) {
      return TableRun.evaluate(table, names, exactness, words, java.util.Optional.empty());
    }
    Expr.Call call = (Expr.Call) expr;
    List<Value> arguments =
        Functions.chooses(call.function())
            ? exactness.choosing(() -> arguments(call, names, exactness, words))
            : arguments(call, names, exactness, words);
    Map<String, Value> named = new LinkedHashMap<>();
    call.named().forEach((name, e) -> named.put(name, evaluate(e, names, exactness, words)));
    return Functions.apply(
        call.function(), new Functions.Arguments(arguments, named, exactness, words));
  }

  private static Slicing.Cut cut(
      Expr.Part part, Function<Expr.Ref, Value> names, Exactness exactness, int words) {
    if (part instanceof Expr.At at) {
      return Slicing.Cut.at(bound(at.index(), names, exactness, words));
    }
    Expr.Span span = (Expr.Span) part;
    return new Slicing.Cut(
        true,
        span.from().map(e -> bound(e, names, exactness, words)),
        span.to().map(e -> bound(e, names, exactness, words)));
  }

  private static int bound(
      Expr bound, Function<Expr.Ref, Value> names, Exactness exactness, int words) {
    return Ops.integer(evaluate(bound, names, exactness, words), "a slice bound");
  }

  private static List<Value> arguments(
      Expr.Call call, Function<Expr.Ref, Value> names, Exactness exactness, int words) {
    List<Value> arguments = new ArrayList<>(call.arguments().size());
    for (Expr argument : call.arguments()) {
      arguments.add(evaluate(argument, names, exactness, words));
    }
    return arguments;
  }
}
