package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassArchiveTest {
  @TempDir Path temp;

  private Path jar() throws IOException {
    return Files.writeString(temp.resolve("byhand.jar"), "not really a jar");
  }

  @Test
  void withoutAnArchive_theTunedJvmRecordsOne_underAHiddenTemporaryName() throws IOException {
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    assertThat(archive.options()).contains("-XX:ArchiveClassesAtExit=" + archive.recording());
    assertThat(archive.recording().getFileName().toString()).startsWith(".").endsWith(".tmp");
  }

  @Test
  void aRecordingOfASuccessfulRun_isMovedIntoPlace_replacingArchivesOfEarlierJars() throws IOException {
    Path earlier = Files.writeString(temp.resolve("byhand-0-1.jsa"), "old");
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.recording(), "classes");
    archive.finish(true);
    assertThat(archive.path()).hasContent("classes");
    assertThat(archive.recording()).doesNotExist();
    assertThat(earlier).doesNotExist();
    assertThat(archive.options()).contains("-XX:SharedArchiveFile=" + archive.path());
  }

  @Test
  void aRecordingOfAFailedRun_isDeleted() throws IOException {
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.recording(), "maybe half");
    archive.finish(false);
    assertThat(archive.recording()).doesNotExist();
    assertThat(archive.path()).doesNotExist();
  }

  @Test
  void aRebuiltJar_getsAnArchiveOfItsOwn() throws IOException {
    Path jar = jar();
    Path before = ClassArchive.forJar(jar, temp).path();
    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
    assertThat(ClassArchive.forJar(jar, temp).path()).isNotEqualTo(before);
  }

  @Test
  void aClassPathOfFolders_hasNoArchive() {
    assertThat(ClassArchive.forClassPath("target/classes")).isEmpty();
    assertThat(ClassArchive.forClassPath("a.jar" + java.io.File.pathSeparator + "b.jar")).isEmpty();
  }
}
