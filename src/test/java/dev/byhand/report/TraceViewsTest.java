package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceViewsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "5",
        "5, 4, -1",
        "1/3, 2",
        "5, , 4",
        ", 5",
        "5, ",
        "5, , ",
        "5,4",
        ",, 5",
        " , ",
        "a, b, c, d, e, f"
      })
  void splitAtCommas_givesTheEntriesOfStringSplit(String text) {
    assertThat(TraceViews.splitAtCommas(text))
        .containsExactlyElementsOf(Arrays.asList(text.split(", ")));
  }
}
