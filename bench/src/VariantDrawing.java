import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricLoader;
import dev.byhand.variants.StudentRubrics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws and checks the variants of an N-student roster (guarantees and distinctness included), R
 * times in one JVM, and prints each round's wall time and the CPU time the whole JVM spent in it
 * (every thread: the draws run in parallel, and the JIT compiles on threads of its own): the first
 * round is cold (class loading, interpreter, compilation), the later ones warm.
 *
 * <p>java -cp target/byhand.jar:CLASSES VariantDrawing RUBRIC [N] [R]
 */
public final class VariantDrawing {
  public static void main(String[] args) {
    Rubric rubric = new RubricLoader().load(Path.of(args[0]));
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add("student" + i + "@colgate.edu");
    }
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < rounds; r++) {
      long cpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      int attempts =
          StudentRubrics.forRoster(rubric, keys).stream().mapToInt(v -> v.attempt() + 1).sum();
      System.out.printf(
          "round %d: %d students, %d draws, %.3f s wall, %.3f s cpu%n",
          r + 1,
          n,
          attempts,
          (System.nanoTime() - start) / 1e9,
          (os.getProcessCpuTime() - cpu) / 1e9);
    }
  }
}
