package dev.byhand.gradescope;

import dev.byhand.rubric.Choices;
import java.util.Locale;
import java.util.Optional;

/**
 * How byhand writes the text Gradescope shows a student ({@code output_format}). Every piece of
 * text passes through {@link #text}, which escapes it, because feedback can quote what a student
 * wrote.
 */
public enum OutputFormat {
  /**
   * Markdown: Gradescope renders it; every character Markdown gives a meaning is backslash-escaped.
   */
  MD,
  /** HTML: Gradescope shows it as markup; text is entity-escaped. */
  HTML;

  /** {@code md} or {@code html}: Gradescope's spelling. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<OutputFormat> fromId(String id) {
    return Choices.byId(values(), OutputFormat::id, id);
  }

  /** {@code text} escaped so that it shows literally, on one line. */
  String text(String text) {
    String oneLine = text.replaceAll("[\\r\\n]+", " ");
    StringBuilder out = new StringBuilder(oneLine.length() + 16);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      switch (this) {
        case MD -> {
          // CommonMark lets ASCII punctuation be escaped, so nothing a student wrote can become
          // markup.
          if (isMarkup(c)) {
            out.append('\\');
          }
          out.append(c);
        }
        case HTML ->
            out.append(
                switch (c) {
                  case '&' -> "&amp;";
                  case '<' -> "&lt;";
                  case '>' -> "&gt;";
                  case '"' -> "&quot;";
                  case '\'' -> "&#39;";
                  default -> String.valueOf(c);
                });
      }
    }
    return out.toString();
  }

  /** One paragraph of already escaped text. */
  String paragraph(String escaped) {
    return switch (this) {
      case MD -> escaped + "\n\n";
      case HTML -> "<p>" + escaped + "</p>\n";
    };
  }

  /** A bold label (byhand's own words, not escaped) followed by escaped text. */
  String labelled(String label, String escaped) {
    return switch (this) {
      case MD -> "**" + label + "** " + escaped;
      case HTML -> "<strong>" + label + "</strong> " + escaped;
    };
  }

  /** A bulleted list of already escaped lines. */
  String list(java.util.List<String> escapedLines) {
    StringBuilder out = new StringBuilder();
    switch (this) {
      case MD -> escapedLines.forEach(line -> out.append("- ").append(line).append('\n'));
      case HTML -> {
        out.append("<ul>\n");
        escapedLines.forEach(line -> out.append("<li>").append(line).append("</li>\n"));
        out.append("</ul>\n");
      }
    }
    return switch (this) {
      case MD -> out.append('\n').toString();
      case HTML -> out.toString();
    };
  }

  private static boolean isMarkup(char c) {
    return "\\`*_{}[]()#+-.!|<>&~^$=\"".indexOf(c) >= 0;
  }
}
