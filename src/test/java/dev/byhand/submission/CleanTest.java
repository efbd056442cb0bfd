package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTest {
  @Test
  void aSpace_isWhitespaceAnyUnicodeSpaceOrAnInvisibleFormatCharacter_forEveryChar() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean expected =
          Character.isWhitespace(c)
              || Character.isSpaceChar(c)
              || Character.getType(c) == Character.FORMAT;
      assertThat(Clean.isSpace((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void stripping_removesNoBreakThinAndZeroWidthSpacesAndABom_butNoVisibleCharacter() {
    assertThat(Clean.stripSpaces("\uFEFF\u00A0 q1.hidden\u202F\u200B\t")).isEqualTo("q1.hidden");
    assertThat(Clean.stripSpaces("!q1~")).isEqualTo("!q1~");
  }
}
