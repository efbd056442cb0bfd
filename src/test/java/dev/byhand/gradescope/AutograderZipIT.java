package dev.byhand.gradescope;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The autograder as Gradescope runs it: {@code gradescope package} from the real jar, the zip
 * unpacked into a root laid out like {@code /autograder}, and {@code run_autograder} run with
 * {@code AUTOGRADER_ROOT}. Runs in {@code verify}, after {@code package} built target/byhand.jar.
 */
class AutograderZipIT {
  static final Path JAR = Path.of("target/byhand.jar");
  static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  @TempDir static Path shared;
  static Path zip;

  @BeforeAll
  static void packageTheRealJar() throws Exception {
    assertThat(JAR).as("run through mvn verify, after package").exists();
    zip = shared.resolve("autograder.zip");
    Process process =
        new ProcessBuilder(
                JAVA.toString(),
                "-jar",
                JAR.toString(),
                "gradescope",
                "package",
                "--rubric",
                "rubrics/rnn-by-hand.json",
                "--out",
                zip.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
  }

  @TempDir Path root;

  /** Unpacks the zip into source/ as Gradescope does, honouring the modes stored in it. */
  void layOut() throws IOException {
    Path source = Files.createDirectories(root.resolve("source"));
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
        Path target = source.resolve(entry.getName());
        try (InputStream in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if ((entry.getUnixMode() & 0100) != 0) {
          Set<PosixFilePermission> modes = EnumSet.copyOf(Files.getPosixFilePermissions(target));
          modes.add(PosixFilePermission.OWNER_EXECUTE);
          Files.setPosixFilePermissions(target, modes);
        }
      }
    }
    Files.createDirectories(root.resolve("submission"));
    Files.createDirectories(root.resolve("results"));
    Files.writeString(
        root.resolve("submission_metadata.json"),
        """
        {"id": 123456, "created_at": "2026-11-20T23:51:02.365935-08:00", "submission_method": "upload",
         "users": [{"email": "alice@example.edu", "id": 1234, "name": "Alice Ng", "sid": "2031337"}],
         "previous_submissions": []}
        """);
  }

  /**
   * Runs source/run_autograder itself (its shebang and stored executable bit) with {@code path} as
   * PATH.
   */
  JsonObject runAutograder(String path) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(root.resolve("source/run_autograder").toString())
            .directory(root.toFile())
            .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.put("AUTOGRADER_ROOT", root.toString());
    environment.put("PATH", path);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    Path results = root.resolve("results/results.json");
    assertThat(results).as(output).exists();
    String json = Files.readString(results, StandardCharsets.UTF_8);
    GradescopeSchema.assertValid(json);
    return JsonParser.parseString(json).getAsJsonObject();
  }

  JsonObject runWithJava() throws Exception {
    return runAutograder(JAVA.getParent() + ":/usr/local/bin:/usr/bin:/bin");
  }

  void upload(String name, byte[] content) throws IOException {
    Files.write(root.resolve("submission").resolve(name), content);
  }

  void uploadSample(String sample, String as) throws IOException {
    upload(as, Files.readAllBytes(Path.of("submissions", sample)));
  }

  static double score(JsonObject results) {
    return results.get("score").getAsDouble();
  }

  @Nested
  class WithJava {
    @Test
    void aCorrectUploadOutscoresAWrongOne() throws Exception {
      layOut();
      uploadSample("alice.csv", "answers.csv");
      JsonObject correct = runWithJava();
      Files.delete(root.resolve("submission/answers.csv"));
      uploadSample("jonas.csv", "answers.csv");
      JsonObject wrong = runWithJava();

      assertThat(score(correct)).isEqualTo(14.0);
      assertThat(correct.getAsJsonArray("tests")).hasSize(6);
      assertThat(score(wrong)).isLessThan(score(correct));
      assertThat(wrong.toString()).contains("\"status\":\"failed\"");
    }

    @Test
    void anEmptyUploadSaysWhatToSubmit() throws Exception {
      layOut();

      JsonObject results = runWithJava();

      assertThat(score(results)).isZero();
      assertThat(results.get("output").getAsString()).contains("no answers file found");
    }

    @Test
    void aBinaryFileIsNamedForWhatItIs() throws Exception {
      layOut();
      uploadSample("mateo.csv", "answers.png");

      JsonObject results = runWithJava();

      assertThat(score(results)).isZero();
      assertThat(results.get("output").getAsString()).contains("PNG image");
    }

    @Test
    void twoAnswerFilesAskForOne() throws Exception {
      layOut();
      uploadSample("alice.csv", "final.csv");
      uploadSample("bob_smith.json", "final.json");

      JsonObject results = runWithJava();

      assertThat(score(results)).isZero();
      assertThat(results.get("output").getAsString())
          .contains("two answer files")
          .contains("keep one");
    }
  }

  @Nested
  class WithoutAWorkingJava {
    /** A PATH with what the script needs from the system (bash, coreutils) but no java. */
    String pathWithout(Path... extraTools) throws IOException {
      Path bin = Files.createDirectories(root.resolve("bin"));
      for (String tool : List.of("bash", "env", "mkdir", "rm", "mv", "timeout")) {
        for (String folder : List.of("/usr/bin", "/bin")) {
          Path real = Path.of(folder, tool);
          if (Files.isExecutable(real) && Files.notExists(bin.resolve(tool))) {
            Files.createSymbolicLink(bin.resolve(tool), real);
          }
        }
      }
      List<String> path = new ArrayList<>();
      path.add(bin.toString());
      for (Path tool : extraTools) {
        path.add(0, tool.getParent().toString());
      }
      return String.join(":", path);
    }

    @Test
    void noJavaOnThePathStillLeavesValidResults() throws Exception {
      layOut();
      uploadSample("alice.csv", "answers.csv");

      JsonObject results = runAutograder(pathWithout());

      assertThat(score(results)).isZero();
      assertThat(results.get("output").getAsString())
          .contains("Java is not installed")
          .contains("not your score");
    }

    @Test
    void aJavaThatCannotStartTheJvmStillLeavesValidResults() throws Exception {
      layOut();
      uploadSample("alice.csv", "answers.csv");
      Path fakeBin = Files.createDirectories(root.resolve("broken-java"));
      Path java =
          Files.writeString(
              fakeBin.resolve("java"),
              "#!/bin/sh\necho 'Error: Could not create the Java Virtual Machine.' >&2\nexit 1\n");
      java.toFile().setExecutable(true);

      JsonObject results = runAutograder(pathWithout(java));

      assertThat(score(results)).isZero();
      assertThat(results.get("output").getAsString())
          .contains("exit status 1")
          .contains("not graded");
    }
  }
}
