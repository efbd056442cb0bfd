package dev.byhand.report;

import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.resolver.ClasspathResolver;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Finds templates only in the classpath folder {@code byhand/templates}, and only by plain names
 * such as {@code style.mustache}. Mustache.java's {@link ClasspathResolver} normalizes {@code ..}
 * before looking up, so {@code ../../x} would reach any resource on the classpath; names are
 * therefore checked here first. Immutable and thread-safe.
 */
final class ConfinedResolver implements MustacheResolver {
  static final String ROOT = "byhand/templates";

  // No slashes, dots before the extension, colons or backslashes: nothing can leave the folder.
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}\\.mustache");

  private final ClasspathResolver delegate = new ClasspathResolver(ROOT);

  /** The template's text, or {@code null} (which the factory reports as not found). */
  @Override
  public Reader getReader(String resourceName) {
    if (resourceName == null || !PLAIN_NAME.matcher(resourceName).matches()) {
      return null;
    }
    return delegate.getReader(resourceName);
  }
}
