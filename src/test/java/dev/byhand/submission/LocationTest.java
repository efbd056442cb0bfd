package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {
  private static final Location LINE_1 = Location.ofLine("alice.txt", 1);

  @Test
  void aShortLineIsQuotedWhole_withoutItsSurroundingSpaces() {
    assertThat(LINE_1.withText("  h1 = [5, 4, 0]  ").text()).isEqualTo("h1 = [5, 4, 0]");
  }

  @Test
  void aLineOfAMegabyteIsQuotedByItsStart_cutWithAnEllipsis() {
    String line = "h1 = [5, 4, 0] " + "x ".repeat(500_000);

    String quoted = LINE_1.withText(line).text();

    assertThat(quoted).startsWith("h1 = [5, 4, 0] x x").endsWith("…");
    assertThat(quoted.length()).isLessThanOrEqualTo(Location.MAX_TEXT);
  }

  @Test
  void aLongLineWhoseRestIsOnlySpaces_isQuotedWhole() {
    assertThat(LINE_1.withText("h1 = [5, 4, 0]" + " ".repeat(5_000)).text())
        .isEqualTo("h1 = [5, 4, 0]");
  }

  @Test
  void aLineWhoseStartIsAllSpacesButThatGoesOn_saysItGoesOn() {
    assertThat(LINE_1.withText(" ".repeat(5_000) + "h1 = [5, 4, 0]").text()).isEqualTo("…");
  }

  @Test
  void controlCharactersInTheQuotedStartAreShown() {
    assertThat(LINE_1.withText("h1\u0007 = [5]" + "y".repeat(2_000)).text())
        .startsWith("h1␇ = [5]");
  }
}
