package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a TA unpacks it: {@code target/byhand-<version>.zip} unpacked into a
 * temporary folder, and its {@code bin/byhand} run through a symbolic link, as after {@code ln -s}
 * into {@code ~/bin}. Runs in {@code verify}, after {@code package} built the zip.
 */
class LauncherIT {
  @TempDir Path temp;
  private Path home;
  private Path launcher;

  @BeforeEach
  void unpack() throws IOException {
    assumeFalse(
        System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"),
        "the sh launcher");
    Path built;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      built =
          files
              .filter(p -> p.getFileName().toString().matches("byhand-.+\\.zip"))
              .findFirst()
              .orElseThrow(
                  () ->
                      new AssertionError("no target/byhand-<version>.zip: run through mvn verify"));
    }
    try (ZipFile zip = ZipFile.builder().setPath(built).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        Path target = temp.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          Files.copy(in, target);
        }
        Files.setPosixFilePermissions(
            target,
            PosixFilePermissions.fromString(
                (entry.getUnixMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    home = temp.resolve(built.getFileName().toString().replaceFirst("\\.zip$", ""));
    launcher =
        Files.createSymbolicLink(
            Files.createDirectories(temp.resolve("elsewhere")).resolve("byhand"),
            home.resolve("bin/byhand"));
  }

  private record Run(int exitCode, String output) {}

  private Run run(Map<String, String> environment, String... args) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList())
            .redirectErrorStream(true)
            .directory(Path.of("").toAbsolutePath().toFile());
    builder.environment().remove("JAVA_OPTS");
    builder.environment().remove("BYHAND_OPTS");
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  @Test
  void theZipHoldsBothLaunchersAndTheJar() throws IOException {
    assertThat(home.resolve("lib/byhand.jar")).isRegularFile();
    assertThat(Files.isExecutable(home.resolve("bin/byhand"))).isTrue();
    assertThat(Files.readString(home.resolve("bin/byhand")))
        .startsWith("#!/bin/sh\n")
        .doesNotContain("\r");
    assertThat(Files.readString(home.resolve("bin/byhand.cmd"))).contains("\r\n");
  }

  @Test
  void runsTheJarWithTheBatchFlags_thenTheUsersOptions() throws Exception {
    Run run = run(Map.of("BYHAND_OPTS", "-XX:+PrintCommandLineFlags"), "--version");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "byhand ");
  }

  @Test
  void aCollectorOfTheUsers_replacesTheSerialOne() throws Exception {
    Run run =
        run(
            Map.of("JAVA_OPTS", "-XX:+UseParallelGC", "BYHAND_OPTS", "-XX:+PrintCommandLineFlags"),
            "--version");
    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("-XX:+UseParallelGC").doesNotContain("UseSerialGC");
  }

  @Test
  void aWrongJavaHome_isNamedWithTheFix() throws Exception {
    Run run = run(Map.of("JAVA_HOME", temp.resolve("no-java").toString()), "--version");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .contains("JAVA_HOME is set to an invalid folder", "no-java", "Java 17");
  }

  @Test
  void theFirstGradeRecordsAClassArchive_whichLaterCommandsMap() throws Exception {
    Path reports = temp.resolve("reports");
    Run first = run(Map.of(), "grade", "--reports", reports.toString());
    assertThat(first.exitCode()).as(first.output()).isZero();
    assertThat(reports.resolve("results.json")).isRegularFile();
    List<String> archives;
    try (Stream<Path> files = Files.list(home.resolve("lib"))) {
      archives =
          files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("byhand.jar")).toList();
    }
    assertThat(archives).singleElement().asString().matches("byhand-[0-9]+\\.jsa");

    Run second =
        run(Map.of("BYHAND_OPTS", "-Xlog:class+load=info"), "check", "submissions/alice.csv");
    assertThat(second.exitCode()).as(second.output()).isZero();
    assertThat(second.output()).contains("dev.byhand.cli.Main source: shared objects file (top)");
  }
}
