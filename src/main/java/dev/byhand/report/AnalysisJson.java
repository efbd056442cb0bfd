package dev.byhand.report;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * Writes the {@code analysis} object of results.json (documented in docs/RESULTS.md): figures
 * rounded to 4 decimal places, {@code null} where a figure does not exist.
 */
final class AnalysisJson {
  private final JsonWriter json;

  AnalysisJson(JsonWriter json) {
    this.json = json;
  }

  void write(ItemAnalysis analysis) throws IOException {
    json.name("analysis").beginObject();
    json.name("students").value(analysis.students());
    json.name("minimumStudents").value(ItemAnalysis.MINIMUM_STUDENTS);
    json.name("note").value(analysis.note());
    figure("alpha", analysis.alpha());
    json.name("scores");
    if (analysis.scores().isPresent()) {
      ItemAnalysis.Spread spread = analysis.scores().get();
      json.beginObject();
      json.name("mean").value(rounded(spread.mean()));
      json.name("standardDeviation").value(rounded(spread.standardDeviation()));
      json.name("min").value(Numbers.json(spread.min()));
      json.name("max").value(Numbers.json(spread.max()));
      json.name("maxPossible").value(Numbers.json(spread.maxPossible()));
      json.endObject();
    } else {
      json.nullValue();
    }
    json.name("items").beginArray();
    for (ItemAnalysis.Item item : analysis.items()) {
      item(item);
    }
    json.endArray();
    json.name("notAnalysed").beginArray();
    for (ItemAnalysis.NotAnalysed left : analysis.notAnalysed()) {
      json.beginObject();
      json.name("key").value(left.key());
      json.name("reason").value(left.reason());
      json.endObject();
    }
    json.endArray();
    // Only with variants: a rubric without them keeps its analysis as it was.
    if (analysis.variants().isPresent()) {
      variants(analysis.variants().get());
    }
    json.endObject();
  }

  private void variants(FairVariants fair) throws IOException {
    json.name("variants").beginObject();
    json.name("students").value(fair.students());
    json.name("minimumStudents").value(FairVariants.MINIMUM_STUDENTS);
    json.name("note").value(fair.note());
    json.name("flags").beginArray();
    for (FairVariants.Flag flag : fair.flags()) {
      json.beginObject();
      json.name("key").value(flag.key());
      json.name("group").value(flag.group());
      json.name("groupStudents").value(flag.groupStudents());
      json.name("groupDifficulty").value(rounded(flag.groupDifficulty()));
      json.name("otherStudents").value(flag.otherStudents());
      json.name("otherDifficulty").value(rounded(flag.otherDifficulty()));
      json.name("sentence").value(flag.sentence());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void item(ItemAnalysis.Item item) throws IOException {
    json.beginObject();
    json.name("key").value(item.key());
    json.name("difficulty").value(rounded(item.difficulty()));
    figure("discrimination", item.discrimination());
    json.name("followThrough").value(rounded(item.followThrough()));
    json.name("mistakes").beginArray();
    for (ItemAnalysis.MistakeShare mistake : item.mistakes()) {
      json.beginObject();
      json.name("id").value(mistake.id());
      json.name("count").value(mistake.count());
      json.name("share").value(rounded(mistake.share()));
      json.endObject();
    }
    json.endArray();
    json.name("flags").beginArray();
    for (String flag : item.flags()) {
      json.value(flag);
    }
    json.endArray();
    json.endObject();
  }

  private void figure(String name, OptionalDouble value) throws IOException {
    json.name(name);
    if (value.isPresent()) {
      json.value(rounded(value.getAsDouble()));
    } else {
      json.nullValue();
    }
  }

  /** To 4 decimal places, without trailing zeros or an exponent: {@code 0.8}, {@code 12}. */
  static BigDecimal rounded(double value) {
    String plain =
        BigDecimal.valueOf(value)
            .setScale(4, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return new BigDecimal(plain);
  }
}
