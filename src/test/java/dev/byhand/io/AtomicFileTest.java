package dev.byhand.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byhand.io.AtomicFile.Durability;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AtomicFileTest {
  @TempDir Path folder;

  private void assertOnlyFiles(Path... files) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      assertThat(entries).containsExactlyInAnyOrder(files);
    }
  }

  @Nested
  class Committing {
    @ParameterizedTest
    @EnumSource(Durability.class)
    void replacesThePreviousVersion_andLeavesNoTemporaryFile(Durability durability)
        throws IOException {
      Path target = Files.writeString(folder.resolve("results.json"), "old");
      AtomicFile.write(target, "new — ✓", durability);
      assertThat(target).hasContent("new — ✓");
      assertOnlyFiles(target);
    }

    @Test
    void writesBytes_andCreatesTheFolder() throws IOException {
      Path target = folder.resolve("new/autograder.zip");
      try (AtomicFile file = AtomicFile.begin(target, Durability.SYNCED)) {
        try (OutputStream out = file.stream()) {
          out.write(new byte[] {'P', 'K', 3, 4});
        }
        file.commit();
      }
      assertThat(target).hasBinaryContent(new byte[] {'P', 'K', 3, 4});
    }

    @Test
    void writesALoneSurrogateAsAQuestionMark_likeAnyJdkWriterForUtf8() throws IOException {
      Path target = folder.resolve("a.html");
      AtomicFile.write(target, "x\uD83Dy", Durability.RENAMED);
      assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("x?y");
    }

    @Test
    void givesTheFileThePermissionsOfAnyNewFile_notThoseOfAPrivateTemporaryFile()
        throws IOException {
      Path target = folder.resolve("alice.html");
      AtomicFile.write(target, "<p>hi</p>", Durability.RENAMED);
      Path plain = Files.writeString(folder.resolve("plain.txt"), "x");
      assertThat(Files.getPosixFilePermissions(target))
          .contains(PosixFilePermission.OWNER_READ)
          .isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void handsOutItsContentOnce() throws IOException {
      try (AtomicFile file = AtomicFile.begin(folder.resolve("a.txt"), Durability.RENAMED)) {
        file.writer();
        assertThatThrownBy(file::stream)
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("a.txt");
      }
    }
  }

  @Test
  void closingWithoutCommitting_leavesThePreviousVersionAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(folder.resolve("results.json"), "old");
    try (AtomicFile file = AtomicFile.begin(target, Durability.RENAMED)) {
      file.writer().write("half of the new");
    }
    assertThat(target).hasContent("old");
    assertOnlyFiles(target);
  }

  @Test
  void removeStale_deletesTemporaryFilesOfAKilledRun_butNotOutputsNorNewerTemporaryFiles()
      throws IOException {
    Path killed =
        Files.writeString(
            folder.resolve(".alice.html.3f2a9c1e-0b7d-4c1e-9a55-1f0e2d3c4b5a.tmp"), "<html");
    Path zipPart = Files.writeString(folder.resolve(".autograder.zip.8123456789.tmp"), "PK");
    Path report = Files.writeString(folder.resolve("alice.html"), "<html></html>");
    Path notes = Files.writeString(folder.resolve("notes.tmp"), "a TA's own file");
    Instant runStart = Instant.now().plusSeconds(60);
    Path current = Files.writeString(folder.resolve(".bob.html.0b7d.tmp"), "<html");
    Files.setLastModifiedTime(current, FileTime.from(runStart.plusSeconds(1)));

    assertThat(AtomicFile.removeStale(folder, runStart)).isEqualTo(2);

    assertThat(killed).doesNotExist();
    assertThat(zipPart).doesNotExist();
    assertOnlyFiles(report, notes, current);
  }
}
