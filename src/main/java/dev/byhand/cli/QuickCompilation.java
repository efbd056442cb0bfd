package dev.byhand.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Asks the running JVM to skip its optimising (C2) compiler, as {@code -XX:TieredStopAtLevel=1}
 * would, through the standard DiagnosticCommand MBean ({@code jcmd Compiler.directives_add}).
 *
 * <p>Measured on 2 cores (docs/PERFORMANCE.md): C2 spent about as much CPU compiling as a
 * 10,000-student batch spent grading, and quick (C1) compilation alone halved the batch's time. A
 * {@code java -jar} manifest cannot carry JVM flags, so {@code grade} normally runs in a {@link
 * TunedJvm} started with {@code -XX:TieredStopAtLevel=1}; where it could not be started, large
 * batches ask for the nearest thing here. It is only a hint: where the JVM has no such MBean,
 * grading runs exactly as before.
 */
final class QuickCompilation {
  /** Below this many students the JIT hardly matters and the MBean server costs more than it saves. */
  static final int MIN_STUDENTS = 1000;

  private static final String DIRECTIVES = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private QuickCompilation() {}

  /** Returns whether the JVM accepted the directive. */
  static boolean request(int students) {
    if (students < MIN_STUDENTS || TunedJvm.isTuned()) {
      return false;
    }
    Path directives = null;
    try {
      directives = Files.createTempFile("byhand-jit", ".json");
      Files.writeString(directives, DIRECTIVES);
      Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
          new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
      return String.valueOf(answer).contains("1 compiler directives added");
    } catch (IOException | JMException | RuntimeException e) {
      // A hint the JVM may not support (another vendor, a locked-down runtime): grading is unaffected.
      return false;
    } finally {
      deleteQuietly(directives);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A leftover 40-byte file in the temp folder is harmless; the OS cleans it.
        file.toFile().deleteOnExit();
      }
    }
  }
}
