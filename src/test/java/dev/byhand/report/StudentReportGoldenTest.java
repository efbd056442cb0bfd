package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.Golden;
import java.io.IOException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares alice's page byte for byte with the golden file. After an intended template change,
 * regenerate it with {@code mvn -o verify -Dbyhand.updateGolden=true} (Surefire passes the property
 * to the test JVM), then review the diff of {@code alice.html} before committing it.
 */
class StudentReportGoldenTest {
  private final ReportRenderer renderer = new ReportRenderer();

  @Test
  void alicesPage_matchesTheGoldenFile() throws IOException {
    Golden.assertMatches("report/alice.html", renderer.renderStudent(ReportFixtures.alice()));
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
  void aReusedPageBuffer_givesTheSameBytesPageAfterPage() {
    String expected = renderer.renderStudent(ReportFixtures.alice());
    for (int page = 0; page < 3; page++) {
      java.nio.ByteBuffer bytes = renderer.renderStudentReused(ReportFixtures.alice());
      assertThat(
              new String(
                  bytes.array(),
                  bytes.position(),
                  bytes.remaining(),
                  java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(expected);
    }
  }

  @Test
  void oneRendererServesManyThreadsAtOnce() {
    String expected = renderer.renderStudent(ReportFixtures.alice());
    assertThat(
            IntStream.range(0, 64)
                .parallel()
                .mapToObj(i -> renderer.renderStudent(ReportFixtures.alice())))
        .allMatch(expected::equals);
  }
}
