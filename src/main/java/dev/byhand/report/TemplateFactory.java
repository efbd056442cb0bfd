package dev.byhand.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiles byhand's templates: found only in the templates folder ({@link ConfinedResolver}),
 * strict about names ({@link StrictObjectHandler}), and keeping the UTF-8 bytes of every piece of
 * literal template text as it is compiled. A student's page is mostly such text (its style sheet
 * above all), so {@link Utf8Writer} copies these bytes instead of encoding the same markup for
 * every student. Not thread-safe while compiling; {@link #encodedText} is an immutable snapshot.
 */
final class TemplateFactory extends DefaultMustacheFactory {
  private static final byte[][] HTML_ESCAPES = htmlEscapes();

  private final Map<String, byte[]> encodedText = new HashMap<>();

  /** The first instance of each literal text, which every later equal text is replaced with. */
  private final Map<String, String> canonical = new HashMap<>();

  TemplateFactory() {
    super(new ConfinedResolver());
    setObjectHandler(new StrictObjectHandler());
  }

  /**
   * Mustache.java passes each literal text of a template through here once, while compiling, and
   * keeps what this returns. Equal texts (a {@code </td>} and newline, say) come back as one String
   * instance, the map's key: the writer's lookup then ends at HashMap's identity check, where a
   * second instance would cost a character-by-character equals on every write.
   */
  @Override
  public String filterText(String appended, boolean startOfLine) {
    String text = super.filterText(appended, startOfLine);
    // A surrogate could pair with the text written before or after it: left to the writer.
    if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      return text;
    }
    String known = canonical.putIfAbsent(text, text);
    if (known != null) {
      return known;
    }
    encodedText.put(text, text.getBytes(StandardCharsets.UTF_8));
    return text;
  }

  /**
   * The literal texts of every template compiled so far, each with its UTF-8 bytes: a snapshot that
   * callers must only read. A HashMap: its lookup tries the key's identity first, and the writer is
   * handed the very strings compiled here. Not wrapped unmodifiable: the writer looks it up for
   * every piece of template text, and the wrapper adds a call to each lookup.
   */
  Map<String, byte[]> encodedText() {
    return new HashMap<>(encodedText);
  }

  /**
   * Escapes a value as Mustache.java's {@code HtmlEscaper} does, straight into the bytes of a
   * {@link Utf8Writer}: one pass over the value, where the escaper copies it into a char array and
   * the writer then encodes the pieces.
   */
  @Override
  public void encode(String value, Writer writer) {
    if (!(writer instanceof Utf8Writer bytes)) {
      super.encode(value, writer);
      return;
    }
    try {
      bytes.writeEscaped(value, HTML_ESCAPES);
    } catch (IOException e) {
      throw new MustacheException("Failed to encode value: " + value, e);
    }
  }

  /**
   * What Mustache.java 0.9's HtmlEscaper writes for each ASCII character it escapes; null for the
   * others.
   */
  private static byte[][] htmlEscapes() {
    byte[][] escapes = new byte[128][];
    for (int c = 0; c <= '\r'; c++) {
      escapes[c] = ("&#" + c + ";").getBytes(StandardCharsets.US_ASCII);
    }
    String[][] named = {
      {"&", "&amp;"},
      {"<", "&lt;"},
      {">", "&gt;"},
      {"\"", "&quot;"},
      {"'", "&#39;"},
      {"`", "&#96;"},
      {"=", "&#61;"}
    };
    for (String[] escape : named) {
      escapes[escape[0].charAt(0)] = escape[1].getBytes(StandardCharsets.US_ASCII);
    }
    return escapes;
  }
}
