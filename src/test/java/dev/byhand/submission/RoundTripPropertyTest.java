package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byhand.rnn.Rational;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random cases: whatever way a vector or key is written, it reads back to the same thing. */
class RoundTripPropertyTest {
  private static final List<String> LAYOUTS =
      List.of("cells", "quoted", "numpy", "spaces", "semicolon-decimal", "json-array", "json-string");
  private static final List<String> SEPARATORS = List.of(".", " ", "_", "-", ": ", "/", "");
  private static final List<String[]> ITEMS =
      List.of(
          new String[] {"hidden", "hidden", "h", "hidden state", "state", "h2"},
          new String[] {"logits", "logits", "logit", "output", "scores", "y"},
          new String[] {"prediction", "prediction", "pred", "next token", "predicted token", "word"});

  @TempDir Path dir;

  static Stream<Long> seeds() {
    return IntStream.range(0, 150).mapToObj(i -> 1_000L + i);
  }

  @Nested
  class Vectors {
    @ParameterizedTest
    @MethodSource("dev.byhand.submission.RoundTripPropertyTest#seeds")
    void anyLayout_readsBackToTheSameNumbers(long seed) throws IOException {
      Random random = new Random(seed);
      List<Integer> numbers = IntStream.range(0, 1 + random.nextInt(8))
          .mapToObj(i -> random.nextInt(401) - 200).toList();
      String layout = LAYOUTS.get(random.nextInt(LAYOUTS.size()));
      Path file = dir.resolve(layout.startsWith("json") ? "a.json" : "a.csv");
      Files.writeString(file, write(layout, numbers), StandardCharsets.UTF_8);

      Submission s = new SubmissionReader().read("s", file);

      assertThat(s.problems()).isEmpty();
      assertThat(s.answers()).singleElement()
          .extracting(a -> a.values().stream().map(NumberReader::parse).toList())
          .isEqualTo(numbers.stream().map(Rational::of).toList());
    }
  }

  @Nested
  class Keys {
    @ParameterizedTest
    @MethodSource("dev.byhand.submission.RoundTripPropertyTest#seeds")
    void anySpellingOfAKey_parsesToTheCanonicalKey(long seed) {
      Random random = new Random(seed);
      int question = 1 + random.nextInt(12);
      String[] item = ITEMS.get(random.nextInt(ITEMS.size()));
      String written = (random.nextBoolean() ? "q" : random.nextBoolean() ? "Q0" : "")
          + question
          + SEPARATORS.get(random.nextInt(SEPARATORS.size()))
          + item[1 + random.nextInt(item.length - 1)];
      if (random.nextBoolean()) {
        written = written.toUpperCase(Locale.ROOT);
      }
      String wrapped = random.nextBoolean() ? "\u00a0\"" + written + "\" " : written;
      assertThat(AnswerKey.parse(wrapped)).contains(new AnswerKey("q" + question, item[0]));
    }
  }

  private static String write(String layout, List<Integer> numbers) {
    Function<String, String> joined = sep -> String.join(sep, numbers.stream().map(String::valueOf).toList());
    return switch (layout) {
      case "cells" -> "q1.hidden," + joined.apply(",") + ",,\n";
      case "quoted" -> "key,value\nq1.hidden,\"[" + joined.apply(", ") + "]\"\n";
      case "numpy" -> "q1.hidden,[" + numpy(numbers) + "]\n";
      case "spaces" -> "# answers\nq1.hidden,  " + joined.apply(" ") + "\n";
      case "semicolon-decimal" -> "q1.hidden;" + String.join(";", decimalCommas(numbers)) + "\r\n";
      case "json-array" -> "{\"q1\": {\"hidden\": [" + joined.apply(", ") + "]}}";
      default -> "{\"q1.hidden\": \"" + joined.apply(" ") + "\"}";
    };
  }

  private static String numpy(List<Integer> numbers) {
    return String.join(" ", numbers.stream().map(n -> String.format(Locale.ROOT, "%4d.", n)).toList());
  }

  private static List<String> decimalCommas(List<Integer> numbers) {
    List<String> cells = new ArrayList<>();
    for (int n : numbers) {
      cells.add(n + ",0");
    }
    return cells;
  }
}
