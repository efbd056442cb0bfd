package dev.byhand.network;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fills one table cell by cell, row by row and left to right, each cell by its rule: the corner's
 * own (else the first row's, which must agree with the first column's), the first row's, the first
 * column's, the general one. A rule reads cells filled before it; {@code own} given, it reads them
 * from there instead (a student's own table: what each cell should be given the cells they wrote
 * around it). Not thread-safe; one per evaluation.
 */
final class TableRun {
  private final Expr.Table table;
  private final Function<Expr.Ref, Value> names;
  private final Exactness exactness;
  private final int words;
  private final Optional<Matrix> own;
  private final Map<String, Integer> codes = new HashMap<>();
  private final Map<String, Optional<TableRules.Cell>> cellNames = new HashMap<>();
  private final String rowSymbol;
  private final String columnSymbol;
  private final Rational[][] cells;
  private int i;
  private int j;

  /** The rule being applied, for messages: its kind ({@code i,j}) and expression. */
  private String kind = "";

  private Expr rule;

  private TableRun(
      Expr.Table table,
      Function<Expr.Ref, Value> names,
      Exactness exactness,
      int words,
      Optional<Matrix> own) {
    this.table = table;
    this.names = names;
    this.exactness = exactness;
    this.words = words;
    this.own = own;
    this.cells = new Rational[table.rows().length() + 1][table.columns().length() + 1];
    this.rowSymbol = table.rows().name() + "_i";
    this.columnSymbol = table.columns().name() + "_j";
    for (Sequence sequence : List.of(table.rows(), table.columns())) {
      for (String symbol : sequence.symbols()) {
        codes.putIfAbsent(symbol, codes.size());
      }
    }
  }

  /**
   * The table, every cell from its rule; with {@code own} (of the table's shape), every cell from
   * its rule over the cells of {@code own} it reads.
   *
   * @throws EquationException naming the rule and the cell
   */
  static Value evaluate(
      Expr.Table table,
      Function<Expr.Ref, Value> names,
      Exactness exactness,
      int words,
      Optional<Value> own) {
    Optional<Matrix> cells =
        own.filter(
                v ->
                    v instanceof Value.Mat m
                        && m.value().rowCount() == table.rows().length() + 1
                        && m.value().columnCount() == table.columns().length() + 1)
            .map(v -> ((Value.Mat) v).value());
    return new TableRun(table, names, exactness, words, cells).run();
  }

  private Value run() {
    List<Vector> rows = new ArrayList<>();
    for (i = 0; i < cells.length; i++) {
      for (j = 0; j < cells[i].length; j++) {
        cells[i][j] = cell();
      }
      rows.add(new Vector(List.of(cells[i])));
    }
    return new Value.Mat(new Matrix(rows));
  }

  private Rational cell() {
    if (i > 0) {
      return j == 0 ? apply("i,0", table.left()) : apply("i,j", table.general());
    }
    if (j > 0) {
      return apply("0,j", table.top());
    }
    if (table.corner().isPresent()) {
      return apply("0,0", table.corner().get());
    }
    Rational first = apply("0,j", table.top());
    Rational second = apply("i,0", table.left());
    if (!first.equals(second)) {
      throw new EquationException(
          "at "
              + table.name()
              + "_{0,0}: "
              + table.name()
              + "_{0,j} gives "
              + table.name()
              + "_{0,0} = "
              + first
              + " but "
              + table.name()
              + "_{i,0} gives "
              + second
              + "; give the corner its own rule "
              + table.name()
              + "_{0,0} = …");
    }
    return first;
  }

  private Rational apply(String kind, Expr expr) {
    this.kind = kind;
    this.rule = expr;
    Value value;
    try {
      value = Evaluator.evaluate(expr, this::lookup, exactness, words);
    } catch (EquationException e) {
      throw error(e.getMessage());
    }
    if (!(value instanceof Value.Scalar scalar)) {
      throw error("gives " + value.shape() + ", but a cell holds one number");
    }
    return scalar.value();
  }

  private Value lookup(Expr.Ref ref) {
    String name = ref.name();
    if (name.equals("i") || name.equals("j")) {
      return new Value.Scalar(Rational.of(name.equals("i") ? i : j));
    }
    if (name.equals(rowSymbol)) {
      return symbol(table.rows(), i, "i", "first row");
    }
    if (name.equals(columnSymbol)) {
      return symbol(table.columns(), j, "j", "first column");
    }
    Optional<TableRules.Cell> cell =
        cellNames.computeIfAbsent(
            name, n -> TableRules.cell(n).filter(c -> c.table().equals(table.name())));
    return cell.isPresent() ? read(cell.get()) : names.apply(ref);
  }

  private Value symbol(Sequence sequence, int position, String index, String edge) {
    if (position == 0) {
      throw new EquationException(
          sequence.name()
              + "_"
              + index
              + " has no symbol in the table's "
              + edge
              + " ("
              + sequence.name()
              + "_1 is the first); read it only in the general rule");
    }
    return new Value.Scalar(Rational.of(codes.get(sequence.at(position))));
  }

  private Value read(TableRules.Cell cell) {
    int row = cell.row().equals("0") ? 0 : cell.row().equals("i") ? i : i - 1;
    int column = cell.column().equals("0") ? 0 : cell.column().equals("j") ? j : j - 1;
    String at = table.name() + "_{" + row + "," + column + "}";
    if (row < 0 || column < 0) {
      throw new EquationException(
          "reads "
              + at
              + ", outside the table"
              + (i == 0 && j == 0
                  ? "; give the corner its own rule " + table.name() + "_{0,0} = …"
                  : ""));
    }
    if (row > i || (row == i && column >= j)) {
      throw new EquationException(
          "reads "
              + at
              + ", which is not filled yet: cells are filled row by row, left to right, so a"
              + " rule reads "
              + table.name()
              + "_{i-1,j}, "
              + table.name()
              + "_{i,j-1} or "
              + table.name()
              + "_{i-1,j-1}");
    }
    return new Value.Scalar(own.isPresent() ? own.get().get(row, column) : cells[row][column]);
  }

  private EquationException error(String message) {
    return new EquationException(
        "\""
            + table.name()
            + "_{"
            + kind
            + "} = "
            + rule
            + "\" at "
            + table.name()
            + "_{"
            + i
            + ","
            + j
            + "}: "
            + message);
  }
}
