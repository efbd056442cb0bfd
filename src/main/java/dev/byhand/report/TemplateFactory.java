package dev.byhand.report;

import com.github.mustachejava.DefaultMustacheFactory;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Compiles byhand's templates: found only in the templates folder ({@link ConfinedResolver}), strict
 * about names ({@link StrictObjectHandler}), and keeping the UTF-8 bytes of every piece of literal
 * template text as it is compiled. A student's page is mostly such text (the style sheet alone is
 * 6 KB), so {@link Utf8Writer} copies these bytes instead of encoding the same markup for every
 * student. Not thread-safe while compiling; {@link #encodedText} is an immutable snapshot.
 */
final class TemplateFactory extends DefaultMustacheFactory {
  private final Map<String, byte[]> encodedText = new HashMap<>();

  TemplateFactory() {
    super(new ConfinedResolver());
    setObjectHandler(new StrictObjectHandler());
  }

  /** Mustache.java passes each literal text of a template through here once, while compiling. */
  @Override
  public String filterText(String appended, boolean startOfLine) {
    String text = super.filterText(appended, startOfLine);
    // A surrogate could pair with the text written before or after it: left to the writer.
    if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
      encodedText.computeIfAbsent(text, t -> t.getBytes(StandardCharsets.UTF_8));
    }
    return text;
  }

  /** The literal texts of every template compiled so far, each with its UTF-8 bytes. */
  Map<String, byte[]> encodedText() {
    return Map.copyOf(encodedText);
  }
}
