package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.platform.commons.JUnitException;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Runs rubrics' self-tests ({@code byhand test}) through the JUnit Platform {@link Launcher} with
 * byhand's own engine: the paths are the launcher's file and directory selectors, {@code --select}
 * and the tags its post-discovery filters; a tree and the platform's summary are printed, and the
 * platform's JUnit XML written when asked. Stateless.
 */
public final class SelfTests {
  /** The most drawn students a run may ask for: each costs every generated test again. */
  public static final int MAX_VARIANTS = 1000;

  private static final String ISSUE_LOGGER =
      "org.junit.platform.launcher.core.DiscoveryIssueNotifier";

  private SelfTests() {}

  /** How much is printed: the whole tree, or only the failures. */
  public enum Details {
    TREE,
    SUMMARY
  }

  /**
   * One run's selection and output.
   *
   * @param paths rubric files and folders of rubrics
   * @param select names of rubrics or tests to keep ({@link NameFilter}); all when empty
   * @param includeTags tags a test must have one of; any when empty
   * @param excludeTags tags a test must have none of
   * @param variants students drawn for a rubric with variants
   * @param samples the folder of samples, instead of the {@code samples} folder beside each
   *     rubric's
   * @param reports where to write JUnit XML, if anywhere
   * @param details whether to print the whole tree or only the failures
   * @param colour whether the tree's marks may be coloured (a terminal that allows it)
   */
  public record Request(
      List<Path> paths,
      List<String> select,
      List<String> includeTags,
      List<String> excludeTags,
      int variants,
      Optional<Path> samples,
      Optional<Path> reports,
      Details details,
      boolean colour) {
    public Request {
      paths = List.copyOf(paths);
      select = List.copyOf(select);
      includeTags = List.copyOf(includeTags);
      excludeTags = List.copyOf(excludeTags);
      requireNonNull(samples, "samples");
      requireNonNull(reports, "reports");
      requireNonNull(details, "details");
    }
  }

  /** The counts of a run; it passed when no test and no container failed. */
  public record Result(
      long tests, long succeeded, long failed, long aborted, long containersFailed) {
    public boolean passed() {
      return failed == 0 && containersFailed == 0;
    }
  }

  /**
   * Runs the selected self-tests, printing to {@code out}.
   *
   * @throws SelfTestException when they cannot run as asked (a rubric that does not load, an
   *     expected-verdicts file that does not parse, a selection that matches nothing)
   * @throws IOException when the reports folder cannot be made
   */
  public static Result run(Request request, PrintWriter out) throws IOException {
    validate(request);
    Launcher launcher = launcher();
    IssueCollector issues = new IssueCollector();
    TestPlan plan = discover(launcher, LaunchRequest.of(request, issues), issues);
    if (!plan.containsTests()) {
      throw new SelfTestException(nothingSelected(request));
    }
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(plan, listeners(request, summary, out));
    return report(summary.getSummary(), request, out);
  }

  private static TestExecutionListener[] listeners(
      Request request, SummaryGeneratingListener summary, PrintWriter out) throws IOException {
    List<TestExecutionListener> listeners = new ArrayList<>(List.of(summary));
    if (request.details() == Details.TREE) {
      listeners.add(new TreePrinter(out, request.colour()));
    }
    if (request.reports().isPresent()) {
      Files.createDirectories(request.reports().get());
      listeners.add(new LegacyXmlReportGeneratingListener(request.reports().get(), out));
    }
    return listeners.toArray(TestExecutionListener[]::new);
  }

  private static String nothingSelected(Request request) {
    List<String> filters = new ArrayList<>();
    request.select().forEach(name -> filters.add("--select '" + name + "'"));
    request.includeTags().forEach(tag -> filters.add("--include-tag " + tag));
    request.excludeTags().forEach(tag -> filters.add("--exclude-tag " + tag));
    return filters.isEmpty()
        ? "no self-test to run in " + request.paths() + " (--variants " + request.variants() + ")"
        : "no self-test matches "
            + String.join(" ", filters)
            + "; names are the tree's, e.g. mlp-backprop or 'mlp-backprop/sample ana'";
  }

  /**
   * Grades each rubric's samples and writes what they get to its expected-verdicts file, replacing
   * it; a rubric without a samples folder is left alone. For an instructor to check by eye before
   * committing.
   *
   * @return the files written
   * @throws SelfTestException when a path holds no rubric or a rubric does not load
   */
  public static List<Path> writeExpected(List<Path> paths, Optional<Path> samplesRoot)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : RubricFiles.in(path)) {
        ExpectedFiles.write(file, samplesRoot).ifPresent(written::add);
      }
    }
    return written;
  }

  /**
   * Refuses a request that cannot run (no rubric, variants out of range, …) with the sentence
   * {@code run} would give: before {@code --write-expected} replaces any file.
   *
   * @throws SelfTestException naming what to change
   */
  public static void validate(Request request) {
    if (request.paths().isEmpty()) {
      throw new SelfTestException("no rubric given; pass a rubric file or a folder of rubrics");
    }
    if (request.variants() < 0 || request.variants() > MAX_VARIANTS) {
      throw new SelfTestException(
          "--variants is " + request.variants() + "; draw 0 to " + MAX_VARIANTS + " students");
    }
    List<String> tags = new ArrayList<>(request.includeTags());
    tags.addAll(request.excludeTags());
    for (String tag : tags) {
      if (!TestTag.isValid(tag)) {
        throw new SelfTestException(
            "\"" + tag + "\" is not a tag; use sample, reference, empty, mistake or variant");
      }
    }
  }

  private static TestPlan discover(
      Launcher launcher, LauncherDiscoveryRequest request, IssueCollector issues) {
    // The launcher also logs every discovery issue, through java.util.logging, to standard error;
    // byhand states them itself, once, in the exception's message.
    Logger notifier = Logger.getLogger(ISSUE_LOGGER);
    Level level = notifier.getLevel();
    notifier.setLevel(Level.OFF);
    try {
      TestPlan plan = launcher.discover(request);
      issues.throwIfAny();
      return plan;
    } catch (JUnitException e) {
      // A launcher that refuses to go on because of an issue: the issue says why.
      issues.throwIfAny();
      throw e;
    } finally {
      notifier.setLevel(level);
    }
  }

  private static Result report(TestExecutionSummary summary, Request request, PrintWriter out) {
    if (request.details() == Details.SUMMARY && summary.getTotalFailureCount() > 0) {
      summary.printFailuresTo(out, 0);
    }
    summary.printTo(out);
    request
        .reports()
        .ifPresent(
            r -> out.println("JUnit XML: " + r.resolve("TEST-" + RubricTestEngine.ID + ".xml")));
    out.flush();
    return new Result(
        summary.getTestsFoundCount(),
        summary.getTestsSucceededCount(),
        summary.getTestsFailedCount(),
        summary.getTestsAbortedCount(),
        summary.getContainersFailedCount());
  }

  private static Launcher launcher() {
    // Only byhand's engine, and nothing found on the class path: the run is self-contained.
    return LauncherFactory.create(
        LauncherConfig.builder()
            .enableTestEngineAutoRegistration(false)
            .addTestEngines(new RubricTestEngine())
            .enableTestExecutionListenerAutoRegistration(false)
            .enablePostDiscoveryFilterAutoRegistration(false)
            .enableLauncherDiscoveryListenerAutoRegistration(false)
            .enableLauncherSessionListenerAutoRegistration(false)
            .build());
  }
}
