package dev.byhand.submission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The text a web page or an XML file shows, read in place of its markup as a browser shows it: a
 * paragraph, heading, list item or line break starts a line, a table's row is a row of cells
 * between pipes ({@code | h1 | 5, 4, 0 |}), inline markup and MathML join their text ({@code
 * h<sub>1</sub>} is {@code h1}), entities are their characters, and scripts, styles, the head and
 * comments show nothing. An element no web page has (an XML file's {@code <hidden>5 4 0</hidden>})
 * shows its name before its text on a line of its own, and the attributes' values after the name
 * ({@code <question n="1">} is {@code question 1}); entries of a list ({@code <v>21</v><v>8</v>})
 * show their text only. Linear in the markup; never throws.
 */
final class MarkupText {
  private static final Set<String> BLOCKS =
      Set.of(
          ("p div br li ul ol h1 h2 h3 h4 h5 h6 table tbody thead tfoot pre blockquote "
                  + "section article header footer hr dt dd dl body html main nav aside figure "
                  + "figcaption caption details summary form center address")
              .split(" "));
  private static final Set<String> INLINE =
      Set.of(
          ("span b i em strong sub sup a code font small big u s strike del ins mark abbr "
                  + "label tt kbd var samp img meta link o:p math mi mn mo ms mrow msub msup msubsup "
                  + "mfrac mtext semantics mstyle mspace mover munder munderover msqrt mroot mpadded "
                  + "mphantom mtable menclose input colgroup col wbr nobr q cite dfn time data bdi "
                  + "bdo ruby rt rp output svg")
              .split(" "));
  private static final Set<String> SPACES = Set.of("mtd", "mtr", "mfenced");
  private static final Set<String> HIDDEN =
      Set.of("script", "style", "head", "annotation", "annotation-xml", "template", "noscript");

  private static final List<String> CODE_CLASSES =
      List.of(
          "highlight",
          "input_prompt",
          "output_prompt",
          "jp-InputPrompt",
          "jp-OutputPrompt",
          "input_area",
          "jp-CodeMirrorEditor",
          "jp-Editor");

  /** The longest text of an entry of a list ({@code <v>21</v>}) looked through. */
  private static final int MAX_ENTRY = 200;

  private final String markup;
  private final StringBuilder out;
  private int at;
  private String lastClosed = "";

  /** The element no web page has that opened last, while no other tag has followed it. */
  private String openLeaf = "";

  /** Whether a table's row is open: its cells stay on its line. */
  private boolean row;

  private MarkupText(String markup) {
    this.markup = markup;
    this.out = new StringBuilder(markup.length());
  }

  /**
   * Whether {@code text}, the file {@code fileName}, is a web page or an XML file: it opens with a
   * declaration or an {@code <html>} tag, or its name says so and it opens with a tag.
   */
  static boolean isMarkup(String text, String fileName) {
    String start = Clean.stripSpaces(text.length() > 200 ? text.substring(0, 200) : text);
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<?xml")
        || lower.startsWith("<!doctype html")
        || lower.startsWith("<html")) {
      return true;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    return start.startsWith("<")
        && (name.endsWith(".html")
            || name.endsWith(".htm")
            || name.endsWith(".xhtml")
            || name.endsWith(".xml"));
  }

  /** The markup {@code text} as the text it shows, each line placed in that text. */
  static ShownText shown(String text) {
    String lower = Clean.stripSpaces(text).toLowerCase(Locale.ROOT);
    boolean page = lower.startsWith("<!doctype html") || lower.contains("<html");
    String what = page ? "web page" : "XML file";
    return new ShownText(
        "this " + what, text(text), Optional.empty(), "line", "of the text the " + what + " shows");
  }

  /** The text {@code markup} shows, lines separated by {@code \n}; never null. */
  static String text(String markup) {
    MarkupText reader = new MarkupText(markup);
    reader.read();
    return reader.lines();
  }

  private void read() {
    int pre = 0;
    while (at < markup.length()) {
      char c = markup.charAt(at);
      if (c == '<') {
        pre = tag(pre);
      } else if (c == '&') {
        entity();
      } else if (pre == 0 && Character.isWhitespace(c)) {
        space();
        at++;
      } else {
        out.append(c == '\r' ? '\n' : c);
        at++;
      }
    }
  }

  /**
   * Reads the markup at {@code at}, a tag or comment; returns the depth of {@code <pre>} after it.
   */
  private int tag(int pre) {
    if (markup.startsWith("<!--", at)) {
      at = skipPast("-->", at + 4);
      return pre;
    }
    if (markup.startsWith("<![CDATA[", at)) {
      int end = markup.indexOf("]]>", at);
      int stop = end < 0 ? markup.length() : end;
      out.append(markup, at + 9, stop);
      at = end < 0 ? stop : end + 3;
      return pre;
    }
    int end = tagEnd(at + 1);
    String inside = markup.substring(at + 1, end);
    at = Math.min(markup.length(), end + 1);
    if (inside.isEmpty() || inside.charAt(0) == '!' || inside.charAt(0) == '?') {
      return pre;
    }
    boolean closing = inside.charAt(0) == '/';
    int nameStart = closing ? 1 : 0;
    int nameEnd = nameStart;
    while (nameEnd < inside.length() && isNameChar(inside.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == nameStart) {
      // "< 5" or "<=" in text is no tag: it shows as written.
      out.append('<').append(inside).append(end < markup.length() ? ">" : "");
      return pre;
    }
    String name = inside.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
    String attributes = inside.substring(nameEnd);
    if (!closing && (name.equals("div") || name.equals("pre")) && isCode(attributes)) {
      at = pastElement(name, at);
      return pre;
    }
    if (!closing && HIDDEN.contains(name) && !attributes.endsWith("/")) {
      at = skipPast("</" + name, at);
      at = Math.min(markup.length(), tagEnd(at) + 1);
      return pre;
    }
    if (name.equals("pre") || name.equals("textarea")) {
      pre = Math.max(0, pre + (closing ? -1 : 1));
    }
    if (name.equals("td") || name.equals("th")) {
      if (!closing) {
        withoutTrailingSpaces();
        out.append(" | ");
      }
    } else if (name.equals("tr")) {
      if (closing) {
        withoutTrailingSpaces();
        out.append(" |");
      }
      newLine();
      row = !closing;
    } else if (BLOCKS.contains(name)) {
      // A paragraph inside a table's cell (Google Docs writes one) keeps the row on its line.
      if (row && !name.equals("table")) {
        space();
      } else {
        newLine();
      }
    } else if (SPACES.contains(name)) {
      space();
    } else if (!INLINE.contains(name) && name.indexOf(':') < 0) {
      element(name, attributes, closing);
    }
    return pre;
  }

  /**
   * Whether a {@code div} or {@code pre} with {@code attributes} holds a notebook's code or prompts
   * ({@code class="highlight"}, {@code jp-InputPrompt}, {@code input_area}): a TA reads the outputs
   * and the markdown, not the code that printed them.
   */
  private static boolean isCode(String attributes) {
    int at = attributes.indexOf("class=");
    if (at < 0) {
      return false;
    }
    String classes = attributes.substring(at);
    for (String code : CODE_CLASSES) {
      if (classes.contains(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the element {@code name} whose start tag ended before {@code from} ends, nested ones in.
   */
  private int pastElement(String name, int from) {
    int depth = 1;
    int i = from;
    while (i < markup.length()) {
      int lt = markup.indexOf('<', i);
      if (lt < 0) {
        return markup.length();
      }
      boolean closing = lt + 1 < markup.length() && markup.charAt(lt + 1) == '/';
      int nameAt = lt + (closing ? 2 : 1);
      if (markup.regionMatches(true, nameAt, name, 0, name.length())
          && nameAt + name.length() < markup.length()
          && !isNameChar(markup.charAt(nameAt + name.length()))) {
        depth += closing ? -1 : 1;
      }
      i = Math.min(markup.length(), tagEnd(lt + 1) + 1);
      if (depth == 0) {
        return i;
      }
    }
    return markup.length();
  }

  /** An element no web page has: its name and attributes' values start a line, unless a list's. */
  private void element(String name, String attributes, boolean closing) {
    if (closing) {
      // A leaf (<v>21</v>) just closed: the next element of its name is the list's next entry.
      lastClosed = name.equals(openLeaf) ? name : "";
      openLeaf = "";
      space();
      return;
    }
    int end = leafEnd(name);
    if (!name.equals(lastClosed) && !(end >= 0 && nextIsSibling(name, end))) {
      // A leaf's name labels its text (hidden: 5 4 0); a container's names a block (question 1).
      newLine();
      out.append(name);
      String values = attributeValues(attributes);
      if (!values.isEmpty()) {
        out.append(' ').append(values.strip());
      }
      out.append(end >= 0 ? ": " : " ");
    }
    lastClosed = "";
    openLeaf = name;
    space();
  }

  /**
   * Where the element {@code name} that starts at {@code at} closes when it holds text only (a
   * leaf, looked for nearby); -1 when it holds elements or does not close nearby.
   */
  private int leafEnd(String name) {
    String close = "</" + name;
    for (int i = at; i < Math.min(markup.length(), at + MAX_ENTRY); i++) {
      if (markup.startsWith(close, i)) {
        return i;
      }
      if (markup.charAt(i) == '<') {
        return -1;
      }
    }
    return -1;
  }

  /** Whether another element {@code name} follows the one that closes at {@code end}. */
  private boolean nextIsSibling(String name, int end) {
    int after = tagEnd(end + 2) + 1;
    while (after < markup.length() && Character.isWhitespace(markup.charAt(after))) {
      after++;
    }
    return markup.regionMatches(true, after, "<" + name, 0, name.length() + 1)
        && after + name.length() + 1 < markup.length()
        && !isNameChar(markup.charAt(after + name.length() + 1));
  }

  /**
   * The values of {@code attributes} ({@code n="1" id="a"} → {@code 1 a}), each followed by a
   * space.
   */
  private static String attributeValues(String attributes) {
    StringBuilder values = new StringBuilder();
    int i = 0;
    while (i < attributes.length()) {
      char c = attributes.charAt(i);
      if (c == '"' || c == '\'') {
        int close = attributes.indexOf(c, i + 1);
        int stop = close < 0 ? attributes.length() : close;
        values.append(attributes, i + 1, stop).append(' ');
        i = stop + 1;
      } else {
        i++;
      }
    }
    return values.toString();
  }

  /** Where the tag whose text starts at {@code from} ends: its {@code >} outside quotes. */
  private int tagEnd(int from) {
    char quote = 0;
    for (int i = from; i < markup.length(); i++) {
      char c = markup.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      } else if (c == '<' && i > from) {
        // A tag left open: the next one starts here.
        return i - 1;
      }
    }
    return markup.length();
  }

  private int skipPast(String end, int from) {
    int found = indexOfIgnoreCase(end, from);
    return found < 0 ? markup.length() : found + end.length();
  }

  private int indexOfIgnoreCase(String what, int from) {
    for (int i = from; i + what.length() <= markup.length(); i++) {
      if (markup.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return KeyWords.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
  }

  /** Reads the entity at {@code at} ({@code &nbsp;}, {@code &#8722;}, {@code &#x2212;}). */
  private void entity() {
    int semicolon = markup.indexOf(';', at);
    if (semicolon < 0 || semicolon - at > 10) {
      out.append('&');
      at++;
      return;
    }
    String name = markup.substring(at + 1, semicolon);
    String shown = entityText(name);
    if (shown == null) {
      out.append('&');
      at++;
      return;
    }
    if (shown.equals(" ")) {
      space();
    } else {
      out.append(shown);
    }
    at = semicolon + 1;
  }

  /** What entity {@code name} shows: HTML's own names, else XML's and character references. */
  private static String entityText(String name) {
    return switch (name) {
      case "nbsp", "ensp", "emsp", "thinsp" -> " ";
      case "minus" -> "\u2212";
      case "times" -> "\u00d7";
      case "middot" -> "\u00b7";
      case "rarr" -> "\u2192";
      case "hellip" -> "\u2026";
      case "ndash" -> "\u2013";
      case "mdash" -> "\u2014";
      default -> XmlScanner.entity(name).orElse(null);
    };
  }

  private void space() {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
      out.append(' ');
    }
  }

  private void newLine() {
    withoutTrailingSpaces();
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n') {
      out.append('\n');
    }
  }

  private void withoutTrailingSpaces() {
    int n = out.length();
    while (n > 0 && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }

  /** The shown lines, each stripped, runs of blank lines made one. */
  private String lines() {
    StringBuilder text = new StringBuilder(out.length());
    boolean blank = true;
    for (String line : out.toString().split("\n", -1)) {
      String stripped = Clean.stripSpaces(line);
      if (stripped.isEmpty()) {
        if (!blank) {
          text.append('\n');
        }
        blank = true;
      } else {
        text.append(stripped).append('\n');
        blank = false;
      }
    }
    int end = text.length();
    while (end > 1 && text.charAt(end - 1) == '\n' && text.charAt(end - 2) == '\n') {
      end--;
    }
    text.setLength(end);
    return text.toString();
  }
}
