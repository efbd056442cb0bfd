package dev.byhand.selftest;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the test plan as a tree when it has run, as JUnit's console launcher does: {@code ✔}
 * passed, {@code ✘} failed with the reason, {@code ■} aborted (does not apply) with the reason,
 * {@code ↷} skipped. Colours only when asked. One per run; not thread-safe.
 */
final class TreePrinter implements TestExecutionListener {
  private static final String GREEN = "\u001B[32m";
  private static final String RED = "\u001B[31m";
  private static final String YELLOW = "\u001B[33m";
  private static final String RESET = "\u001B[0m";

  private final PrintWriter out;
  private final boolean colour;
  private final Map<String, TestExecutionResult> results = new HashMap<>();
  private final Map<String, String> skipped = new HashMap<>();

  TreePrinter(PrintWriter out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    skipped.put(test.getUniqueId(), reason);
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    results.put(test.getUniqueId(), result);
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    out.println("╷");
    List<TestIdentifier> roots = new ArrayList<>(plan.getRoots());
    for (int i = 0; i < roots.size(); i++) {
      print(plan, roots.get(i), "", i == roots.size() - 1);
    }
    out.flush();
  }

  private void print(TestPlan plan, TestIdentifier node, String indent, boolean last) {
    String below = indent + (last ? "   " : "│  ");
    List<String> message = message(node);
    out.println(
        indent
            + (last ? "└─ " : "├─ ")
            + node.getDisplayName()
            + " "
            + mark(node)
            + (message.isEmpty() ? "" : " " + message.get(0)));
    for (String line : message.subList(Math.min(1, message.size()), message.size())) {
      out.println(below + "     " + line);
    }
    List<TestIdentifier> children = new ArrayList<>(plan.getChildren(node));
    for (int i = 0; i < children.size(); i++) {
      print(plan, children.get(i), below, i == children.size() - 1);
    }
  }

  private String mark(TestIdentifier node) {
    String id = node.getUniqueId();
    if (skipped.containsKey(id)) {
      return paint(YELLOW, "↷");
    }
    TestExecutionResult result = results.get(id);
    if (result == null) {
      return paint(YELLOW, "↷");
    }
    return switch (result.getStatus()) {
      case SUCCESSFUL -> paint(GREEN, "✔");
      case FAILED -> paint(RED, "✘");
      case ABORTED -> paint(YELLOW, "■");
    };
  }

  /** Why it failed, was aborted or skipped, line by line; empty when it passed. */
  private List<String> message(TestIdentifier node) {
    String id = node.getUniqueId();
    if (skipped.containsKey(id)) {
      return skipped.get(id).lines().toList();
    }
    TestExecutionResult result = results.get(id);
    if (result == null || result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return List.of();
    }
    return result
        .getThrowable()
        .map(e -> (e.getMessage() == null ? e.toString() : e.getMessage()).lines().toList())
        .orElse(List.of());
  }

  private String paint(String ansi, String text) {
    return colour ? ansi + text + RESET : text;
  }
}
