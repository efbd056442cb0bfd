package dev.byhand.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pasted Python session ({@code >>>} or Jupyter's {@code In [3]:}): a name assigned a
 * literal ({@code >>> h1 = np.array([5, 4, 0])}) or a name echoed or printed, followed by its
 * output ({@code >>> h1} then {@code array([5, 4, 0])}). Computed assignments and other code are
 * not answers.
 */
final class ReplAnswers {
  private static final Pattern PROMPT = Pattern.compile("(?:>>>|In \\[\\d{1,6}\\]:)\\s?(.*)");
  private static final Pattern CONTINUATION =
      Pattern.compile("\\.\\.\\.(?:\\s.*)?|\\s+\\.\\.\\.:.*");
  private static final Pattern OUT = Pattern.compile("Out\\[\\d{1,6}\\]:\\s?(.*)");
  private static final Pattern ASSIGNED = Pattern.compile("([A-Za-z_]\\w{0,40})\\s*=\\s*(.+)");
  private static final Pattern ECHOED =
      Pattern.compile("(?:print\\s*\\(\\s*)?([A-Za-z_]\\w{0,40})\\s*\\)?\\s*;?");
  private static final Pattern WRAPPERS =
      Pattern.compile("(?:np|numpy|torch)\\s*\\.\\s*|\\b(?:array|tensor)\\b");
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

  private ReplAnswers() {}

  static boolean looksLikeSession(List<String> lines) {
    return lines.stream()
        .anyMatch(
            line ->
                PROMPT.matcher(Clean.stripSpaces(line)).matches()
                    && Clean.stripSpaces(line).length() > 3);
  }

  static void read(String text, AnswerSink sink) {
    List<String> lines = CsvAnswers.checkedLines(text);
    CsvRows rows = new CsvRows(sink, ',', true);
    for (int i = 0; i < lines.size(); i++) {
      Matcher prompt = PROMPT.matcher(Clean.stripSpaces(lines.get(i)));
      if (!prompt.matches()) {
        continue;
      }
      String code = prompt.group(1).strip();
      List<String> output = new ArrayList<>();
      int j = i + 1;
      while (j < lines.size()
          && !PROMPT.matcher(Clean.stripSpaces(lines.get(j))).matches()
          && !CONTINUATION.matcher(lines.get(j)).matches()) {
        String out = Clean.stripSpaces(lines.get(j));
        Matcher outPrompt = OUT.matcher(out);
        output.add(outPrompt.matches() ? outPrompt.group(1) : out);
        j++;
      }
      if (!answer(code, String.join(" ", output).strip(), i + 1, rows)) {
        return;
      }
    }
  }

  private static boolean answer(String code, String output, int line, CsvRows rows) {
    Matcher assigned = ASSIGNED.matcher(code);
    if (assigned.matches() && isLiteral(assigned.group(2))) {
      return rows.accept(List.of(assigned.group(1), assigned.group(2)), line);
    }
    Optional<String> prediction = ArgmaxCommand.predictionName(code);
    if (prediction.isPresent() && !output.isEmpty()) {
      return rows.accept(List.of(prediction.get(), output), line);
    }
    Matcher echoed = ECHOED.matcher(code);
    if (echoed.matches() && !output.isEmpty()) {
      return rows.accept(List.of(echoed.group(1), output), line);
    }
    return true;
  }

  /**
   * Numbers, brackets and quoted words only, perhaps inside np.array(…): a value, not a
   * computation.
   */
  static boolean isLiteral(String expression) {
    String bare = QUOTED.matcher(WRAPPERS.matcher(expression).replaceAll(" ")).replaceAll(" 0 ");
    bare = bare.replaceAll("dtype\\s*=\\s*\\w+(?:\\.\\w+)?", " ");
    for (int i = 0; i < bare.length(); i++) {
      if (Character.isLetter(bare.charAt(i))
          && !(bare.charAt(i) == 'e' && i > 0 && Character.isDigit(bare.charAt(i - 1)))) {
        return false;
      }
    }
    return true;
  }
}
