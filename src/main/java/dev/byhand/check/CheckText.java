package dev.byhand.check;

import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Status;
import dev.byhand.submission.Format;
import dev.byhand.submission.InertText;
import java.util.List;

/** The self-check as text for a student's terminal, with ANSI colour only when asked for. */
public final class CheckText {
  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BOLD = "\u001b[1m";

  private final boolean colour;

  /** {@code colour}: whether to colour verdicts (a terminal that wants it). */
  public CheckText(boolean colour) {
    this.colour = colour;
  }

  /** The whole report, ending with a one-line conclusion; never null. */
  public String render(FileCheck check, String rubricTitle) {
    StringBuilder text = new StringBuilder();
    text.append("Checking ")
        .append(InertText.of(check.fileName()))
        .append(" for \"")
        .append(rubricTitle)
        .append("\"\n");
    if (check.unreadable().isPresent()) {
      text.append("Format: not readable\n  ").append(check.unreadable().get()).append('\n');
      return text.append('\n')
          .append(paint(RED + BOLD, "Not ready: byhand cannot read this file."))
          .append(" Fix it and check again.\n")
          .toString();
    }
    text.append("Format: ")
        .append(check.format().map(CheckText::describe).orElse("unknown"))
        .append("\n\n");
    int keyWidth = check.items().stream().mapToInt(i -> i.key().length()).max().orElse(0);
    int whereWidth = check.items().stream().mapToInt(i -> i.where().length()).max().orElse(0);
    for (ItemCheck item : check.items()) {
      text.append("  ")
          .append(paint(colourOf(item.state()), pad(item.state().label(), 10)))
          .append(' ')
          .append(pad(item.key(), keyWidth))
          .append("  ")
          .append(pad(item.where(), whereWidth));
      String detail = detail(item);
      text.append(detail.isEmpty() ? "" : "  " + detail);
      trimEnd(text);
      text.append('\n');
    }
    notes(text, check.notes());
    return text.append('\n').append(conclusion(check)).append('\n').toString();
  }

  private static String describe(Format format) {
    return format.description();
  }

  /**
   * What the report says after an item's key: its problem with the fix, or its verdict; may be
   * empty.
   */
  public String detail(ItemCheck item) {
    if (item.state() != ItemState.OK) {
      return item.message();
    }
    // An answer read over several lines is quoted on one, so the table keeps its rows.
    String read = item.read().isEmpty() ? "" : "read: " + item.read().replace("\n", " / ");
    if (item.graded().isEmpty()) {
      return read;
    }
    ItemResult result = item.graded().get();
    String verdict =
        paint(result.status() == Status.CORRECT ? GREEN : YELLOW, result.status().label());
    String graded =
        result.status() == Status.CORRECT ? verdict : verdict + ": " + result.feedback();
    return read.isEmpty() ? graded : read + "; " + graded;
  }

  private static void notes(StringBuilder text, List<String> notes) {
    if (!notes.isEmpty()) {
      text.append("\nAlso in the file:\n");
      notes.forEach(note -> text.append("  ").append(note).append('\n'));
    }
  }

  /** The report's last line: ready to submit, or what is left to fix. */
  public String conclusion(FileCheck check) {
    long answers = check.items().stream().filter(i -> i.state() != ItemState.BY_TA).count();
    if (check.isComplete()) {
      String rest =
          check.correctnessShown()
              ? " "
                  + rightCount(check)
                  + " of "
                  + shownCount(check)
                  + (shownCount(check) < answers
                      ? " shown (the rest are revealed after grading) are right."
                      : " are right.")
              : " Whether they are right is not checked before the deadline.";
      return paint(GREEN + BOLD, "Ready to submit:")
          + " all "
          + answers
          + " answers are there and readable."
          + rest;
    }
    StringBuilder counts = new StringBuilder();
    count(counts, check.count(ItemState.MISSING), "missing");
    count(counts, check.count(ItemState.UNREADABLE), "unreadable");
    count(counts, check.count(ItemState.WRONG_SIZE), "with the wrong number of values");
    return paint(RED + BOLD, "Not ready:")
        + " of "
        + answers
        + " answers, "
        + counts
        + ". Fix them and check again.";
  }

  private static long shownCount(FileCheck check) {
    return check.items().stream()
        .filter(i -> i.graded().filter(r -> !r.item().manual()).isPresent())
        .count();
  }

  private static long rightCount(FileCheck check) {
    return check.items().stream()
        .filter(i -> i.graded().map(r -> r.status() == Status.CORRECT).orElse(false))
        .count();
  }

  private static void count(StringBuilder counts, long count, String what) {
    if (count > 0) {
      counts.append(counts.length() == 0 ? "" : ", ").append(count).append(' ').append(what);
    }
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  private static String colourOf(ItemState state) {
    return switch (state) {
      case OK -> GREEN;
      case MISSING -> YELLOW;
      case UNREADABLE, WRONG_SIZE -> RED;
      case BY_TA -> "";
    };
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static void trimEnd(StringBuilder text) {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }
}
