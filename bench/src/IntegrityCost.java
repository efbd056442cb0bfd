import dev.byhand.grading.Grader;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Value;
import dev.byhand.report.ClassOutputs;
import dev.byhand.report.ReportRenderer;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.rubric.Variant;
import dev.byhand.submission.Submission;
import dev.byhand.submission.SubmissionReader;
import dev.byhand.variants.StudentRubrics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The cost of the integrity check (answers that fit a classmate's variant) in the class outputs: N
 * students graded once (untimed), every one right for their own numbers except every 20th, who
 * hands in the previous student's answers; then R rounds each of the class outputs (index.html,
 * grades.csv, identical-answers.html) from the same results with and without their variants, so the
 * difference is the integrity pass (indexing every variant's references, comparing at the end).
 *
 * <p>java -cp target/byhand.jar:CLASSES IntegrityCost RUBRIC [N] [R]
 */
public final class IntegrityCost {
  public static void main(String[] args) throws Exception {
    Rubric rubric = new RubricLoader().load(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Path work = Files.createTempDirectory("integrity-cost");
    SubmissionReader reader = new SubmissionReader();
    List<Submission> submissions = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add("s" + i);
    }
    // Drawn once for the class, as grade does: forStudent prepares the guarantees for each call.
    List<Variant> variants = StudentRubrics.forRoster(rubric, ids);
    String previous = "";
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      String answers =
          i % 20 == 19 ? previous : rightAnswers(StudentRubrics.with(rubric, variants.get(i)));
      previous = answers;
      Path file = work.resolve(id + ".csv");
      Files.writeString(file, answers, StandardCharsets.UTF_8);
      submissions.add(reader.read(id, file));
    }
    List<StudentResult> graded = new Grader(rubric, variants).grade(submissions);
    List<StudentResult> plain =
        graded.stream()
            .map(
                r ->
                    new StudentResult(
                        r.studentId(), r.sourceFile(), r.items(), r.fileProblems(), r.submitters()))
            .toList();
    ReportRenderer renderer = new ReportRenderer();
    for (int r = 0; r < rounds; r++) {
      double[] without = outputs(work, rubric, renderer, plain);
      double[] with = outputs(work, rubric, renderer, graded);
      String page = Files.readString(work.resolve(ClassOutputs.CLUSTERS_FILE));
      page = page.substring(Math.max(0, page.indexOf("id=\"fits\"")));
      System.out.printf(
          "round %d: %d students, class outputs without variants %.3f s wall (%.3f s cpu),"
              + " with %.3f s wall (%.3f s cpu); %d flagged%n",
          r + 1,
          n,
          without[0],
          without[1],
          with[0],
          with[1],
          page.split("class=\"cluster\"", -1).length - 1);
    }
    try (var files = Files.walk(work)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** Wall and CPU seconds (of this thread: the class outputs run on one). */
  private static double[] outputs(
      Path work, Rubric rubric, ReportRenderer renderer, List<StudentResult> results)
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    try (ClassOutputs outputs = ClassOutputs.open(work, rubric, renderer, false)) {
      for (StudentResult result : results) {
        outputs.add(outputs.prepare(result));
      }
      outputs.write();
    }
    return new double[] {
      (System.nanoTime() - start) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9
    };
  }

  private static String rightAnswers(Rubric own) {
    StringBuilder csv = new StringBuilder();
    for (Question question : own.questions()) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          Value value = own.expected(question, item);
          String text =
              value instanceof Value.Token token
                  ? own.vocabulary().word(token.first())
                  : value.entries().stream().map(Object::toString).collect(Collectors.joining(","));
          csv.append(question.key(item)).append(',').append(text).append('\n');
        }
      }
    }
    return csv.toString();
  }
}
