package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class ReferenceCommandTest {
  @Test
  void json_holdsTheHandoutsVectorsAndPredictions() {
    CliRun run = CliRun.of("reference", "--json");
    assertThat(run.exitCode()).isZero();
    JsonArray steps = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("steps");
    JsonObject first = steps.get(0).getAsJsonObject();
    assertThat(first.get("hidden").toString()).isEqualTo("[5,4,0]");
    assertThat(first.get("logits").toString()).isEqualTo("[21,8,9,20,13,12]");
    assertThat(first.get("prediction").toString()).isEqualTo("[\"BOS\"]");
    JsonObject second = steps.get(1).getAsJsonObject();
    assertThat(second.get("hidden").toString()).isEqualTo("[57,8,36]");
    assertThat(second.get("logits").toString()).isEqualTo("[89,-92,29,184,181,-12]");
    assertThat(second.get("prediction").toString()).isEqualTo("[\"is\"]");
  }

  @Test
  void table_alignsOneRowPerStep() {
    CliRun run = CliRun.of("reference");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(8);
    assertThat(run.out()).contains("1     BOS      [1, 0, 1, 0]   [5, 4, -1]");
  }

  @Test
  void version_isPrinted() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("byhand ");
  }

  @Test
  void help_isThereOnEveryCommand() {
    for (String command : new String[] {"grade", "reference"}) {
      CliRun run = CliRun.of(command, "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Usage: byhand " + command).contains("--rubric");
    }
  }
}
