package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {
  private static final Path JAVA = Path.of("/jdk/bin/java");

  @Test
  void theUsersOptionsComeAfterOurs_soTheirsWin() {
    List<String> command = TunedJvm.command(JAVA, List.of("-Xmx256m", "-XX:TieredStopAtLevel=4"), new String[] {"grade"});
    assertThat(command).containsSubsequence("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Xmx256m", "-XX:TieredStopAtLevel=4", "-Dbyhand.tunedJvm=true", "-cp");
    assertThat(command.subList(command.size() - 2, command.size()))
        .containsExactly(Main.class.getName(), "grade");
  }

  @Test
  void aUserWhoChoseACollector_keepsIt() {
    assertThat(TunedJvm.command(JAVA, List.of("-XX:+UseG1GC"), new String[] {"grade"}))
        .contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
  }

  @Test
  void onlyGrade_runsInATunedJvm() {
    assertThat(TunedJvm.run(new String[] {"check", "answers.csv"})).isEmpty();
    assertThat(TunedJvm.run(new String[0])).isEmpty();
  }
}
