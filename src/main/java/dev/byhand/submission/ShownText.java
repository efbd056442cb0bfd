package dev.byhand.submission;

import java.util.Optional;

/**
 * The text a document shows (an RTF file, a Word or LibreOffice document, a workbook's sheet), read
 * in place of its bytes: answers are read from it as from a text file, and each is placed at its
 * line of this text, saying so ({@code line 6 of the text the RTF file shows}), since the file's
 * own bytes have no such line.
 *
 * @param what the document as a student would name it ({@code "this Word document"})
 * @param text the shown text, one line per paragraph or row
 * @param format the format to read the text as, or empty to tell it from the text
 * @param line what a line of {@code text} is called ({@code "line"}, {@code "row"})
 * @param within where those lines are ({@code "of the text the RTF file shows"})
 */
record ShownText(String what, String text, Optional<Format> format, String line, String within) {
  /** Where line {@code read} of {@link #text} is in the document, with the text read there. */
  Location place(Location read) {
    String place = line + " " + read.line().orElse(0) + " " + within;
    return Location.ofPath(read.file(), place).withText(read.text());
  }
}
