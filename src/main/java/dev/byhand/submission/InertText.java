package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

/**
 * Student-written text made safe to show anywhere (a terminal, a report, a gradebook): control
 * characters become their visible symbols and bidirectional controls become {@code �}. Everything a
 * reader returns already is; this is for text taken elsewhere, such as file names. Stateless.
 */
public final class InertText {
  private InertText() {}

  /** {@code text} with nothing a terminal or a browser would act on; never null. */
  public static String of(String text) {
    return Clean.visible(requireNonNull(text, "text"));
  }
}
