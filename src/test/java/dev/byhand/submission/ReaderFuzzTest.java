package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byhand.exact.Rational;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Fuzz tests of the three readers of untrusted text: the CSV reader, the JSON reader and the number
 * reader. Without {@code JAZZER_FUZZ=1} each method replays its committed inputs in {@code
 * src/test/resources/dev/byhand/submission/ReaderFuzzTestInputs/<method>/} (part of every {@code
 * mvn verify}); with it, Jazzer mutates them looking for inputs that break a contract.
 */
class ReaderFuzzTest {
  private static final SubmissionReader READER = new SubmissionReader();

  /** Control characters (C0, DEL, C1) and bidi controls: none may leave the reader raw. */
  private static final Pattern NOT_INERT =
      Pattern.compile(
          "[\\x00-\\x1F\\x7F-\\x9F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private static final Pattern SMALL_INTEGER = Pattern.compile("-?[0-9]{1,18}");

  /** Digits a parsed value may have at most: mantissa and exponent limits, for top and bottom. */
  private static final int MAX_BITS =
      (int)
          Math.ceil(
              2 * (Limits.MAX_VALUE_CHARS + Limits.MAX_EXPONENT) * Math.log(10) / Math.log(2));

  @FuzzTest
  void csvFile(byte[] contents) {
    Submission read = READER.read("fuzz", Path.of("answers.csv"), contents);

    assertWellFormed(read, contents);
    assertLocated(read);
  }

  @FuzzTest
  void jsonFile(byte[] contents) {
    Submission read = READER.read("fuzz", Path.of("answers.json"), contents);

    assertWellFormed(read, contents);
    assertLocated(read);
  }

  @FuzzTest
  void number(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Rational value;
    try {
      value = NumberReader.parse(text);
    } catch (NotANumberException e) {
      assertThat(e.getMessage()).as("a refusal says why").isNotBlank();
      return;
    }
    assertThat(Clean.strip(text))
        .as("the length limit holds")
        .hasSizeLessThanOrEqualTo(Limits.MAX_VALUE_CHARS);
    assertThat(Math.max(value.numerator().bitLength(), value.denominator().bitLength()))
        .as("the exponent limit bounds the size of " + text)
        .isLessThanOrEqualTo(MAX_BITS);
    assertThat(NumberReader.parse(" \u00a0" + text + "\t"))
        .as("surrounding spaces are ignored")
        .isEqualTo(value);
    assertRoundTrips(value);
    if (SMALL_INTEGER.matcher(text).matches()) {
      assertThat(value).isEqualTo(Rational.of(Long.parseLong(text)));
    }
  }

  /** What byhand prints for a value reads back as the same value, or is refused for its length. */
  private static void assertRoundTrips(Rational value) {
    String written = value.toString();
    if (written.length() <= Limits.MAX_VALUE_CHARS) {
      assertThat(NumberReader.parse(written)).as("%s reads back", written).isEqualTo(value);
    } else {
      assertThatThrownBy(() -> NumberReader.parse(written))
          .isInstanceOf(NotANumberException.class)
          .hasMessageContaining("limit of " + Limits.MAX_VALUE_CHARS);
    }
  }

  /**
   * A CSV answer names its line, a JSON answer its path. The format comes from the content, not the
   * name: an answers.json holding {@code q1.hidden,5,4,0} is read as CSV.
   */
  private static void assertLocated(Submission read) {
    for (Answer answer : read.answers()) {
      switch (read.format().orElseThrow()) {
        case CSV ->
            assertThat(answer.location().line()).as("a CSV answer names its line").isPresent();
        case JSON ->
            assertThat(answer.location().jsonPath())
                .as("a JSON answer names its path")
                .startsWith("$.");
      }
    }
  }

  private static void assertWellFormed(Submission read, byte[] contents) {
    assertThat(read.studentId()).isEqualTo("fuzz");
    if (read.unreadable().isPresent()) {
      assertThat(read.unreadable().get()).isNotBlank().doesNotContainPattern(NOT_INERT);
      assertThat(read.format()).isEmpty();
      assertThat(read.answers()).isEmpty();
      assertThat(read.problems()).isEmpty();
      return;
    }
    assertThat(read.format()).isPresent();
    for (Answer answer : read.answers()) {
      assertThat(answer.values()).hasSizeLessThanOrEqualTo(Limits.MAX_VALUES);
      assertThat(answer.keyAsWritten()).doesNotContainPattern(NOT_INERT);
      assertThat(answer.location().file()).isEqualTo(String.valueOf(read.source().getFileName()));
      for (String value : answer.values()) {
        assertThat(value)
            .hasSizeLessThanOrEqualTo(Limits.MAX_VALUE_CHARS)
            .doesNotContainPattern(NOT_INERT);
        assertNumberOrRefused(value);
      }
    }
    for (Problem problem : read.problems()) {
      assertThat(problem.message()).isNotBlank().doesNotContainPattern(NOT_INERT);
    }
    assertThat(READER.read("fuzz", read.source(), contents))
        .as("reading is deterministic")
        .isEqualTo(read);
  }

  /** Grading parses every value: it must be a number or refused with a sentence, nothing else. */
  private static void assertNumberOrRefused(String value) {
    try {
      assertRoundTrips(NumberReader.parse(value));
    } catch (NotANumberException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
