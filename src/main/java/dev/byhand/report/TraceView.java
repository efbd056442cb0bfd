package dev.byhand.report;

import java.util.List;

/**
 * The student's trace beside the reference, step by step: which entries differ, and where the trace
 * first left the reference. Reference values appear only for questions whose visibility allows it.
 *
 * @param summary e.g. {@code Your trace first differs from the reference at step 1, h1 entry 3.}
 * @param rows one per vector answer the student wrote readably, in step order
 */
public record TraceView(String summary, List<Row> rows) {
  public TraceView {
    rows = List.copyOf(rows);
  }

  public boolean hasRows() {
    return !rows.isEmpty();
  }

  /**
   * One vector of the trace.
   *
   * @param label e.g. {@code h1}, {@code logits 2}
   * @param key e.g. {@code q1.hidden}
   * @param status the item's verdict id, also a CSS class
   * @param given the student's entries, each marked when it differs from the reference
   * @param reference the reference entries, empty when they may not be shown
   * @param note e.g. {@code follows from your q1.hidden}, or the mistake's id, or {@code ""}
   */
  public record Row(
      String label,
      String key,
      String status,
      List<Entry> given,
      List<Entry> reference,
      String note) {
    public Row {
      given = List.copyOf(given);
      reference = List.copyOf(reference);
    }

    public boolean showsReference() {
      return !reference.isEmpty();
    }
  }

  /** One entry of a vector; {@code wrong} when it differs from the reference. */
  public record Entry(String value, boolean wrong) {}
}
