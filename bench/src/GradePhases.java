import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a grading run spends its CPU, by phase: reads a JFR recording of `byhand grade` and files
 * each execution sample under the first phase (in the order listed) found on its stack (reading,
 * grading, report, results.json, class outputs, ...), then lists the hottest leaf methods of each
 * phase. Also reads async-profiler's JFR output, whose samples include the JIT compiler and GC
 * threads: the share of each thread comes first.
 *
 * <p>java GradePhases RECORDING.jfr [LEAVES_PER_PHASE]
 */
public final class GradePhases {
  /** Phase markers, matched against "Class.method" of each frame; the first that matches wins. */
  private static final List<String[]> PHASES =
      List.of(
          new String[] {"ReportSet.writeReport", "report"},
          new String[] {"ReportSet.record", "results.json"},
          new String[] {"ClassOutputs.", "class outputs"},
          new String[] {"SubmissionFinder.read", "read"},
          new String[] {"SubmissionFinder.find", "find"},
          new String[] {"ManualScores.apply", "manual"},
          new String[] {"ItemJudge.judge", "judge"},
          new String[] {"Grader.warmUp", "warm-up"},
          new String[] {"Grader.grade", "platform"},
          new String[] {"RubricLoader.", "rubric"},
          new String[] {"GradeTask.gradeAndWriteReports", "chunk, other"},
          new String[] {"CommandLine.", "picocli"});

  public static void main(String[] args) throws IOException {
    int leaves = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    Map<String, Integer> byThread = new HashMap<>();
    Map<String, Integer> byPhase = new HashMap<>();
    Map<String, Map<String, Integer>> leavesByPhase = new HashMap<>();
    int total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      String thread = threadOf(event);
      byThread.merge(thread, 1, Integer::sum);
      String phase = phaseOf(frames);
      if (phase.startsWith("other") && !thread.equals("main") && !thread.startsWith("byhand")) {
        phase = "the JVM's own threads (" + thread + ")"; // the JIT compiler, the collector
      }
      String leaf = frames.isEmpty() ? "?" : name(frames.get(0));
      byPhase.merge(phase, 1, Integer::sum);
      leavesByPhase.computeIfAbsent(phase, p -> new HashMap<>()).merge(leaf, 1, Integer::sum);
      total++;
    }
    System.out.printf("%d execution samples%n", total);
    double all = total;
    System.out.println("by thread:");
    for (Map.Entry<String, Integer> thread : sorted(byThread)) {
      System.out.printf("%5.1f%%  %s%n", 100.0 * thread.getValue() / all, thread.getKey());
    }
    System.out.println("by phase:");
    for (Map.Entry<String, Integer> phase : sorted(byPhase)) {
      System.out.printf("%5.1f%%  %s%n", 100.0 * phase.getValue() / all, phase.getKey());
      sorted(leavesByPhase.get(phase.getKey())).stream()
          .limit(leaves)
          .forEach(
              leaf ->
                  System.out.printf(
                      "          %5.1f%%  %s%n", 100.0 * leaf.getValue() / all, leaf.getKey()));
    }
  }

  /**
   * The first phase of {@link #PHASES} with a frame anywhere on the stack: the list is in priority
   * order.
   */
  private static String phaseOf(List<RecordedFrame> frames) {
    for (String[] phase : PHASES) {
      for (RecordedFrame frame : frames) {
        if (name(frame).contains(phase[0])) {
          return phase[1];
        }
      }
    }
    return "other (" + (frames.isEmpty() ? "?" : name(frames.get(frames.size() - 1))) + ")";
  }

  /**
   * The sampled thread's name without a pool's trailing number: byhand-grading-1 and -2 are one
   * line.
   */
  private static String threadOf(RecordedEvent event) {
    RecordedThread thread = event.getThread("sampledThread");
    String name =
        thread == null
            ? null
            : thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
    return name == null ? "?" : name.replaceAll("-\\d+$", "");
  }

  private static String name(RecordedFrame frame) {
    if (frame.getMethod() == null || frame.getMethod().getType() == null) {
      return "?";
    }
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }

  private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .toList();
  }
}
