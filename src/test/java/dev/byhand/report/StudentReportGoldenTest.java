package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares alice's page byte for byte with the golden file. After an intended template change,
 * regenerate it with {@code mvn -o verify -Dbyhand.updateGolden=true} (Surefire passes the
 * property to the test JVM), then review the diff of {@code alice.html} before committing it.
 */
class StudentReportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/report/alice.html");

  private final ReportRenderer renderer = new ReportRenderer();

  @Test
  void alicesPage_matchesTheGoldenFile() throws IOException {
    String html = renderer.renderStudent(ReportFixtures.alice());
    if (Boolean.getBoolean("byhand.updateGolden")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void renderingTwice_givesIdenticalPages() {
    String first = renderer.renderStudent(ReportFixtures.alice());
    String again = renderer.renderStudent(ReportFixtures.alice());
    String fresh = new ReportRenderer().renderStudent(ReportFixtures.alice());
    assertThat(again).isEqualTo(first);
    assertThat(fresh).isEqualTo(first);
  }

  @Test
  void oneRendererServesManyThreadsAtOnce() {
    String expected = renderer.renderStudent(ReportFixtures.alice());
    assertThat(IntStream.range(0, 64).parallel()
            .mapToObj(i -> renderer.renderStudent(ReportFixtures.alice())))
        .allMatch(expected::equals);
  }
}
