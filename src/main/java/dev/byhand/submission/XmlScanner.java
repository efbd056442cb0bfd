package dev.byhand.submission;

import java.util.Optional;

/**
 * A minimal XML scanner for the parts of Word, LibreOffice and Excel files: start and end tags,
 * their attributes, and text with the five predefined entities and character references decoded. It
 * reads no DTD: a {@code <!DOCTYPE} (the way to external entities and entity expansion bombs, which
 * Office never writes) is refused. One pass, linear in the part; plain Java, so the self-check page
 * reads these files too (it has no {@code javax.xml}).
 */
final class XmlScanner {
  /** What the scanner reports, in document order. */
  interface Handler {
    void start(String name, Tag tag);

    void end(String name);

    void text(String text);
  }

  /** A start tag's attributes, read on demand. */
  record Tag(String attributes) {
    /** The value of attribute {@code name}, entities decoded, or empty when it has none. */
    Optional<String> attribute(String name) {
      int at = 0;
      while ((at = attributes.indexOf(name, at)) >= 0) {
        int after = at + name.length();
        boolean starts = at == 0 || Character.isWhitespace(attributes.charAt(at - 1));
        int eq = skipSpaces(attributes, after);
        if (starts && eq < attributes.length() && attributes.charAt(eq) == '=') {
          int open = skipSpaces(attributes, eq + 1);
          if (open < attributes.length()) {
            char quote = attributes.charAt(open);
            int close = attributes.indexOf(quote, open + 1);
            if ((quote == '"' || quote == '\'') && close > open) {
              return Optional.of(decode(attributes.substring(open + 1, close)));
            }
          }
        }
        at = after;
      }
      return Optional.empty();
    }
  }

  private XmlScanner() {}

  /**
   * Reports the tags and text of {@code xml} to {@code handler}.
   *
   * @throws Unreadable naming {@code part} when it holds a DTD or is not well-formed enough to scan
   */
  static void scan(String xml, String part, Handler handler) {
    int pos = 0;
    while (pos < xml.length()) {
      int open = xml.indexOf('<', pos);
      if (open < 0) {
        handler.text(decode(xml.substring(pos)));
        return;
      }
      if (open > pos) {
        handler.text(decode(xml.substring(pos, open)));
      }
      pos = markup(xml, open, part, handler);
    }
  }

  /** Reads the markup at {@code open} and returns the position after it. */
  private static int markup(String xml, int open, String part, Handler handler) {
    if (xml.startsWith("<?", open)) {
      return after(xml, open, "?>", part);
    }
    if (xml.startsWith("<!--", open)) {
      return after(xml, open, "-->", part);
    }
    if (xml.startsWith("<![CDATA[", open)) {
      int end = after(xml, open, "]]>", part);
      handler.text(xml.substring(open + 9, end - 3));
      return end;
    }
    if (xml.startsWith("<!", open)) {
      throw new Unreadable(
          "its part "
              + part
              + " declares a DTD (<!DOCTYPE or <!ENTITY), which Word, Excel and LibreOffice never"
              + " write, and byhand does not read it; save the file as .txt or .csv");
    }
    int close = tagEnd(xml, open, part);
    boolean closing = xml.charAt(open + 1) == '/';
    boolean empty = !closing && xml.charAt(close - 1) == '/';
    String inner = xml.substring(open + (closing ? 2 : 1), empty ? close - 1 : close);
    int nameEnd = 0;
    while (nameEnd < inner.length() && !Character.isWhitespace(inner.charAt(nameEnd))) {
      nameEnd++;
    }
    String name = inner.substring(0, nameEnd);
    if (closing) {
      handler.end(name);
    } else {
      handler.start(name, new Tag(inner.substring(nameEnd)));
      if (empty) {
        handler.end(name);
      }
    }
    return close + 1;
  }

  /** The position of a tag's closing {@code >}, skipping any inside quoted attribute values. */
  private static int tagEnd(String xml, int open, String part) {
    char quote = 0;
    for (int i = open + 1; i < xml.length(); i++) {
      char c = xml.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    throw cutShort(part);
  }

  private static int after(String xml, int open, String terminator, String part) {
    int end = xml.indexOf(terminator, open + 2);
    if (end < 0) {
      throw cutShort(part);
    }
    return end + terminator.length();
  }

  private static Unreadable cutShort(String part) {
    return new Unreadable(
        "its part "
            + part
            + " is cut short or damaged; open it and save it again, or save it as"
            + " .txt or .csv");
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Text with {@code &lt;} and the other predefined entities and {@code &#233;} decoded. */
  static String decode(String text) {
    int amp = text.indexOf('&');
    if (amp < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    while (amp >= 0) {
      out.append(text, pos, amp);
      int semi = text.indexOf(';', amp);
      String entity = semi > amp && semi - amp <= 10 ? text.substring(amp + 1, semi) : "";
      Optional<String> decoded = entity(entity);
      out.append(decoded.orElse("&"));
      pos = decoded.isPresent() ? semi + 1 : amp + 1;
      amp = text.indexOf('&', pos);
    }
    return out.append(text, pos, text.length()).toString();
  }

  /**
   * What XML's predefined entity or character reference {@code entity} (no {@code &}, no {@code ;})
   * stands for.
   */
  static Optional<String> entity(String entity) {
    switch (entity) {
      case "lt":
        return Optional.of("<");
      case "gt":
        return Optional.of(">");
      case "amp":
        return Optional.of("&");
      case "quot":
        return Optional.of("\"");
      case "apos":
        return Optional.of("'");
      default:
        return reference(entity);
    }
  }

  private static Optional<String> reference(String entity) {
    if (!entity.startsWith("#") || entity.length() < 2) {
      return Optional.empty();
    }
    boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
    String digits = entity.substring(hex ? 2 : 1);
    int code = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = Character.digit(digits.charAt(i), hex ? 16 : 10);
      if (digit < 0) {
        return Optional.empty();
      }
      code = code * (hex ? 16 : 10) + digit;
    }
    if (digits.isEmpty() || !Character.isValidCodePoint(code)) {
      return Optional.empty();
    }
    return Optional.of(new String(Character.toChars(code)));
  }
}
