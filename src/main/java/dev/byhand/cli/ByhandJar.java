package dev.byhand.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/** The byhand jar a package command ships: the one given, the running one, or the one built. */
final class ByhandJar {
  static final Path BUILT_JAR = Path.of("target", "byhand.jar");

  private ByhandJar() {}

  /**
   * @param given the jar named by {@code --jar}, or null
   * @throws UsageException when there is none, or the one given is not a file
   */
  static Path toPackage(Path given) {
    Path jarFile =
        given != null
            ? given
            : runningJar()
                .or(ByhandJar::builtJar)
                .orElseThrow(
                    () ->
                        new UsageException(
                            "cannot find byhand.jar to package: run 'mvn package' first, or pass --jar FILE"));
    if (!Files.isRegularFile(jarFile)) {
      throw new UsageException("--jar " + jarFile + " is not a file; pass the path of byhand.jar");
    }
    return jarFile;
  }

  /** The jar this class was loaded from, when byhand runs as {@code java -jar byhand.jar}. */
  private static Optional<Path> runningJar() {
    CodeSource source = Main.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) && location.toString().endsWith(".jar")
          ? Optional.of(location)
          : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> builtJar() {
    return Files.isRegularFile(BUILT_JAR) ? Optional.of(BUILT_JAR) : Optional.empty();
  }
}
