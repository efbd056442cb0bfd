package dev.byhand.network;

import dev.byhand.exact.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The local mutation operators: every place in an expression where one small change applies, with
 * the whole expression as it reads after that change. Stateless.
 */
final class Rewrites {
  /** Functions a student may forget, or add where they do not belong. */
  static final Set<String> ACTIVATIONS = Set.of("relu", "step");

  /** A reduction along an axis and the one a student may take instead (Viterbi vs forward). */
  private static final java.util.Map<String, String> SWAPPED =
      java.util.Map.of("max", "sum", "sum", "max");

  /**
   * One change: its operator, its symbol (empty: the equation's own quantity names it), the whole
   * changed expression and how it differs, as a phrase ({@code without + b1}).
   */
  record Site(String operator, String symbol, Expr whole, String change) {}

  private final Network network;
  private final List<Site> sites = new ArrayList<>();

  private Rewrites(Network network) {
    this.network = network;
  }

  static List<Site> of(Expr root, Network network) {
    Rewrites rewrites = new Rewrites(network);
    rewrites.walk(root, e -> e);
    return rewrites.sites;
  }

  /** {@code expr} with every node replaced bottom-up by {@code change}. */
  static Expr map(Expr expr, UnaryOperator<Expr> change) {
    Expr mapped = expr;
    if (expr instanceof Expr.Binary b) {
      mapped = new Expr.Binary(b.op(), map(b.left(), change), map(b.right(), change));
    } else if (expr instanceof Expr.Negate n) {
      mapped = new Expr.Negate(map(n.operand(), change));
    } else if (expr instanceof Expr.Transpose t) {
      mapped = new Expr.Transpose(map(t.operand(), change));
    } else if (expr instanceof Expr.Index i) {
      mapped = new Expr.Index(map(i.operand(), change), map(i.index(), change));
    } else if (expr instanceof Expr.Power p) {
      mapped = new Expr.Power(map(p.operand(), change), p.exponent());
    } else if (expr instanceof Expr.Slice s) {
      mapped = s.map(map(s.operand(), change), b -> map(b, change));
    } else if (expr instanceof Expr.Call c) {
      mapped = c.withArguments(c.arguments().stream().map(a -> map(a, change)).toList());
    } else if (expr instanceof Expr.Table t) {
      mapped = t.withGeneral(map(t.general(), change));
    }
    return change.apply(mapped);
  }

  static String compact(Expr expr) {
    return expr.toString().replace(" ", "");
  }

  private void walk(Expr e, UnaryOperator<Expr> rebuild) {
    local(e, rebuild);
    if (e instanceof Expr.Binary b) {
      walk(b.left(), x -> rebuild.apply(new Expr.Binary(b.op(), x, b.right())));
      walk(b.right(), x -> rebuild.apply(new Expr.Binary(b.op(), b.left(), x)));
    } else if (e instanceof Expr.Negate n) {
      walk(n.operand(), x -> rebuild.apply(new Expr.Negate(x)));
    } else if (e instanceof Expr.Transpose t && !(t.operand() instanceof Expr.Ref)) {
      walk(t.operand(), x -> rebuild.apply(new Expr.Transpose(x)));
    } else if (e instanceof Expr.Index i) {
      walk(i.operand(), x -> rebuild.apply(new Expr.Index(x, i.index())));
    } else if (e instanceof Expr.Power p) {
      walk(p.operand(), x -> rebuild.apply(new Expr.Power(x, p.exponent())));
    } else if (e instanceof Expr.Slice s) {
      walk(s.operand(), x -> rebuild.apply(s.map(x, b -> b)));
    } else if (e instanceof Expr.Table t) {
      // Only the general rule: a mistake in a table's edges is rarely made by hand. A cost taken
      // as 1 comes first: it names the mistake better than a dropped factor giving the same.
      unitCosts(t, rebuild);
      walk(t.general(), x -> rebuild.apply(t.withGeneral(x)));
    } else if (e instanceof Expr.Call c) {
      for (int k = 0; k < c.arguments().size(); k++) {
        int at = k;
        walk(
            c.arguments().get(k),
            x -> {
              List<Expr> arguments = new ArrayList<>(c.arguments());
              arguments.set(at, x);
              return rebuild.apply(c.withArguments(arguments));
            });
      }
    }
  }

  private void local(Expr e, UnaryOperator<Expr> rebuild) {
    if (e instanceof Expr.Call c) {
      call(c, rebuild);
    } else if (e instanceof Expr.Binary b) {
      binary(b, rebuild);
    } else if (e instanceof Expr.Transpose t && t.operand() instanceof Expr.Ref r) {
      add("transposed", r.name(), rebuild.apply(r), "with " + r + " not transposed");
    } else if (e instanceof Expr.Index i && i.operand() instanceof Expr.Ref r) {
      for (int delta : new int[] {1, -1}) {
        Expr row = new Expr.Binary(delta > 0 ? '+' : '-', i.index(), new Expr.Num(Rational.ONE));
        add(
            "neighbour-row",
            r.name() + (delta > 0 ? "+1" : "-1"),
            rebuild.apply(new Expr.Index(r, row)),
            "reading row " + row + " of " + r + " instead of row " + i.index());
      }
    } else if (e instanceof Expr.Ref r) {
      ref(r, rebuild);
    }
  }

  /**
   * {@code unit-cost}: a cost of a table's general rule other than 0 and 1, written as a number or
   * given as a value, taken as 1 wherever the rule uses it (a substitution costing 1 where the rule
   * says 2).
   */
  private void unitCosts(Expr.Table table, UnaryOperator<Expr> rebuild) {
    java.util.Set<Expr> costs = new java.util.LinkedHashSet<>();
    map(
        table.general(),
        e -> {
          if (cost(e)
              .filter(c -> !c.equals(Rational.ZERO) && !c.equals(Rational.ONE))
              .isPresent()) {
            costs.add(e);
          }
          return e;
        });
    for (Expr cost : costs) {
      Expr changed = map(table.general(), e -> e.equals(cost) ? new Expr.Num(Rational.ONE) : e);
      add(
          "unit-cost",
          cost.toString(),
          rebuild.apply(table.withGeneral(changed)),
          "with a cost of 1 in place of "
              + (cost instanceof Expr.Num ? cost : cost + " (" + cost(cost).orElseThrow() + ")"));
    }
  }

  /** A number written in the rule, or the value of a name given as one number. */
  private java.util.Optional<Rational> cost(Expr e) {
    if (e instanceof Expr.Num n) {
      return java.util.Optional.of(n.value());
    }
    if (e instanceof Expr.Ref r
        && r.time() == Expr.Time.NONE
        && network.values().get(r.name()) instanceof Value.Scalar s) {
      return java.util.Optional.of(s.value());
    }
    return java.util.Optional.empty();
  }

  private void call(Expr.Call c, UnaryOperator<Expr> rebuild) {
    layers(c, rebuild);
    axes(c, rebuild);
    if (c.arguments().size() != 1) {
      return;
    }
    Expr argument = c.arguments().get(0);
    if (c.function().equals("argmax")) {
      add(
          "argmin",
          "",
          rebuild.apply(c.renamed("argmin")),
          "taking the smallest entry instead of the largest");
    } else if (c.named().containsKey("axis") && SWAPPED.containsKey(c.function())) {
      // Along an axis, a max over predecessors and a sum over them are the one step of Viterbi
      // and of the forward algorithm: the other one is the likely slip.
      String other = SWAPPED.get(c.function());
      add(
          other + "-for-" + c.function(),
          "",
          rebuild.apply(c.renamed(other)),
          "taking the " + other + " along the axis instead of the " + c.function());
    }
    if (!c.function().startsWith("arg")) {
      // Any function may be forgotten: relu, sigmoid, softmax, the sqrt of a scale. One that
      // changes the shape (sum, max) gives no answer of the right shape and is dropped later.
      add("no-" + c.function(), "", rebuild.apply(argument), "without " + c.function());
    }
    if (Functions.chooses(c.function())) {
      // An index counted from 1; over the vocabulary argmax is a token, and + 1 does not compute.
      add(
          "one-based",
          "",
          rebuild.apply(new Expr.Binary('+', c, new Expr.Num(Rational.ONE))),
          "counting positions from 1 instead of 0");
    }
  }

  /** The mistakes of convolution and pooling: a flipped kernel, a window moved one at a time. */
  private void layers(Expr.Call c, UnaryOperator<Expr> rebuild) {
    if (c.function().equals("conv")) {
      Expr kernel = c.arguments().get(1);
      add(
          "flipped-kernel",
          compact(kernel),
          rebuild.apply(
              c.withArguments(
                  List.of(c.arguments().get(0), new Expr.Call("flip", List.of(kernel))))),
          "with the kernel " + kernel + " flipped, as true convolution does");
    } else if ((c.function().equals("maxpool") || c.function().equals("avgpool"))
        && !c.named().containsKey("stride")) {
      add(
          "pool-stride",
          "",
          rebuild.apply(named(c, "stride", Rational.ONE)),
          "moving the window one entry at a time instead of "
              + c.arguments().get(1)
              + ", its size");
    }
  }

  /**
   * The other axis ({@code axis=0} for {@code axis=1} and back; {@code axis=0} for a softmax over
   * rows), and the sample variance ({@code ddof=1}) for the population's.
   */
  private void axes(Expr.Call c, UnaryOperator<Expr> rebuild) {
    Expr axis = c.named().get("axis");
    if (axis instanceof Expr.Num n) {
      Rational other = Rational.ONE.subtract(n.value());
      add(
          "wrong-axis",
          c.function(),
          rebuild.apply(named(c, "axis", other)),
          "along axis=" + other + " instead of axis=" + n);
    } else if (axis == null && c.function().equals("softmax")) {
      add(
          "wrong-axis",
          c.function(),
          rebuild.apply(named(c, "axis", Rational.ZERO)),
          "down each column (axis=0) instead of across each row");
    }
    if ((c.function().equals("var") || c.function().equals("std"))
        && !c.named().containsKey("ddof")) {
      add(
          "sample-variance",
          "",
          rebuild.apply(named(c, "ddof", Rational.ONE)),
          "dividing by n − 1 instead of n");
    }
  }

  /** The call with the named argument {@code name} set to {@code value}, the others kept. */
  private static Expr.Call named(Expr.Call c, String name, Rational value) {
    java.util.Map<String, Expr> named = new java.util.LinkedHashMap<>(c.named());
    named.put(name, new Expr.Num(value));
    return new Expr.Call(c.function(), c.arguments(), named);
  }

  private void binary(Expr.Binary b, UnaryOperator<Expr> rebuild) {
    String left = compact(b.left());
    String right = compact(b.right());
    switch (b.op()) {
      case '+' -> {
        add("dropped-term", right, rebuild.apply(b.left()), "without + " + b.right());
        add("dropped-term", left, rebuild.apply(b.right()), "without " + b.left() + " +");
        add(
            "sign",
            right,
            rebuild.apply(new Expr.Binary('-', b.left(), b.right())),
            "subtracting " + b.right() + " instead of adding it");
      }
      case '-' -> {
        add("dropped-term", right, rebuild.apply(b.left()), "without - " + b.right());
        add(
            "sign",
            right,
            rebuild.apply(new Expr.Binary('-', b.right(), b.left())),
            "with the subtraction the wrong way round");
      }
      case '*' -> {
        add("dropped-factor", left, rebuild.apply(b.right()), "without " + b.left() + " *");
        add("dropped-factor", right, rebuild.apply(b.left()), "without * " + b.right());
      }
      case '/' -> add("dropped-factor", right, rebuild.apply(b.left()), "without / " + b.right());
      default -> {}
    }
  }

  private void ref(Expr.Ref r, UnaryOperator<Expr> rebuild) {
    if (r.time() == Expr.Time.NONE && network.values().get(r.name()) instanceof Value.Mat) {
      add(
          "transposed",
          r.name(),
          rebuild.apply(new Expr.Transpose(r)),
          "with " + r + " transposed");
    } else if (r.time() == Expr.Time.PREVIOUS) {
      Expr.Ref now = new Expr.Ref(r.name(), Expr.Time.CURRENT);
      add("wrong-step", r.name(), rebuild.apply(now), "reading " + now + " instead of " + r);
    } else if (r.time() == Expr.Time.CURRENT && !r.isToken() && network.isPerStep(r.name())) {
      Expr.Ref before = new Expr.Ref(r.name(), Expr.Time.PREVIOUS);
      add("wrong-step", r.name(), rebuild.apply(before), "reading " + before + " instead of " + r);
    }
  }

  private void add(String operator, String symbol, Expr whole, String change) {
    sites.add(new Site(operator, symbol, whole, change));
  }
}
