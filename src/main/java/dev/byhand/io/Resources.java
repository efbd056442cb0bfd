package dev.byhand.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text that ships inside byhand's jar: templates, styles, scripts. Stateless. */
public final class Resources {
  private Resources() {}

  /**
   * The UTF-8 text of the jar resource {@code name} (absolute, {@code /byhand/…}).
   *
   * @throws IllegalStateException when the jar lacks it (a build that skipped a step)
   */
  public static String text(String name) {
    try (InputStream in = Resources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            name + " is missing from byhand's jar; rebuild it with mvn package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from byhand's jar", e);
    }
  }
}
