package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickCompilationTest {
  @Test
  void aSmallClass_leavesTheJitAlone() {
    assertThat(QuickCompilation.request(QuickCompilation.MIN_STUDENTS - 1)).isFalse();
  }

  @Test
  void aLargeClass_onHotSpot_getsTheDirectiveAccepted() {
    // The build runs on HotSpot (OpenJDK / Temurin), whose DiagnosticCommand MBean takes directives.
    assertThat(QuickCompilation.request(QuickCompilation.MIN_STUDENTS)).isTrue();
  }
}
