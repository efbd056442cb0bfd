package dev.byhand.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path folder;

  @Test
  void aCommittedFile_replacesThePreviousOne_andLeavesNoTemporaryFile() throws IOException {
    Path target = folder.resolve("results.json");
    Files.writeString(target, "old");
    AtomicFile.write(target, "new");
    assertThat(target).hasContent("new");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void anUncommittedFile_leavesThePreviousVersionAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("results.json");
    Files.writeString(target, "old");
    try (AtomicFile file = AtomicFile.begin(target)) {
      file.writer().write("half of the new");
    }
    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void reportsAreReadableByOthers_likeAnyNewFile_notPrivateTemporaryFiles() throws IOException {
    Path target = folder.resolve("alice.html");
    AtomicFile.write(target, "<p>hi</p>");
    assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OWNER_READ,
        PosixFilePermission.OWNER_WRITE);
    Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
