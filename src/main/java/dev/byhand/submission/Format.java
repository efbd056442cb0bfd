package dev.byhand.submission;

/** The file formats byhand recognises by content, each with how {@code check} names it. */
public enum Format {
  CSV("CSV (one answer a line: the key, then its values)"),
  JSON("JSON"),
  MARKDOWN("a Markdown table (one answer a row: the key, then its value)"),
  YAML("YAML (keys and their values, nested by question)"),
  LATEX("LaTeX (answers read from lines such as h_1 = \\begin{bmatrix} … \\end{bmatrix})"),
  TEXT("text (one answer a line, as key: value or key = value)"),
  PYTHON("a Python session (answers read from the values it printed or assigned)");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  /** How the format is named to a student: {@code CSV (one answer a line: …)}. */
  public String description() {
    return description;
  }
}
