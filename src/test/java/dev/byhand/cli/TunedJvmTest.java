package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {
  private static final Path JAVA = Path.of("/jdk/bin/java");

  @Test
  void theUsersOptionsComeAfterOurs_soTheirsWin() {
    List<String> command = TunedJvm.command(JAVA, List.of("-XX:TieredStopAtLevel=1"),
        List.of("-Xmx256m", "-XX:TieredStopAtLevel=4"), "byhand.jar", new String[] {"grade", "-q"});
    assertThat(command).containsExactly("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Xmx256m",
        "-XX:TieredStopAtLevel=4", "-Dbyhand.tunedJvm=true", "-cp", "byhand.jar", Main.class.getName(), "grade", "-q");
  }

  @Test
  void onlyGrade_runsInATunedJvm() {
    assertThat(TunedJvm.run(new String[] {"check", "answers.csv"})).isEmpty();
    assertThat(TunedJvm.run(new String[0])).isEmpty();
  }
}
