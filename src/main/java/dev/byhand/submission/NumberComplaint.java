package dev.byhand.submission;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Explains why a written value is not a number, and what to write instead. */
final class NumberComplaint {
  private static final List<String> WORDS =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");
  private static final Pattern INFINITY = Pattern.compile("[+-]?(inf|infinity|\u221e)");
  private static final Pattern HEX = Pattern.compile("[+-]?0x.*");
  private static final Pattern SUFFIX = Pattern.compile("[+-]?[\\d.]+(?:e[+-]?\\d+)?([dfl])");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}([,'_]\\d{3})+(\\.\\d*)?");
  private static final String EXAMPLES = "write digits like 57, -92, 0.5 or 1/3";

  private NumberComplaint() {}

  static String about(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    String quoted = "'" + written + "'";
    if (written.isEmpty()) {
      return "the value is empty; write a number";
    }
    if (Decorations.isSpreadsheetError(written)) {
      return quoted
          + " is a spreadsheet error, not a number: the formula in that cell failed; fix it "
          + "(or type the number) in the spreadsheet and export again";
    }
    if (written.contains("...") || written.contains("\u2026")) {
      return quoted
          + " contains '...': the vector was truncated when printed; print it in full "
          + "(e.g. numpy.set_printoptions(threshold=10000)) and copy every number";
    }
    if (lower.equals("nan") || lower.equals("-nan")) {
      return "NaN (not a number) is not an answer; every answer in this homework is a finite number";
    }
    if (INFINITY.matcher(lower).matches()) {
      return quoted + " is infinite; every answer in this homework is a finite number";
    }
    if (WORDS.contains(lower)) {
      return quoted + " is not a number; write digits, e.g. " + WORDS.indexOf(lower);
    }
    return aboutSyntax(written, lower, quoted);
  }

  private static String aboutSyntax(String written, String lower, String quoted) {
    if (HEX.matcher(lower).matches()) {
      return quoted + " is hexadecimal; write the number in decimal digits";
    }
    var suffix = SUFFIX.matcher(lower);
    if (suffix.matches()) {
      return quoted
          + " ends in a type suffix '"
          + written.charAt(written.length() - 1)
          + "'; write just "
          + written.substring(0, written.length() - 1);
    }
    if (GROUPED.matcher(written).matches()) {
      return quoted
          + " uses a thousands separator; write the digits without it, e.g. "
          + written.replaceAll("[,'_]", "");
    }
    if (written.contains(",")) {
      return quoted + " contains a comma; write a decimal point (0.5) and one number per value";
    }
    return quoted + " is not a number; " + EXAMPLES;
  }
}
