package dev.byhand.submission;

/** The file formats students submit in. */
public enum Format {
  CSV,
  JSON
}
