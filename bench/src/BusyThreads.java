import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * One busy thread per core, each until it has used the given CPU seconds: what a program that keeps
 * every core busy gets of the machine at that moment. Its CPU ÷ wall time, measured in the same
 * round as {@code byhand grade}, tells how many cores the neighbours left. Benchmark input only.
 *
 * <p>java -cp CLASSES BusyThreads SECONDS
 */
public final class BusyThreads {
  public static void main(String[] args) throws InterruptedException {
    long nanos = (long) (Double.parseDouble(args[0]) * 1e9);
    Thread[] threads = new Thread[Runtime.getRuntime().availableProcessors()];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = new Thread(() -> spin(nanos));
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static void spin(long nanos) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sum = 0;
    while (cpu.getCurrentThreadCpuTime() < nanos) {
      for (int i = 0; i < 100_000; i++) {
        sum += i * 31L;
      }
    }
    if (sum == 42) {
      System.out.println(sum); // never: keeps the loop from being removed
    }
  }
}
