package dev.byhand.cli;

import dev.byhand.report.ReferenceJson;
import dev.byhand.rnn.Step;
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
    description = "Prints the reference trace of the rubric's sentence: per step the token, input row,"
        + " pre-activation, hidden state, logits and predicted token(s).",
    footer = {"", "Examples:", "  target/byhand/bin/byhand reference",
        "  target/byhand/bin/byhand reference --json --rubric rubrics/rnn-by-hand-full.json"})
final class ReferenceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    Rubric rubric = common.loadRubric();
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
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"step", "token", "input", "pre-activation", "hidden", "logits", "prediction"});
    for (Step step : rubric.reference().steps()) {
      rows.add(new String[] {
        String.valueOf(step.position()),
        rubric.vocabulary().word(step.tokenId()),
        step.input().toString(),
        step.preActivation().toString(),
        step.hidden().toString(),
        step.logits().toString(),
        step.predicted().stream().map(rubric.vocabulary()::word).collect(Collectors.joining(" or "))
      });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder(rubric.title()).append(" (h0 = ")
        .append(rubric.reference().initialHidden()).append(", ").append(rubric.model().activation().id())
        .append(")\n");
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        text.append(c == 0 ? "" : "  ").append(String.format("%-" + widths[c] + "s", row[c]));
      }
      text.setLength(text.length() - (widths[row.length - 1] - row[row.length - 1].length()));
      text.append('\n');
    }
    return text.toString();
  }
}
