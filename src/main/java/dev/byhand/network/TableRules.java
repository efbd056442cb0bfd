package dev.byhand.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers a table's rules ({@code D_{0,j} = …}, {@code D_{i,0} = …}, {@code D_{0,0} = …}, {@code
 * D_{i,j} = …}) into one equation for {@code D} whose expression is an {@link Expr.Table}, and
 * refuses, in one sentence each, what cannot work: a missing rule, no sequences, a letter used as a
 * number, a name that clashes. Stateless.
 */
final class TableRules {
  private TableRules() {}

  /** A cell's subscripts as written: the row ({@code i}, {@code i-1}, {@code 0}), the column. */
  record Cell(String table, String row, String column) {
    @Override
    public String toString() {
      return table + "_{" + row + "," + column + "}";
    }
  }

  /** Whether {@code inside} (spaces removed) is a cell's subscripts, as in {@code D_{i-1,j}}. */
  static boolean isCellSubscript(String inside) {
    int comma = inside.indexOf(',');
    return comma > 0
        && List.of("i", "i-1", "0").contains(inside.substring(0, comma))
        && List.of("j", "j-1", "0").contains(inside.substring(comma + 1));
  }

  /** The cell a name such as {@code D_{i-1,j}} refers to. */
  static Optional<Cell> cell(String name) {
    int open = name.indexOf("_{");
    if (open < 1 || !name.endsWith("}")) {
      return Optional.empty();
    }
    String inside = name.substring(open + 2, name.length() - 1);
    if (!isCellSubscript(inside)) {
      return Optional.empty();
    }
    int comma = inside.indexOf(',');
    return Optional.of(
        new Cell(name.substring(0, open), inside.substring(0, comma), inside.substring(comma + 1)));
  }

  /** Whether a rule of {@code table} resolves {@code ref} itself (a cell, a symbol, i or j). */
  static boolean isOwn(Expr.Table table, Expr.Ref ref) {
    String name = ref.name();
    return name.equals("i")
        || name.equals("j")
        || name.equals(table.rows().name() + "_i")
        || name.equals(table.columns().name() + "_j")
        || cell(name).filter(c -> c.table().equals(table.name())).isPresent();
  }

  /**
   * The equations with every table's rules gathered into one equation named after the table, in the
   * place of its general rule.
   *
   * @throws EquationException naming the rule and the fix
   */
  static List<Equation> gather(
      List<Equation> parsed, List<Sequence> sequences, Map<String, Value> values) {
    Map<String, Map<String, Equation>> rules = new LinkedHashMap<>();
    for (Equation equation : parsed) {
      Optional<Cell> cell = cell(equation.name());
      if (cell.isPresent()) {
        String kind = kind(equation, cell.get());
        Equation before =
            rules
                .computeIfAbsent(cell.get().table(), t -> new LinkedHashMap<>())
                .put(kind, equation);
        if (before != null) {
          throw error(equation, cell.get() + " is defined twice; keep one rule for it");
        }
      }
    }
    if (rules.isEmpty()) {
      if (!sequences.isEmpty()) {
        throw new EquationException(
            "sequences are given but no equation is a table; write its rules as D_{0,j} = …,"
                + " D_{i,0} = … and D_{i,j} = …, or drop \"sequences\"");
      }
      return parsed;
    }
    List<Equation> gathered = new ArrayList<>();
    for (Equation equation : parsed) {
      Optional<Cell> cell = cell(equation.name());
      if (cell.isEmpty()) {
        refuseCellsOutside(equation, rules);
        gathered.add(equation);
      } else if (kind(equation, cell.get()).equals("i,j")) {
        gathered.add(table(cell.get().table(), rules.get(cell.get().table()), sequences, values));
      }
    }
    for (Map.Entry<String, Map<String, Equation>> table : rules.entrySet()) {
      if (!table.getValue().containsKey("i,j")) {
        Equation any = table.getValue().values().iterator().next();
        throw error(
            any,
            table.getKey()
                + " has rules for its edges but no general rule; add "
                + table.getKey()
                + "_{i,j} = …, reading "
                + table.getKey()
                + "_{i-1,j}, "
                + table.getKey()
                + "_{i,j-1} or "
                + table.getKey()
                + "_{i-1,j-1}");
      }
    }
    return gathered;
  }

  private static String kind(Equation equation, Cell cell) {
    String kind = cell.row() + "," + cell.column();
    if (!List.of("i,j", "0,j", "i,0", "0,0").contains(kind)) {
      throw error(
          equation,
          "a table's rule is written for "
              + cell.table()
              + "_{i,j}, "
              + cell.table()
              + "_{0,j}, "
              + cell.table()
              + "_{i,0} or "
              + cell.table()
              + "_{0,0}, not "
              + cell);
    }
    return kind;
  }

  private static Equation table(
      String name,
      Map<String, Equation> rules,
      List<Sequence> sequences,
      Map<String, Value> values) {
    Equation general = rules.get("i,j");
    if (sequences.size() != 2) {
      throw error(
          general,
          name
              + " is a table over two sequences; add \"sequences\": {\"s\": \"intention\", \"u\":"
              + " \"execution\"} beside \"sentence\" (rows follow the first, columns the second)");
    }
    for (String edge : List.of("0,j", "i,0")) {
      if (!rules.containsKey(edge)) {
        throw error(
            general,
            name
                + " needs the rule of its "
                + (edge.equals("0,j") ? "first row" : "first column")
                + ": add "
                + name
                + "_{"
                + edge
                + "} = …");
      }
    }
    Sequence rows = sequences.get(0);
    Sequence columns = sequences.get(1);
    for (String taken : List.of("i", "j", rows.name(), columns.name())) {
      if (values.containsKey(taken)) {
        throw error(
            general,
            "\""
                + taken
                + "\" is "
                + (taken.equals("i") || taken.equals("j") ? "a cell's position" : "a sequence")
                + " in the table's rules and also a value; rename the value");
      }
    }
    for (Equation rule : rules.values()) {
      checkSymbols(rule, rule.expression(), rows, columns, false);
    }
    return new Equation(
        name,
        false,
        new Expr.Table(
            name,
            rows,
            columns,
            rules.get("0,j").expression(),
            rules.get("i,0").expression(),
            Optional.ofNullable(rules.get("0,0")).map(Equation::expression),
            general.expression()),
        general.text());
  }

  /** A symbol ({@code s_i}) is no number: it may only be compared with {@code ==} or {@code !=}. */
  private static void checkSymbols(
      Equation rule, Expr expr, Sequence rows, Sequence columns, boolean compared) {
    if (expr instanceof Expr.Ref ref) {
      String name = ref.name();
      if (name.equals(rows.name() + "_j") || name.equals(columns.name() + "_i")) {
        throw error(
            rule,
            name
                + ": "
                + rows.name()
                + " runs down the rows (write "
                + rows.name()
                + "_i) and "
                + columns.name()
                + " along the columns (write "
                + columns.name()
                + "_j)");
      }
      if (name.equals(rows.name()) || name.equals(columns.name())) {
        throw error(
            rule, name + " is a sequence; write " + name + "_i or " + name + "_j for one symbol");
      }
      if (isSymbol(ref, rows, columns) && !compared) {
        throw error(
            rule,
            name
                + " is a symbol, not a number: compare it with == or != ("
                + rows.name()
                + "_i == "
                + columns.name()
                + "_j is 1 where they are equal, else 0)");
      }
      return;
    }
    boolean symbols =
        expr instanceof Expr.Binary b
            && (b.op() == '=' || b.op() == '!')
            && isSymbol(b.left(), rows, columns)
            && isSymbol(b.right(), rows, columns);
    for (Expr child : children(expr)) {
      checkSymbols(rule, child, rows, columns, symbols);
    }
  }

  private static boolean isSymbol(Expr expr, Sequence rows, Sequence columns) {
    return expr instanceof Expr.Ref ref
        && (ref.name().equals(rows.name() + "_i") || ref.name().equals(columns.name() + "_j"));
  }

  private static List<Expr> children(Expr expr) {
    if (expr instanceof Expr.Binary b) {
      return List.of(b.left(), b.right());
    }
    if (expr instanceof Expr.Negate n) {
      return List.of(n.operand());
    }
    if (expr instanceof Expr.Transpose t) {
      return List.of(t.operand());
    }
    if (expr instanceof Expr.Power p) {
      return List.of(p.operand());
    }
    if (expr instanceof Expr.Index i) {
      return List.of(i.operand(), i.index());
    }
    if (expr instanceof Expr.Slice s) {
      List<Expr> all = new ArrayList<>(List.of(s.operand()));
      all.addAll(s.bounds());
      return all;
    }
    if (expr instanceof Expr.Call c) {
      List<Expr> all = new ArrayList<>(c.arguments());
      all.addAll(c.named().values());
      return all;
    }
    return List.of();
  }

  /** Outside its rules a table is a matrix: its cells are not names there. */
  private static void refuseCellsOutside(
      Equation equation, Map<String, Map<String, Equation>> tables) {
    for (Expr.Ref ref : equation.refs()) {
      Optional<Cell> cell = cell(ref.name());
      if (cell.isPresent() && tables.containsKey(cell.get().table())) {
        String table = cell.get().table();
        throw error(
            equation,
            ref.name()
                + " is a cell of the table "
                + table
                + ", read by name only inside its rules; elsewhere "
                + table
                + " is a matrix: write "
                + table
                + "[i][j] or "
                + table
                + "[i, j] with numbers, e.g. "
                + table
                + "[2][3]");
      }
    }
  }

  private static EquationException error(Equation equation, String message) {
    return new EquationException("\"" + equation.text() + "\": " + message);
  }
}
