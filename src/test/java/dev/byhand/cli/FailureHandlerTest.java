package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

class FailureHandlerTest {
  @Test
  void aFileProblem_saysWhatWentWrong_notJustThePath() {
    assertThat(FailureHandler.describe(new AccessDeniedException("/srv/reports")))
        .isEqualTo("permission denied: /srv/reports");
    assertThat(FailureHandler.describe(new NoSuchFileException("rubric.json")))
        .isEqualTo("no such file or folder: rubric.json");
    assertThat(FailureHandler.describe(new NotDirectoryException("reports/x")))
        .isEqualTo("not a folder: reports/x");
  }

  @Test
  void anotherIoProblem_keepsTheJdksReason() {
    assertThat(
            FailureHandler.describe(
                new FileSystemException("/mnt/usb/reports", null, "Read-only file system")))
        .isEqualTo("/mnt/usb/reports: Read-only file system");
    assertThat(FailureHandler.describe(new IOException("No space left on device")))
        .isEqualTo("No space left on device");
    assertThat(FailureHandler.describe(new IOException())).isEqualTo("IOException");
  }
}
