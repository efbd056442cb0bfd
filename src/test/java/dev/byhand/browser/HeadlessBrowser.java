package dev.byhand.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The browser tests' one harness: Debian's Chromium or Firefox ESR, headless, driven by
 * puppeteer-core under node (Chromium over the DevTools protocol, Firefox over WebDriver BiDi)
 * through a script of {@code src/test/js} (which share {@code browser.js}). A test that needs a
 * browser is skipped outside CI when it, node or puppeteer-core is missing, and fails in CI; {@code
 * .ci/run} installs all of them.
 */
public final class HeadlessBrowser {
  private static final Path PUPPETEER = Path.of("target/browser-test").toAbsolutePath();

  /** The browsers the suite runs in, and the Debian package and program of each. */
  public enum Engine {
    CHROMIUM("chromium", "chromium"),
    FIREFOX("firefox", "firefox-esr");

    private final String puppeteerName;
    private final String program;

    Engine(String puppeteerName, String program) {
      this.puppeteerName = puppeteerName;
      this.program = program;
    }
  }

  private final Engine engine;
  private final Path executable;

  private HeadlessBrowser(Engine engine, Path executable) {
    this.engine = engine;
    this.executable = executable;
  }

  /** Chromium, or the calling test skipped (outside CI) or failed (in CI) when it is missing. */
  public static HeadlessBrowser require() {
    return require(Engine.CHROMIUM);
  }

  /**
   * The browser {@code engine}, or the calling test skipped (outside CI) or failed (in CI) when it
   * is missing.
   */
  public static HeadlessBrowser require(Engine engine) {
    Path executable = onPath(engine.program);
    boolean ready =
        executable != null
            && onPath("node") != null
            && Files.isDirectory(PUPPETEER.resolve("node_modules/puppeteer-core"));
    if (!ready && "true".equals(System.getenv("CI"))) {
      fail(
          "CI must test pages in a browser: install "
              + engine.program
              + ", nodejs and puppeteer-core (.ci/run does)");
    }
    Assumptions.assumeTrue(
        ready,
        "skipped: browser tests need "
            + engine.program
            + " and node on PATH and puppeteer-core in target/browser-test (apt-get install -y"
            + " chromium firefox-esr nodejs npm; npm install --prefix target/browser-test"
            + " puppeteer-core)");
    return new HeadlessBrowser(engine, executable);
  }

  /** Which browser this is. */
  public Engine engine() {
    return engine;
  }

  /**
   * Runs {@code src/test/js/<script>} on {@code plan} (given the browser as {@code browser},
   * "chromium" or "firefox", and its path as {@code executable}) and returns the JSON it prints;
   * fails the test when it exits non-zero or runs past 5 minutes.
   */
  public JsonObject drive(String script, JsonObject plan, Path temp) throws Exception {
    plan.addProperty("browser", engine.puppeteerName);
    plan.addProperty("executable", executable.toString());
    String name = script + "." + engine.puppeteerName;
    Path planFile = Files.writeString(temp.resolve(name + ".plan.json"), plan.toString());
    Path out = temp.resolve(name + ".result.json");
    Path log = temp.resolve(name + ".log");
    ProcessBuilder node =
        new ProcessBuilder("node", "src/test/js/" + script, planFile.toString())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile());
    node.environment().put("PUPPETEER_DIR", PUPPETEER.toString());
    Process process = node.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the browser test did not finish in 5 minutes in " + engine.program);
    }
    assertThat(process.exitValue()).as(engine.program + ": " + Files.readString(log)).isZero();
    return JsonParser.parseString(Files.readString(out, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
