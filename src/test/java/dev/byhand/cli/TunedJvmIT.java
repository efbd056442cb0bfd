package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar byhand.jar grade} grades in a second JVM started with batch flags (TunedJvm). */
class TunedJvmIT {
  private static final Path JAR = Path.of("target/byhand.jar");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir Path temp;

  @Test
  void grade_runsInAJvmWithQuickCompilationAndTheSerialCollector_keepingTheUsersOptions() throws Exception {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    for (int i = 0; i < 400; i++) {
      Files.writeString(submissions.resolve(String.format("s%03d.csv", i)), "q1.hidden,5,4," + (i % 2) + "\n");
    }
    ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-Xmx300m", "-jar", JAR.toString(), "grade",
        "--submissions", submissions.toString(), "--reports", temp.resolve("reports").toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process run = builder.start();
    // Until the child has become the tuned JVM: first it is the JDK's jspawnhelper, about to exec it.
    Optional<List<String>> tunedArguments = Optional.empty();
    while (tunedArguments.isEmpty() && run.isAlive()) {
      tunedArguments = run.children().findFirst().flatMap(child -> child.info().arguments()).map(List::of)
          .filter(arguments -> arguments.contains(Main.class.getName()));
      Thread.sleep(10);
    }
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(run.exitValue()).as(Files.readString(temp.resolve("out.txt"))).isZero();
    assertThat(tunedArguments).hasValueSatisfying(arguments -> assertThat(arguments)
        .containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx300m", "-Dbyhand.tunedJvm=true")
        .endsWith("--reports", temp.resolve("reports").toString()));
    assertThat(temp.resolve("reports/s399.html")).exists();
    assertThat(Files.readString(temp.resolve("out.txt"))).startsWith("Graded 400 students");
    // The first run recorded byhand's classes for the next runs to map (ClassArchive).
    try (var archives = Files.list(temp.resolve("cache/byhand"))) {
      assertThat(archives.map(p -> p.getFileName().toString())).singleElement().asString()
          .startsWith("byhand-").endsWith(".jsa");
    }
  }

  @Test
  void aDamagedClassArchive_isRemoved_andTheClassGradedWithoutIt() throws Exception {
    Path submissions = Files.createDirectories(temp.resolve("submissions"));
    Files.writeString(submissions.resolve("alice.csv"), "q1.hidden,5,4,0\n");
    Path cache = temp.resolve("cache");
    assertThat(gradeWithCache(submissions, cache)).isZero();
    Path archive;
    try (var archives = Files.list(cache.resolve("byhand"))) {
      archive = archives.filter(p -> p.toString().endsWith(".jsa")).findFirst().orElseThrow();
    }
    // Truncated (a lost write, a restored home folder): the JVM that maps it crashes.
    assertThat(archive.toFile().setWritable(true)).isTrue();
    try (FileChannel channel = FileChannel.open(archive, StandardOpenOption.WRITE)) {
      channel.truncate(channel.size() / 2);
    }
    assertThat(gradeWithCache(submissions, cache)).isZero();
    assertThat(Files.readString(temp.resolve("out.txt")))
        .contains("removed the archive and grading again without it").contains("Graded 1 student");
    assertThat(archive).doesNotExist();
  }

  private int gradeWithCache(Path submissions, Path cache) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "grade",
        "--submissions", submissions.toString(), "--reports", temp.resolve("reports").toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process run = builder.start();
    assertThat(run.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return run.exitValue();
  }

  @Test
  void aFailedRun_exitsWithTheTunedJvmsCode_andSaysWhyOnce() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "grade",
        "--submissions", temp.resolve("missing").toString())
        .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
    builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
    Process run = builder.start();
    assertThat(run.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(run.exitValue()).isEqualTo(2);
    List<String> lines = Files.readAllLines(temp.resolve("out.txt"), StandardCharsets.UTF_8);
    assertThat(lines).singleElement().asString().contains("missing");
  }
}
