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
 * The browser tests' one harness: Debian's Chromium, headless, driven by puppeteer-core under node
 * through a script of {@code src/test/js} (which share {@code browser.js}). A test that needs it is
 * skipped outside CI when Chromium, node or puppeteer-core is missing, and fails in CI; {@code
 * .ci/run} installs all three.
 */
public final class HeadlessChromium {
  private static final Path PUPPETEER = Path.of("target/browser-test").toAbsolutePath();

  private final Path chromium;

  private HeadlessChromium(Path chromium) {
    this.chromium = chromium;
  }

  /** The browser, or the calling test skipped (outside CI) or failed (in CI) when it is missing. */
  public static HeadlessChromium require() {
    Path chromium = onPath("chromium");
    boolean ready =
        chromium != null
            && onPath("node") != null
            && Files.isDirectory(PUPPETEER.resolve("node_modules/puppeteer-core"));
    if (!ready && "true".equals(System.getenv("CI"))) {
      fail(
          "CI must test pages in a browser: install chromium, nodejs and puppeteer-core (.ci/run does)");
    }
    Assumptions.assumeTrue(
        ready,
        "skipped: browser tests need chromium and node on PATH and"
            + " puppeteer-core in target/browser-test (apt-get install -y chromium nodejs npm;"
            + " npm install --prefix target/browser-test puppeteer-core)");
    return new HeadlessChromium(chromium);
  }

  /**
   * Runs {@code src/test/js/<script>} on {@code plan} (given the browser's path as {@code
   * chromium}) and returns the JSON it prints; fails the test when it exits non-zero or runs past 5
   * minutes.
   */
  public JsonObject drive(String script, JsonObject plan, Path temp) throws Exception {
    plan.addProperty("chromium", chromium.toString());
    Path planFile = Files.writeString(temp.resolve(script + ".plan.json"), plan.toString());
    Path out = temp.resolve(script + ".result.json");
    Path log = temp.resolve(script + ".log");
    ProcessBuilder node =
        new ProcessBuilder("node", "src/test/js/" + script, planFile.toString())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile());
    node.environment().put("PUPPETEER_DIR", PUPPETEER.toString());
    Process process = node.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("the browser test did not finish in 5 minutes");
    }
    assertThat(process.exitValue()).as(Files.readString(log)).isZero();
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
