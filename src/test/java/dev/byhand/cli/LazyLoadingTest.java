package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check must cost little more than JVM start: it may not load the JUnit launcher or Mustache, nor
 * compile a rubric's mistakes before an answer needs a diagnosis, and grading needs no launcher at
 * all (it is a plain loop). Runs the command line in a fresh class loader and records every class
 * it defines.
 */
class LazyLoadingTest {
  private static final String LAUNCHER = "org.junit.platform.launcher.";
  private static final String MUSTACHE = "com.github.mustachejava.";

  /** What derives a network's mistakes from its equations and compiles them. */
  private static final String MUTATIONS = "dev.byhand.network.Mutations";

  /** Loads the application's classes itself (not from the parent), so each one it needs is seen. */
  private static final class RecordingLoader extends URLClassLoader {
    final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }
  }

  private static Set<String> classesLoadedBy(String... args) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(toUrl(entry));
    }
    try (RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
      Class<?> main = loader.loadClass("dev.byhand.cli.Main");
      Object code =
          main.getMethod("run", PrintStream.class, PrintStream.class, String[].class)
              .invoke(null, quiet(), quiet(), args);
      assertThat(code).as("exit code of %s", String.join(" ", args)).isIn(0, 1);
      return Set.copyOf(loader.loaded);
    }
  }

  private static URL toUrl(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }

  @Test
  void aFormatCheck_loadsNeitherTheLauncherNorMustache() throws Exception {
    Set<String> loaded = classesLoadedBy("check", "submissions/alice.csv");
    assertThat(loaded).contains("dev.byhand.check.Checker", "dev.byhand.grading.Grader");
    assertThat(loaded).noneMatch(name -> name.startsWith(LAUNCHER) || name.startsWith(MUSTACHE));
  }

  @Test
  void aCorrectnessCheck_loadsNeitherTheLauncherNorMustache(@TempDir Path dir) throws Exception {
    String rubric =
        Files.readString(Path.of("rubrics/rnn-by-hand.json"))
            .replaceFirst("\"sentence\":", "\"selfCheck\": \"correctness\", \"sentence\":");
    Path file = Files.writeString(dir.resolve("open.json"), rubric);
    Set<String> loaded =
        classesLoadedBy("check", "submissions/alice.csv", "--rubric", file.toString());
    assertThat(loaded).contains("dev.byhand.grading.ItemJudge");
    assertThat(loaded).noneMatch(name -> name.startsWith(LAUNCHER) || name.startsWith(MUSTACHE));
  }

  @Test
  void aFormatCheck_compilesNoDerivedMistake_sinceItDiagnosesNothing() throws Exception {
    Set<String> loaded =
        classesLoadedBy(
            "check", "samples/stacked-rnn/eva.csv", "--rubric", "rubrics/stacked-rnn.json");
    assertThat(loaded).contains("dev.byhand.check.Checker").doesNotContain(MUTATIONS);
  }

  @Test
  void grading_compilesTheDerivedMistakes_whenAnAnswerIsWrong(@TempDir Path dir) throws Exception {
    Set<String> loaded =
        classesLoadedBy(
            "grade",
            "--rubric",
            "rubrics/stacked-rnn.json",
            "--submissions",
            "samples/stacked-rnn",
            "--reports",
            dir.toString());
    assertThat(loaded).contains(MUTATIONS);
  }

  @Test
  void theTemplate_loadsNeitherTheLauncherNorMustache(@TempDir Path dir) throws Exception {
    Set<String> loaded = classesLoadedBy("template", "-o", dir.resolve("a.csv").toString());
    assertThat(loaded).contains("dev.byhand.check.AnswerTemplate");
    assertThat(loaded).noneMatch(name -> name.startsWith(LAUNCHER) || name.startsWith(MUSTACHE));
  }

  @Test
  void grading_loadsMustacheButNotTheLauncher_soTheRecorderSeesWhatIsUsed(@TempDir Path dir)
      throws Exception {
    Set<String> loaded = classesLoadedBy("grade", "--reports", dir.toString());
    assertThat(loaded)
        .anyMatch(name -> name.startsWith(MUSTACHE))
        .noneMatch(name -> name.startsWith(LAUNCHER));
  }
}
