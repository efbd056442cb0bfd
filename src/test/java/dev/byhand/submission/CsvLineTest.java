package dev.byhand.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLineTest {
  /** Quotes, every delimiter, and spaces that Java's trim, isWhitespace and Clean disagree on. */
  private static final String AWKWARD = "a1 \t,;\"\u00a0\u2003\u0001\u200b[]-\u001c";

  @Test
  void splitsPlainAndQuotedCells_likeAStudentsSpreadsheet() {
    assertThat(CsvLine.cells("q1.hidden, 5 ,4,0,", ',')).contains(List.of("q1.hidden", "5", "4", "0", ""));
    assertThat(CsvLine.cells("q1.hidden;\"[5, 4, 0]\" ", ';')).contains(List.of("q1.hidden", "[5, 4, 0]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"q1,\"5", "q1,\"5\"\"4\"", "q1,5\"4", "q1,\"5\" 4", "\""})
  void leavesQuotesItCannotSplitAlone_toTheFullParser(String line) {
    assertThat(CsvLine.cells(line, ',')).isEmpty();
  }

  @Test
  void agreesWithCommonsCsv_onEveryLineItSplits() throws IOException {
    Random random = new Random(20261125L);
    int split = 0;
    for (int n = 0; n < 20_000; n++) {
      String line = awkwardLine(random);
      for (char delimiter : new char[] {',', ';', '\t'}) {
        Optional<List<String>> cells = CsvLine.cells(line, delimiter);
        if (cells.isPresent()) {
          split++;
          assertThat(List.of(cells.get())).as("%s split on %s", line, delimiter).isEqualTo(commons(line, delimiter));
        }
      }
    }
    assertThat(split).as("lines split without the parser").isGreaterThan(10_000);
  }

  private static String awkwardLine(Random random) {
    StringBuilder line = new StringBuilder();
    int length = 1 + random.nextInt(12);
    for (int i = 0; i < length; i++) {
      line.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
    }
    return line.toString();
  }

  private static List<List<String>> commons(String line, char delimiter) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(line, CsvAnswers.format(delimiter))) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
      }
    }
    return records;
  }
}
