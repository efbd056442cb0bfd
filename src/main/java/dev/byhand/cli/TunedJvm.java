package dev.byhand.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs {@code grade} in a second JVM started with the flags a batch needs, since a {@code java -jar}
 * manifest cannot carry JVM flags: quick (C1) compilation only, the serial collector, and a
 * {@link ClassArchive} of byhand's classes.
 *
 * <p>Measured on 10,000 generated students (docs/PERFORMANCE.md): the optimising compiler spent
 * about 2.6 CPU-seconds compiling, as much as a third of the run, for code that runs for a few
 * seconds; G1 grew the heap to 0.8-1.1 GB, and the page faults of that growth cost 0.5 system
 * seconds, where the serial collector stays at 200 MB because almost everything a student allocates
 * dies young. Starting the second JVM costs about as much as a hello-world {@code java}.
 *
 * <p>The second JVM gets the user's own JVM options after ours (so a user's {@code
 * -XX:TieredStopAtLevel} or heap size wins, and a user's choice of collector replaces ours), the
 * same class path, arguments, working directory and standard streams, and returns its exit code.
 * It halts when this JVM dies, so killing {@code byhand} kills the run. Anything unusual (no
 * {@code java} executable beside this one, an agent, debugger or flight recording attached, {@code
 * -Dbyhand.tunedJvm=false}) runs the command in this JVM instead, as before.
 */
final class TunedJvm {
  /** Set to {@code true} in the second JVM; a user may set it to {@code false} to stay in one JVM. */
  static final String PROPERTY = "byhand.tunedJvm";
  /** How often the second JVM checks that the first is still alive. */
  private static final long WATCH_MILLIS = 100;

  private TunedJvm() {}

  /** Whether this JVM is the second one, started by {@link #run}. */
  static boolean isTuned() {
    return "true".equals(System.getProperty(PROPERTY));
  }

  /**
   * Runs {@code args} in a tuned JVM and returns its exit code, or empty when the command should
   * run in this JVM (it is not a grading run, this is already the tuned JVM, or one cannot start).
   */
  static OptionalInt run(String[] args) {
    if (args.length == 0 || !args[0].equals("grade") || asksForHelp(args) || System.getProperty(PROPERTY) != null) {
      return OptionalInt.empty();
    }
    // This path decides how fast every grade run starts, so it avoids what a cold JVM pays extra
    // for: no streams or lambdas (each bootstraps a class), no user-name lookup.
    Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    List<String> userOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
    boolean sharing = false;
    boolean collector = false;
    for (String option : userOptions) {
      if (isAgent(option)) {
        return OptionalInt.empty();
      }
      sharing |= choosesSharing(option);
      collector |= choosesCollector(option);
    }
    if (!Files.isExecutable(java)) {
      return OptionalInt.empty();
    }
    String classPath = System.getProperty("java.class.path");
    Optional<ClassArchive> archive = sharing ? Optional.empty() : ClassArchive.forClassPath(classPath);
    // The user's options already started this JVM; ours are hints a JVM without them may skip.
    List<String> ours = new ArrayList<>(List.of("-XX:+IgnoreUnrecognizedVMOptions", "-XX:TieredStopAtLevel=1"));
    if (!collector) {
      ours.add("-XX:+UseSerialGC");
    }
    OptionalInt code = runChild(java, ours, archive, userOptions, classPath, args);
    if (archive.isPresent() && code.isPresent() && crashed(code.getAsInt()) && archive.get().isMapped()) {
      // A damaged archive crashes the JVM that maps it (a truncated one does); every output is
      // written whole or not at all, so grading again without it is safe.
      archive.get().discard();
      System.err.println("byhand: the grading JVM crashed while using its class archive in the cache folder;"
          + " removed the archive and grading again without it");
      code = runChild(java, ours, Optional.empty(), userOptions, classPath, args);
    }
    return code;
  }

  /** Starts the tuned JVM and waits for it; empty if it could not be started. */
  private static OptionalInt runChild(Path java, List<String> tuning, Optional<ClassArchive> archive,
      List<String> userOptions, String classPath, String[] args) {
    List<String> ours = new ArrayList<>(tuning);
    String childClassPath = classPath;
    if (archive.isPresent()) {
      ours.addAll(archive.get().options());
      childClassPath = archive.get().classPath();
    }
    ProcessBuilder builder = new ProcessBuilder(command(java, ours, userOptions, childClassPath, args)).inheritIO();
    // The options these variables hold are among userOptions already; read twice they would repeat.
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process child;
    try {
      child = builder.start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
    // A TERM or an interrupt for this JVM is one for the run.
    StopOnExit stop = new StopOnExit(child);
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      int code = child.waitFor();
      Runtime.getRuntime().removeShutdownHook(stop);
      if (archive.isPresent()) {
        archive.get().finish(code == 0);
      }
      return OptionalInt.of(code);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      if (archive.isPresent()) {
        archive.get().finish(false);
      }
      return OptionalInt.of(130);
    }
  }

  /** Killed by SIGABRT, SIGBUS or SIGSEGV: how a JVM ends when it crashes (not when it is stopped). */
  private static boolean crashed(int exitCode) {
    return exitCode == 134 || exitCode == 135 || exitCode == 139;
  }

  /** Help and version need no tuning, and a run that prints them must not record a class archive. */
  private static boolean asksForHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return true;
      }
    }
    return false;
  }

  /** Stops the tuned JVM when this one is stopped. */
  private static final class StopOnExit extends Thread {
    private final Process child;

    StopOnExit(Process child) {
      super("byhand-stop-grading");
      this.child = child;
    }

    @Override
    public void run() {
      child.destroy();
    }
  }

  /** The tuned JVM's command line: {@code java OURS USERS -Dbyhand.tunedJvm=true -cp CP Main ARGS}. */
  static List<String> command(Path java, List<String> ours, List<String> userOptions, String classPath,
      String[] args) {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(ours);
    command.addAll(userOptions);
    command.add("-D" + PROPERTY + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * In the tuned JVM: halts it when the JVM that started it has gone (killed, say), so a run is
   * never left writing reports with nobody waiting for it. Every report file is written whole or
   * not at all, so halting at any moment is safe.
   */
  static void haltWithParent() {
    ProcessHandle.current().parent().ifPresent(parent -> {
      Thread watch = new Thread(() -> {
        try {
          // A killed parent that nobody has reaped yet is a zombie and still "alive"; but its children
          // are handed to another parent at once.
          while (parent.isAlive() && isParent(parent)) {
            Thread.sleep(WATCH_MILLIS);
          }
          Runtime.getRuntime().halt(143);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "byhand-watch-parent");
      watch.setDaemon(true);
      watch.start();
    });
  }

  private static boolean isParent(ProcessHandle parent) {
    return ProcessHandle.current().parent().filter(now -> now.pid() == parent.pid()).isPresent();
  }

  /** A user who set up class data sharing (or turned it off) keeps that. */
  private static boolean choosesSharing(String option) {
    return option.startsWith("-Xshare") || option.contains("SharedArchiveFile") || option.contains("ArchiveClassesAtExit");
  }

  /** A user who picked a collector keeps it: two would stop the JVM from starting. */
  private static boolean choosesCollector(String option) {
    return option.startsWith("-XX:+Use") && option.endsWith("GC");
  }

  /**
   * A debugger, agent or flight recording would attach twice (a debug port cannot be bound twice,
   * and both JVMs would write the same recording file).
   */
  private static boolean isAgent(String option) {
    return option.startsWith("-agentlib") || option.startsWith("-agentpath") || option.startsWith("-javaagent")
        || option.startsWith("-Xrunjdwp") || option.startsWith("-Xdebug") || option.startsWith("-XX:StartFlightRecording");
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }
}
