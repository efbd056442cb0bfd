package dev.byhand.grading;

import static dev.byhand.grading.GraderTest.CORRECT;
import static dev.byhand.grading.GraderTest.HANDOUT;
import static dev.byhand.grading.GraderTest.item;
import static dev.byhand.grading.GraderTest.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class CheckEngineTest {
  /** Runs a batch through a launcher with only byhand's engine; outcomes by test display name. */
  private static Map<String, TestExecutionResult> run(CheckBatch batch) {
    Map<String, TestExecutionResult> outcomes = new ConcurrentHashMap<>();
    LauncherFactory.create(
            LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new CheckEngine())
                .build())
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(new BatchSelector(batch)).build(),
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                  outcomes.put(test.getDisplayName(), result);
                }
              }
            });
    return outcomes;
  }

  @Test
  void eachStudentIsOneTest_thatFailsWithNotFullMarks_exactlyWhenAnItemIsNotCorrect() {
    CheckBatch batch =
        new CheckBatch(
            CheckBatch.ComputedItem.of(HANDOUT),
            new ItemJudge(HANDOUT),
            List.of(
                student("alice", CORRECT),
                student("bob", "q1.hidden,5,4,1"),
                student("carol", CORRECT)));
    Map<String, TestExecutionResult> outcomes = run(batch);
    assertThat(outcomes).containsOnlyKeys("alice", "bob", "carol");
    assertThat(outcomes.get("alice").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(outcomes.get("carol").getStatus()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    assertThat(outcomes.get("bob").getThrowable())
        .get()
        .isInstanceOf(NotFullMarks.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains("q1.hidden: ")
        .contains("q1.logits: missing");
  }

  @Test
  void aBugThatEscapesTheItemGuard_failsThatStudentsTestAlone_andItsUnjudgedItemsGoToATa() {
    // A judge that returns no verdict breaks the check itself, outside any one item's guard.
    Judge judge =
        (submission, question, item) ->
            submission.studentId().equals("bob") && item.name().equals("logits")
                ? null
                : new ItemJudge(HANDOUT).judge(submission, question, item);
    Grader grader = new Grader(HANDOUT, judge);
    List<StudentResult> results =
        grader.grade(List.of(student("alice", CORRECT), student("bob", CORRECT)));

    assertThat(results.get(0).items())
        .filteredOn(i -> !i.item().manual())
        .allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.CORRECT));
    StudentResult bob = results.get(1);
    assertThat(item(bob, "q1.hidden").status()).isEqualTo(Status.CORRECT);
    assertThat(item(bob, "q1.logits").status()).isEqualTo(Status.MANUAL);
    assertThat(item(bob, "q1.logits").feedback())
        .contains("NullPointerException")
        .contains("a TA will grade it");
  }

  @Test
  void aBlankStudentId_isGradedLikeAnyOther_andStopsNoBatch() {
    List<StudentResult> results =
        new Grader(HANDOUT)
            .grade(
                List.of(
                    student("alice", CORRECT),
                    student(" ", CORRECT),
                    student("carol", "q1.hidden,5,4,1")));
    assertThat(results).extracting(StudentResult::studentId).containsExactly("alice", " ", "carol");
    assertThat(results.get(1).items())
        .filteredOn(i -> !i.item().manual())
        .allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.CORRECT));
    assertThat(item(results.get(2), "q1.hidden").status()).isEqualTo(Status.PARTIAL);
  }

  @Test
  void twoBatchesInOneRequest_areRefused_ratherThanMixedUp() {
    CheckBatch first =
        new CheckBatch(
            CheckBatch.ComputedItem.of(HANDOUT),
            new ItemJudge(HANDOUT),
            List.of(student("a", CORRECT)));
    CheckBatch second =
        new CheckBatch(
            CheckBatch.ComputedItem.of(HANDOUT),
            new ItemJudge(HANDOUT),
            List.of(student("b", CORRECT)));
    EngineDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(new BatchSelector(first), new BatchSelector(second))
            .build();
    assertThatThrownBy(
            () -> new CheckEngine().discover(request, UniqueId.forEngine(CheckEngine.ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one batch per launcher request");
  }

  @Test
  void whenTheEngineItselfFails_everyUnjudgedItemGoesToATa_withTheCause() {
    CheckBatch batch =
        new CheckBatch(
            CheckBatch.ComputedItem.of(HANDOUT),
            new ItemJudge(HANDOUT),
            List.of(student("alice", CORRECT), student("bob", CORRECT)));
    TestIdentifier engine =
        TestIdentifier.from(
            new EngineDescriptor(UniqueId.forEngine(CheckEngine.ID), "byhand checks"));
    new VerdictCollector(batch)
        .executionFinished(
            engine, TestExecutionResult.failed(new IllegalStateException("discovery broke")));
    for (int student = 0; student < 2; student++) {
      assertThat(batch.result(student, 0))
          .get()
          .satisfies(
              item -> {
                assertThat(item.status()).isEqualTo(Status.MANUAL);
                assertThat(item.feedback()).contains("IllegalStateException: discovery broke");
              });
    }
  }
}
