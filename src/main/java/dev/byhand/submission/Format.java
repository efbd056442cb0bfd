package dev.byhand.submission;

/** The file formats byhand recognises by content, each with how {@code check} names it. */
public enum Format {
  CSV("CSV (one answer a line: the key, then its values)"),
  JSON("JSON"),
  MARKDOWN("a Markdown table (one answer a row: the key, then its value)"),
  YAML("YAML (keys and their values, nested by question)"),
  LATEX("LaTeX (answers read from lines such as h_1 = \\begin{bmatrix} … \\end{bmatrix})"),
  TEXT("text (one answer a line, as key: value or key = value)"),
  PYTHON("a Python session (answers read from the values it printed or assigned)"),
  PYTHON_FILE(
      "a Python file (answers read from a dict of values or names assigned values; code is not"
          + " run)");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  /**
   * How to add a missing answer for {@code key} in a file of this format: a JSON file's missing
   * item is a key to add to its object, a CSV file's a line.
   */
  public String howToAdd(String key) {
    return switch (this) {
      case CSV, TEXT -> "Add it as a line starting with " + key + ".";
      case JSON -> "Add \"" + key + "\": followed by your answer to the JSON object.";
      case MARKDOWN -> "Add a row | " + key + " | your answer | to the table.";
      case YAML -> "Add a line " + key + ": followed by your answer.";
      case LATEX -> "Add a line " + key + " = your answer.";
      case PYTHON_FILE ->
          "Add a line "
              + key.replace('.', '_')
              + " = [...] with the value written out (not code that computes it), or an entry \""
              + key
              + "\": [...] to your dict of answers.";
      case PYTHON ->
          "Assign it to a name byhand reads, as in "
              + key.replace('.', '_')
              + " = [...], or "
              + "submit a CSV file with a line starting with "
              + key
              + ".";
    };
  }

  /** How the format is named to a student: {@code CSV (one answer a line: …)}. */
  public String description() {
    return description;
  }
}
