package dev.byhand.grading;

import static java.util.Objects.requireNonNull;

import org.junit.platform.engine.DiscoverySelector;

/** Selects every student of a batch for {@link CheckEngine}: how a launcher request carries it. */
record BatchSelector(CheckBatch batch) implements DiscoverySelector {
  BatchSelector {
    requireNonNull(batch, "batch");
  }
}
