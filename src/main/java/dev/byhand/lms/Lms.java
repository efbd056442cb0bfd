package dev.byhand.lms;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;

/** The learning management systems byhand writes gradebook import files for. */
public enum Lms {
  CANVAS("Canvas", "canvas-import.csv", CSVFormat.DEFAULT, CanvasImport::new),
  MOODLE("Moodle", "moodle-import.csv", CSVFormat.DEFAULT, MoodleImport::new),
  /** Tab-delimited, named {@code .xls} as Blackboard's upload expects of tab-delimited files. */
  BLACKBOARD("Blackboard", "blackboard-import.xls", CSVFormat.TDF, BlackboardImport::new),
  BRIGHTSPACE("Brightspace", "brightspace-import.csv", CSVFormat.DEFAULT, BrightspaceImport::new);

  private final String title;
  private final String fileName;
  private final CSVFormat csv;
  private final Supplier<ImportFormat> format;

  Lms(String title, String fileName, CSVFormat csv, Supplier<ImportFormat> format) {
    this.title = title;
    this.fileName = fileName;
    this.csv = csv;
    this.format = format;
  }

  /** {@code canvas}: how the option spells it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code Canvas}: how people spell it. */
  public String title() {
    return title;
  }

  /** The import file's name, written beside {@code grades.csv}. */
  public String fileName() {
    return fileName;
  }

  CSVFormat csv() {
    return csv;
  }

  ImportFormat format() {
    return format.get();
  }

  public static Optional<Lms> fromId(String id) {
    for (Lms lms : values()) {
      if (lms.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(lms);
      }
    }
    return Optional.empty();
  }
}
