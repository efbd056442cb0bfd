package dev.byhand.cli;

import dev.byhand.network.Equation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.report.ReferenceJson;
import dev.byhand.rubric.Rubric;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code byhand reference}: the rubric's reference trace, computed exactly. */
@Command(
    name = "reference",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Prints the reference trace of the rubric's sentence: per step the token, input row,"
            + " pre-activation, hidden state, logits and predicted token(s).",
    footer = {
      "",
      "Examples:",
      "  target/byhand/bin/byhand reference",
      "  target/byhand/bin/byhand reference --json --rubric rubrics/rnn-by-hand-full.json"
    })
final class ReferenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Mixin StudentOption student;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Rubric rubric = student.apply(common.loadRubric(), false);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ReferenceJson.of(rubric));
    } else {
      out.print(table(rubric));
    }
    out.flush();
    return ExitCodes.OK;
  }

  static String table(Rubric rubric) {
    Network network = rubric.network();
    List<Equation> perStep = network.equations().stream().filter(Equation::perStep).toList();
    StringBuilder text = new StringBuilder(rubric.title());
    rubric
        .handout()
        .ifPresentOrElse(
            h ->
                text.append(" (h0 = ")
                    .append(((Value.Vec) network.values().get("hidden_0")).value())
                    .append(", ")
                    .append(h.activation())
                    .append(")"),
            () -> text.append(" (").append(network.rules().size()).append(" equations)"));
    rubric
        .variant()
        .ifPresent(
            v ->
                text.append(" — variant ")
                    .append(v.id())
                    .append(" of ")
                    .append(v.key())
                    .append(": ")
                    .append(v.values()));
    text.append('\n');
    for (Equation equation : network.equations()) {
      if (!equation.perStep()) {
        text.append(equation.name())
            .append(" = ")
            .append(show(rubric, new Node(equation.name(), 0)))
            .append('\n');
      }
    }
    if (perStep.isEmpty()) {
      return text.toString();
    }
    List<String[]> rows = new ArrayList<>();
    List<String> header =
        new ArrayList<>(rubric.hasSentence() ? List.of("step", "token") : List.of("step"));
    perStep.forEach(e -> header.add(HEADERS.getOrDefault(e.name(), e.name())));
    rows.add(header.toArray(String[]::new));
    for (int t = 1; t <= network.steps(); t++) {
      List<String> row =
          new ArrayList<>(
              rubric.hasSentence()
                  ? List.of(String.valueOf(t), rubric.word(t))
                  : List.of(String.valueOf(t)));
      for (Equation equation : perStep) {
        row.add(show(rubric, new Node(equation.name(), t)));
      }
      rows.add(row.toArray(String[]::new));
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        text.append(c == 0 ? "" : "  ").append(row[c]);
        if (c < row.length - 1) {
          text.append(" ".repeat(widths[c] - row[c].length()));
        }
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Column headings that are not the quantity's name. */
  private static final java.util.Map<String, String> HEADERS =
      java.util.Map.of("preactivation", "pre-activation");

  /** A value as the table shows it: a token as its word(s), an inexact value as its decimals. */
  private static String show(Rubric rubric, Node node) {
    Value value = rubric.network().reference().value(node);
    return value instanceof Value.Token token
        ? token.ids().stream().map(rubric.vocabulary()::word).collect(Collectors.joining(" or "))
        : rubric.network().reference().text(node);
  }
}
