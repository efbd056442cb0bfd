package dev.byhand.report;

/**
 * Text cells that a spreadsheet shows as text: a cell that Excel, LibreOffice or Google Sheets
 * would run as a formula gets a leading apostrophe (OWASP's CSV-injection advice). Used by every
 * gradebook byhand writes.
 */
public final class SpreadsheetText {
  /** Characters that make a spreadsheet read a cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetText() {}

  /** {@code value}, or {@code 'value} when it would start a formula. */
  public static String safe(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}
