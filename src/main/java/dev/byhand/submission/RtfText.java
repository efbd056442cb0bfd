package dev.byhand.submission;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

/**
 * The text an RTF file shows (TextEdit, WordPad, Word): control words and groups dropped, {@code
 * \par} and {@code \line} a line break, {@code \tab} and {@code \cell} a tab, {@code \'e9} and
 * {@code \\u233} (Unicode) decoded, and the destinations that are not shown (font and colour
 * tables, style sheets, document information, pictures, field instructions, {@code {\*\...}})
 * skipped. One pass, linear in the file; plain Java, so the self-check page reads RTF too.
 */
final class RtfText {
  private static final int MAX_DEPTH = 1_000;
  private static final int MAX_WORD = 32;

  /** Destinations whose text is not shown in the document. */
  private static final Set<String> HIDDEN =
      Set.of(
          "fonttbl",
          "colortbl",
          "stylesheet",
          "info",
          "pict",
          "object",
          "fldinst",
          "header",
          "headerl",
          "headerr",
          "headerf",
          "footer",
          "footerl",
          "footerr",
          "footerf",
          "footnote",
          "listtable",
          "listoverridetable",
          "rsidtbl",
          "revtbl",
          "generator",
          "xmlnstbl",
          "themedata",
          "colorschememapping",
          "datastore",
          "latentstyles",
          "filetbl",
          "pgdsctbl",
          "expandedcolortbl",
          "nonshppict",
          "annotation",
          "atnid",
          "atnauthor",
          "bkmkstart",
          "bkmkend");

  /** What a group inherits: whether its text is shown, and how many characters follow \\uN. */
  private record State(boolean hidden, int unicodeSkip) {}

  private final String rtf;
  private final StringBuilder text = new StringBuilder();
  private final Deque<State> groups = new ArrayDeque<>();
  private State state = new State(false, 1);
  private int pos;
  private int fallbackLeft;

  private RtfText(String rtf) {
    this.rtf = rtf;
  }

  /** Whether {@code text} is RTF: it opens with {@code {\rtf}. */
  static boolean isRtf(String text) {
    return Clean.stripSpaces(text).startsWith("{\\rtf");
  }

  /** The RTF file {@code rtf} as the text it shows, each line placed in that text. */
  static ShownText shown(String rtf) {
    return new ShownText(
        "this RTF file", text(rtf), Optional.empty(), "line", "of the text the RTF file shows");
  }

  /** The shown text of {@code rtf}, lines separated by {@code \n}; never null. */
  static String text(String rtf) {
    RtfText reader = new RtfText(rtf);
    reader.read();
    return reader.text.toString();
  }

  private void read() {
    while (pos < rtf.length()) {
      char c = rtf.charAt(pos++);
      switch (c) {
        case '{' -> open();
        case '}' -> close();
        case '\\' -> escape();
        case '\r', '\n' -> {}
        default -> shown(c);
      }
    }
  }

  private void open() {
    if (groups.size() >= MAX_DEPTH) {
      throw new Unreadable(
          "this RTF file nests groups more than "
              + MAX_DEPTH
              + " deep, which no editor writes; save it as .txt or .csv");
    }
    groups.push(state);
    fallbackLeft = 0;
  }

  private void close() {
    state = groups.isEmpty() ? state : groups.pop();
    fallbackLeft = 0;
  }

  private void escape() {
    if (pos >= rtf.length()) {
      return;
    }
    char c = rtf.charAt(pos);
    if (isAsciiLetter(c)) {
      controlWord();
      return;
    }
    pos++;
    switch (c) {
      case '\'' -> hexByte();
      case '*' -> state = new State(true, state.unicodeSkip());
      case '\\', '{', '}' -> shown(c);
      case '~' -> shown(' ');
      case '_' -> shown('-');
      case '\r', '\n' -> lineBreak();
      default -> {}
    }
  }

  private void controlWord() {
    int start = pos;
    while (pos < rtf.length() && pos - start < MAX_WORD && isAsciiLetter(rtf.charAt(pos))) {
      pos++;
    }
    String word = rtf.substring(start, pos);
    int paramStart = pos;
    if (pos < rtf.length() && rtf.charAt(pos) == '-') {
      pos++;
    }
    while (pos < rtf.length() && pos - paramStart < 11 && isAsciiDigit(rtf.charAt(pos))) {
      pos++;
    }
    String digits = rtf.substring(paramStart, pos);
    boolean hasParam = !digits.isEmpty() && !digits.equals("-");
    long param = hasParam ? Long.parseLong(digits) : 0;
    if (pos < rtf.length() && rtf.charAt(pos) == ' ') {
      pos++;
    }
    apply(word, hasParam, param);
  }

  private void apply(String word, boolean hasParam, long param) {
    switch (word) {
      case "par", "line", "sect", "page", "row" -> lineBreak();
      case "tab", "cell" -> shown('\t');
      case "u" -> unicode(param);
      case "uc" -> state = new State(state.hidden(), (int) Math.max(0, Math.min(param, 8)));
      case "bin" -> pos = (int) Math.min(rtf.length(), pos + Math.max(0, param));
      case "emdash" -> shown('\u2014');
      case "endash" -> shown('\u2013');
      case "bullet" -> shown('\u2022');
      case "lquote" -> shown('\u2018');
      case "rquote" -> shown('\u2019');
      case "ldblquote" -> shown('\u201C');
      case "rdblquote" -> shown('\u201D');
      default -> {
        if (HIDDEN.contains(word)) {
          state = new State(true, state.unicodeSkip());
        }
      }
    }
  }

  private void unicode(long param) {
    append((char) (param < 0 ? param + 65_536 : param));
    fallbackLeft = state.unicodeSkip();
  }

  private void hexByte() {
    if (pos + 2 > rtf.length()) {
      pos = rtf.length();
      return;
    }
    int high = Character.digit(rtf.charAt(pos), 16);
    int low = Character.digit(rtf.charAt(pos + 1), 16);
    pos += 2;
    if (fallbackLeft > 0) {
      fallbackLeft--;
    } else if (high >= 0 && low >= 0) {
      int value = high * 16 + low;
      char c = TextDecoder.windows1252(value);
      append(c == '\uFFFF' ? '\uFFFD' : c);
    }
  }

  /** A character of the document, unless it is a \\uN fallback or in a hidden destination. */
  private void shown(char c) {
    if (fallbackLeft > 0) {
      fallbackLeft--;
      return;
    }
    append(c);
  }

  private void lineBreak() {
    fallbackLeft = 0;
    append('\n');
  }

  private void append(char c) {
    if (!state.hidden()) {
      text.append(c);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
