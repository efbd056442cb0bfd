package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
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
  void aRecordingOfASuccessfulRun_isMovedIntoPlace_keepingOnlyTheNewestArchives() throws IOException {
    List<Path> earlier = new ArrayList<>();
    for (int i = 0; i < ClassArchive.KEPT; i++) {
      earlier.add(Files.writeString(temp.resolve("byhand-" + i + "-1.jsa"), "old"));
      Files.setLastModifiedTime(earlier.get(i), FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.recording(), "classes");
    archive.finish(true);
    assertThat(archive.path()).hasContent("classes");
    assertThat(archive.recording()).doesNotExist();
    assertThat(earlier.get(0)).doesNotExist();
    assertThat(earlier.subList(1, ClassArchive.KEPT)).allSatisfy(p -> assertThat(p).exists());
    assertThat(archive.options()).contains("-XX:SharedArchiveFile=" + archive.path());
  }

  @Test
  void recordingsLeftByKilledRuns_areRemovedByTheNextGoodRun_onceAnHourOld() throws IOException {
    Path abandoned = Files.writeString(temp.resolve(".byhand-1-1.jsa.4242.tmp"), "half");
    Files.setLastModifiedTime(abandoned, FileTime.fromMillis(System.currentTimeMillis() - 2 * ClassArchive.ABANDONED_MILLIS));
    Path running = Files.writeString(temp.resolve(".byhand-1-1.jsa.4343.tmp"), "being written");
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.path(), "mapped, not recorded, this time");
    archive.finish(true);
    assertThat(abandoned).doesNotExist();
    assertThat(running).exists();
  }

  @Test
  void crashReportsOfTheTunedJvm_areKeptOnlyTheNewestFew_byTheNextGoodRun() throws IOException {
    List<Path> reports = new ArrayList<>();
    for (int i = 0; i < ClassArchive.CRASH_REPORTS_KEPT + 2; i++) {
      reports.add(Files.writeString(temp.resolve("hs_err_pid" + (100 + i) + ".log"), "# A fatal error"));
      Files.setLastModifiedTime(reports.get(i), FileTime.fromMillis(1_000_000L * (i + 1)));
    }
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.path(), "mapped");
    archive.finish(false);
    assertThat(reports).allSatisfy(p -> assertThat(p).exists());
    archive.finish(true);
    assertThat(reports.subList(0, 2)).allSatisfy(p -> assertThat(p).doesNotExist());
    assertThat(reports.subList(2, reports.size())).allSatisfy(p -> assertThat(p).exists());
    assertThat(archive.path()).exists();
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
  void aJarWhosePathHasASpaceOrNonAsciiLetter_hasNoArchive_forTheJvmWouldMapNoneOfItsClasses() {
    assertThat(ClassArchive.forClassPath("/home/Jane Doe/byhand.jar")).isEmpty();
    assertThat(ClassArchive.forClassPath("/home/josé/byhand.jar")).isEmpty();
    assertThat(ClassArchive.forClassPath("/tmp/by%20hand.jar")).isEmpty();
  }

  @Test
  void aDiscardedArchive_isRecordedAgain() throws IOException {
    ClassArchive archive = ClassArchive.forJar(jar(), temp);
    Files.writeString(archive.path(), "damaged");
    assertThat(archive.isMapped()).isTrue();
    archive.discard();
    assertThat(archive.isMapped()).isFalse();
    assertThat(archive.options()).anyMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit="));
  }

  @Test
  void theSameJarNamedAnotherWay_hasTheSameArchive() throws IOException {
    Path jar = jar();
    Path other = temp.resolve("sub/../byhand.jar");
    Files.createDirectories(temp.resolve("sub"));
    assertThat(ClassArchive.forJar(other, temp).path()).isEqualTo(ClassArchive.forJar(jar, temp).path());
  }

  @Test
  void aClassPathOfFolders_hasNoArchive() {
    assertThat(ClassArchive.forClassPath("target/classes")).isEmpty();
    assertThat(ClassArchive.forClassPath("a.jar" + java.io.File.pathSeparator + "b.jar")).isEmpty();
  }
}
