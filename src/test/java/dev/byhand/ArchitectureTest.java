package dev.byhand;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import dev.byhand.submission.Submitter;
import org.junit.jupiter.api.Test;

/** Keeps the package table of docs/ARCHITECTURE.md true: who may use whom, and no cycles. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.byhand");

  private static void onlyUses(String pkg, String... allowed) {
    String[] packages = new String[allowed.length + 2];
    packages[0] = "java..";
    packages[1] = "dev.byhand." + pkg + "..";
    System.arraycopy(allowed, 0, packages, 2, allowed.length);
    classes()
        .that()
        .resideInAPackage("dev.byhand." + pkg + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(packages)
        .check(MAIN);
  }

  @Test
  void exactUsesOnlyTheJdk() {
    onlyUses("exact");
  }

  @Test
  void ioUsesOnlyTheJdk() {
    onlyUses("io");
  }

  @Test
  void networkUsesOnlyTheExactNumbers() {
    onlyUses("network", "dev.byhand.exact..");
  }

  @Test
  void rubricUsesOnlyTheNetworkAndGson() {
    onlyUses("rubric", "dev.byhand.network..", "dev.byhand.exact..", "com.google.gson..");
  }

  @Test
  void variantsUseTheRubricAndWhoSubmitted() {
    // A student's key is read from who submitted (Submission, Submitter): nothing else of reading.
    classes()
        .that()
        .resideInAPackage("dev.byhand.variants..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage(
                    "java..",
                    "dev.byhand.variants..",
                    "dev.byhand.network..",
                    "dev.byhand.exact..",
                    "dev.byhand.rubric..",
                    "com.google.gson..")
                .or(JavaClass.Predicates.belongToAnyOf(Submission.class, Submitter.class)))
        .check(MAIN);
  }

  @Test
  void submissionUsesOnlyRnnNumbersCommonsCsvAndGson() {
    onlyUses("submission", "dev.byhand.exact..", "org.apache.commons.csv..", "com.google.gson..");
  }

  @Test
  void gradingUsesTheModelAndTheAnswers_andNoTestPlatform() {
    onlyUses(
        "grading",
        "dev.byhand.network..",
        "dev.byhand.exact..",
        "dev.byhand.rubric..",
        "dev.byhand.variants..",
        "dev.byhand.submission..",
        "org.apache.commons.csv..");
  }

  @Test
  void reportReadsGradingAndRendersWithMustacheAndGson() {
    // Submitter and Location are the submission types a StudentResult carries out to reports: who
    // handed it in, and where each answer was read.
    classes()
        .that()
        .resideInAPackage("dev.byhand.report..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage(
                    "java..",
                    "dev.byhand.report..",
                    "dev.byhand.network..",
                    "dev.byhand.exact..",
                    "dev.byhand.rubric..",
                    "dev.byhand.variants..",
                    "dev.byhand.grading..",
                    "dev.byhand.io..",
                    "com.github.mustachejava..",
                    "com.google.gson..",
                    "org.apache.commons.csv..")
                .or(JavaClass.Predicates.belongToAnyOf(Submitter.class, Location.class)))
        .check(MAIN);
  }

  @Test
  void prairieLearnGradesThroughTheOneLoopAndShowsTheHandout() {
    onlyUses(
        "prairielearn",
        "dev.byhand.variants..",
        "dev.byhand.exact..",
        "dev.byhand.network..",
        "dev.byhand.rubric..",
        "dev.byhand.submission..",
        "dev.byhand.grading..",
        "dev.byhand.report..",
        "dev.byhand.io..",
        "com.google.gson..");
  }

  @Test
  void lmsFilesAreWrittenFromTheClassSummaries() {
    // Submitter: whose identifiers a summary carries.
    classes()
        .that()
        .resideInAPackage("dev.byhand.lms..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage(
                    "java..",
                    "dev.byhand.lms..",
                    "dev.byhand.exact..",
                    "dev.byhand.report..",
                    "dev.byhand.io..",
                    "org.apache.commons.csv..")
                .or(JavaClass.Predicates.belongToAnyOf(Submitter.class)))
        .check(MAIN);
  }

  @Test
  void gradescopeUsesGradingItsInputsAtomicFilesGsonYamlAndZip() {
    onlyUses(
        "gradescope",
        "dev.byhand.exact..",
        "dev.byhand.rubric..",
        "dev.byhand.submission..",
        "dev.byhand.grading..",
        "dev.byhand.io..",
        "com.google.gson..",
        "org.snakeyaml.engine..",
        "org.apache.commons.compress..");
  }

  @Test
  void checkReadsAndJudgesLikeGradingAndRendersNothingButText() {
    onlyUses(
        "check",
        "dev.byhand.io..",
        "dev.byhand.network..",
        "dev.byhand.exact..",
        "dev.byhand.rubric..",
        "dev.byhand.submission..",
        "dev.byhand.grading..");
  }

  @Test
  void selfTestsRunOnTheJUnitPlatformThroughReadingAndGrading() {
    onlyUses(
        "selftest",
        "dev.byhand.check..",
        "dev.byhand.variants..",
        "dev.byhand.grading..",
        "dev.byhand.rubric..",
        "dev.byhand.submission..",
        "dev.byhand.network..",
        "dev.byhand.exact..",
        "dev.byhand.io..",
        "com.google.gson..",
        "org.junit..",
        "org.opentest4j..");
  }

  @Test
  void thePageUsesTheCheckAndNothingButTheBrowserBindings() {
    onlyUses(
        "page",
        "dev.byhand.check..",
        "dev.byhand.grading..",
        "dev.byhand.rubric..",
        "dev.byhand.submission..",
        "org.teavm.jso..");
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.byhand.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.byhand.cli..")
        .check(MAIN);
  }

  @Test
  void onlyTheCliTouchesSystemStreamsAndExit() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.byhand.cli..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(System.class, "exit", int.class)
        .check(MAIN);
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.byhand.(*)..").should().beFreeOfCycles().check(MAIN);
  }
}
