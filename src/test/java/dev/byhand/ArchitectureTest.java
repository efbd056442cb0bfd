package dev.byhand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package table of STYLE.md true: who may use whom, and no cycles. */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.byhand");

  private static void onlyUses(String pkg, String... allowed) {
    String[] packages = new String[allowed.length + 2];
    packages[0] = "java..";
    packages[1] = "dev.byhand." + pkg + "..";
    System.arraycopy(allowed, 0, packages, 2, allowed.length);
    classes().that().resideInAPackage("dev.byhand." + pkg + "..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(packages)
        .check(MAIN);
  }

  @Test
  void rnnUsesOnlyTheJdk() {
    onlyUses("rnn");
  }

  @Test
  void rubricUsesOnlyRnnAndGson() {
    onlyUses("rubric", "dev.byhand.rnn..", "com.google.gson..");
  }

  @Test
  void submissionUsesOnlyRnnNumbersCommonsCsvAndGson() {
    onlyUses("submission", "dev.byhand.rnn..", "org.apache.commons.csv..", "com.google.gson..");
  }

  @Test
  void gradingUsesTheModelTheAnswersAndTheJUnitPlatform() {
    onlyUses("grading", "dev.byhand.rnn..", "dev.byhand.rubric..", "dev.byhand.submission..", "org.junit..",
        "org.apache.commons.csv..");
  }

  @Test
  void reportReadsGradingAndRendersWithMustacheAndGson() {
    onlyUses("report", "dev.byhand.rnn..", "dev.byhand.rubric..", "dev.byhand.grading..",
        "com.github.mustachejava..", "com.google.gson..", "org.apache.commons.csv..", "dev.byhand.submission..");
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("dev.byhand.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.byhand.cli..")
        .check(MAIN);
  }

  @Test
  void onlyTheCliTouchesSystemStreamsAndExit() {
    noClasses().that().resideOutsideOfPackage("dev.byhand.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .check(MAIN);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.byhand.(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
