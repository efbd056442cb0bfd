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

  @Test
  void removeStale_deletesTemporaryFilesOfAKilledRun_butNotOutputsNorNewerTemporaryFiles() throws IOException {
    Path killed = Files.writeString(folder.resolve(".alice.html.3f2a9c1e-0b7d-4c1e-9a55-1f0e2d3c4b5a.tmp"), "<html");
    Path zipPart = Files.writeString(folder.resolve(".autograder.zip.8123456789.tmp"), "PK");
    Path report = Files.writeString(folder.resolve("alice.html"), "<html></html>");
    Path notes = Files.writeString(folder.resolve("notes.tmp"), "a TA's own file");
    java.time.Instant runStart = java.time.Instant.now().plusSeconds(60);
    Path current = Files.writeString(folder.resolve(".bob.html.0b7d.tmp"), "<html");
    Files.setLastModifiedTime(current, java.nio.file.attribute.FileTime.from(runStart.plusSeconds(1)));

    assertThat(AtomicFile.removeStale(folder, runStart)).isEqualTo(2);

    assertThat(killed).doesNotExist();
    assertThat(zipPart).doesNotExist();
    assertThat(report).exists();
    assertThat(notes).exists();
    assertThat(current).exists();
  }
}
