package dev.byhand.report;

import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.util.List;

/**
 * Reads view records like Mustache.java's default handler (a record accessor {@code score()} is
 * found as the method named {@code score}), but fails on a name that no scope has, where the
 * default would silently render an empty string. Immutable and thread-safe.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {
  @Override
  protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
    throw new IllegalStateException(
        "template refers to {{"
            + name
            + "}}, which the report view does not have;"
            + " fix the name in src/main/resources/"
            + ConfinedResolver.ROOT);
  }
}
