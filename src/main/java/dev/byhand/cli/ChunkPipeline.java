package dev.byhand.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs chunks of work on a few worker threads and hands each chunk's outcome to its consumer on the
 * calling thread, in submission order. At most {@code workers + 1} outcomes are held at once, so
 * memory stays flat however many chunks there are. Not thread-safe: one thread submits.
 *
 * @param <T> what a chunk produces
 */
final class ChunkPipeline<T> implements AutoCloseable {
  /** Work that may fail with an I/O error. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws IOException;
  }

  /** What the calling thread does with a chunk's outcome. */
  @FunctionalInterface
  interface Consumer<T> {
    void accept(T outcome) throws IOException;
  }

  private record Pending<T>(Future<T> outcome, Consumer<T> consumer) {}

  private final int workers;
  private final ExecutorService executor;
  private final Deque<Pending<T>> pending = new ArrayDeque<>();

  ChunkPipeline(int workers) {
    this.workers = workers;
    this.executor =
        Executors.newFixedThreadPool(
            workers,
            work -> {
              Thread thread = new Thread(work, "byhand-grading");
              // A failed run must not hang on a worker: the JVM may exit while one is still busy.
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Starts {@code work}; hands earlier outcomes to their consumers while too many are pending. */
  void submit(Work<T> work, Consumer<T> consumer) throws IOException {
    pending.add(
        new Pending<>(
            executor.submit(
                () -> {
                  try {
                    return work.run();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }),
            consumer));
    while (pending.size() > workers) {
      consumeOldest();
    }
  }

  /** Waits for every chunk and hands each outcome to its consumer, in order. */
  void finish() throws IOException {
    while (!pending.isEmpty()) {
      consumeOldest();
    }
  }

  private void consumeOldest() throws IOException {
    Pending<T> oldest = pending.remove();
    oldest.consumer().accept(await(oldest.outcome()));
  }

  private static <T> T await(Future<T> outcome) throws IOException {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while grading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Stops the workers; chunks still running are abandoned (the run has failed). */
  @Override
  public void close() {
    pending.forEach(p -> p.outcome().cancel(true));
    executor.shutdownNow();
  }
}
