package dev.byhand.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChunkPipelineTest {
  @Nested
  class Order {
    @Test
    void outcomesReachTheConsumerInSubmissionOrder_evenWhenALaterChunkFinishesFirst()
        throws Exception {
      List<String> consumed = new ArrayList<>();
      CountDownLatch secondDone = new CountDownLatch(1);
      try (ChunkPipeline<String> pipeline = new ChunkPipeline<>(2)) {
        pipeline.submit(
            () -> {
              await(secondDone);
              return "first";
            },
            consumed::add);
        pipeline.submit(
            () -> {
              secondDone.countDown();
              return "second";
            },
            consumed::add);
        for (int i = 3; i <= 40; i++) {
          String name = "chunk " + i;
          pipeline.submit(() -> name, consumed::add);
        }
        pipeline.finish();
      }
      assertThat(consumed)
          .hasSize(40)
          .startsWith("first", "second", "chunk 3")
          .endsWith("chunk 40");
    }

    @Test
    void holdsNoMoreThanOneOutcomePerWorkerPlusOne_beforeConsumingTheOldest() throws Exception {
      List<Integer> consumed = new ArrayList<>();
      try (ChunkPipeline<Integer> pipeline = new ChunkPipeline<>(1)) {
        pipeline.submit(() -> 1, consumed::add);
        assertThat(consumed).isEmpty();
        pipeline.submit(() -> 2, consumed::add);
        assertThat(consumed).containsExactly(1);
        pipeline.finish();
      }
      assertThat(consumed).containsExactly(1, 2);
    }
  }

  @Nested
  class Failures {
    @Test
    void anIoErrorInAChunkReachesTheCaller_asItself() {
      IOException full = new IOException("reports/alice.html: No space left on device");
      assertThatThrownBy(
              () -> {
                try (ChunkPipeline<String> pipeline = new ChunkPipeline<>(2)) {
                  pipeline.submit(
                      () -> {
                        throw full;
                      },
                      outcome -> {});
                  pipeline.finish();
                }
              })
          .isSameAs(full);
    }

    @Test
    void aBugInAChunkReachesTheCaller_asItself() {
      IllegalStateException bug = new IllegalStateException("bug");
      assertThatThrownBy(
              () -> {
                try (ChunkPipeline<String> pipeline = new ChunkPipeline<>(2)) {
                  pipeline.submit(
                      () -> {
                        throw bug;
                      },
                      outcome -> {});
                  pipeline.finish();
                }
              })
          .isSameAs(bug);
    }
  }

  private static void await(CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IOException("the second chunk never ran: chunks are not running in parallel");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
