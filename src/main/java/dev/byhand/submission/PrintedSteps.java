package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lines a program printed once a step, each naming its step and its quantities as {@code
 * name=value} ({@code step 1 | token=BOS | h=tensor([5., 4., 0.]) | pred=BOS}, {@code t=1 h=[5 4 0]
 * next=BOS}): records by step, read as a JSON list of them is ({@link JsonRecords}), each answer
 * sourced on its line. Steps from 0 are read only when the line of step 0 says it reads the
 * sentence's first token ({@code token=BOS}); otherwise the lines are left to the rest of the
 * reader, which refuses the items they name. One pass over each line: linear in the file.
 */
final class PrintedSteps {
  private static final Set<String> STEP = Set.of("step", "t", "time", "timestep");
  private static final Set<String> TOKEN = Set.of("token", "tokenread", "input", "x", "read");

  /** The most fields read on a line: a step prints a few quantities. */
  private static final int MAX_FIELDS = 20;

  private PrintedSteps() {}

  /** Reads the lines printed by step in {@code lines}, and blanks them; leaves the rest. */
  static void read(List<String> lines, AnswerSink sink, CsvRows rows) {
    List<JsonRecords.StepRecord> steps = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<JsonRecords.StepRecord> step = record(lines.get(i), i + 1, sink, rows);
      if (step.isPresent()) {
        steps.add(step.get());
        at.add(i);
      }
    }
    if (steps.isEmpty()) {
      return;
    }
    int shift = JsonRecords.shift(steps, sink);
    if (shift < 0 || !JsonRecords.namesAnItem(steps, shift, sink)) {
      return;
    }
    JsonRecords.bySteps(steps, sink);
    for (int i : at) {
      lines.set(i, "");
    }
  }

  /**
   * The line as a record: its step ({@code step 1}, {@code t=1}) and two or more {@code name=value}
   * fields; empty for any other line.
   */
  private static Optional<JsonRecords.StepRecord> record(
      String line, int number, AnswerSink sink, CsvRows rows) {
    Location location = Location.ofLine(sink.fileName(), number);
    Integer step = null;
    String token = "";
    List<JsonRecords.Field> fields = new ArrayList<>();
    int i = 0;
    while (i < line.length() && fields.size() < MAX_FIELDS) {
      int nameStart = i;
      while (i < line.length() && isNameChar(line.charAt(i))) {
        i++;
      }
      String name = line.substring(nameStart, i);
      boolean startsName =
          !name.isEmpty()
              && Character.isLetter(name.charAt(0))
              && (nameStart == 0 || !isNameChar(line.charAt(nameStart - 1)));
      if (startsName && mayBeStep(name) && STEP.contains(KeyWords.lower(name)) && step == null) {
        // "step 1 |": the word and its number.
        int digits = skipSpaces(line, i);
        int end = digitsEnd(line, digits);
        if (end > digits && (line.charAt(i) == ' ' || line.charAt(i) == '=')) {
          step = Integer.parseInt(line.substring(digits, end));
          i = end;
          continue;
        }
      }
      if (startsName && i < line.length() && line.charAt(i) == '=' && !isOperator(line, i)) {
        int end = valueEnd(line, i + 1);
        String value = line.substring(i + 1, end);
        if (!value.isEmpty()) {
          if (TOKEN.contains(KeyWords.squash(name))) {
            token = Clean.strip(value);
          } else {
            fields.add(new JsonRecords.Field(name, location, rows.written(List.of(value))));
          }
        }
        i = Math.max(end, i + 1);
        continue;
      }
      i = Math.max(i, nameStart + 1);
    }
    return step == null || fields.size() < 2
        ? Optional.empty()
        : Optional.of(new JsonRecords.StepRecord(step, token, "line " + number, fields));
  }

  /** {@code ==}, {@code <=}, {@code !=}: a comparison in code, not a field. */
  private static boolean isOperator(String line, int equals) {
    char before = equals > 0 ? line.charAt(equals - 1) : ' ';
    char after = equals + 1 < line.length() ? line.charAt(equals + 1) : ' ';
    return after == '=' || "<>!=".indexOf(before) >= 0 || after == ' ';
  }

  /**
   * Where a value starting at {@code from} ends: after the bracket that closes its first one
   * ({@code tensor([5., 4., 0.])}, {@code [5 4 0]}), else at a space, {@code |} or {@code ,}.
   */
  private static int valueEnd(String line, int from) {
    int depth = 0;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
        if (depth < 0) {
          return i;
        }
      } else if (depth == 0 && (c == ' ' || c == '\t' || c == '|' || c == ',')) {
        return i;
      }
    }
    return depth == 0 ? line.length() : from;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int skipSpaces(String line, int from) {
    int i = from;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '=')) {
      i++;
    }
    return i;
  }

  private static int digitsEnd(String line, int from) {
    int i = from;
    while (i < line.length() && i - from < 4 && Character.isDigit(line.charAt(i))) {
      i++;
    }
    return i < line.length() && isNameChar(line.charAt(i)) ? from : i;
  }

  /**
   * Whether {@code name} may be one of {@link #STEP}'s words: it starts with an s or a t
   * (lower-casing every word of a write-up to look it up cost the page a thirtieth of its time).
   */
  private static boolean mayBeStep(String name) {
    char first = name.charAt(0);
    return name.length() <= 8 && (first == 's' || first == 'S' || first == 't' || first == 'T');
  }
}
