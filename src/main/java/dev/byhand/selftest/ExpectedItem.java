package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import dev.byhand.grading.Diagnosis;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.Status;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdict a sample's item must get, as an expected-verdicts file writes it: {@code correct}, or
 * with the known mistake it must be diagnosed with, {@code incorrect (no-relu)}. Immutable.
 */
record ExpectedItem(Status status, Optional<String> mistake) {
  private static final Pattern TEXT = Pattern.compile("([A-Za-z]+)(?:\\s*\\(\\s*(\\S+?)\\s*\\))?");

  ExpectedItem {
    requireNonNull(status, "status");
    requireNonNull(mistake, "mistake");
  }

  /** What {@code item} was graded, in the same terms. */
  static ExpectedItem of(ItemResult item) {
    return new ExpectedItem(item.status(), item.diagnosis().map(Diagnosis::id));
  }

  /**
   * @throws IllegalArgumentException naming the verdicts when {@code text} is not one
   */
  static ExpectedItem parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip());
    Optional<Status> status =
        matcher.matches()
            ? Arrays.stream(Status.values())
                .filter(s -> s.id().equals(matcher.group(1).toLowerCase(Locale.ROOT)))
                .findFirst()
            : Optional.empty();
    if (status.isEmpty()) {
      throw new IllegalArgumentException(
          "\""
              + text
              + "\" is not a verdict; write one of "
              + String.join(", ", Arrays.stream(Status.values()).map(Status::id).toList())
              + ", optionally followed by the mistake in brackets: \"incorrect (no-relu)\"");
    }
    return new ExpectedItem(status.get(), Optional.ofNullable(matcher.group(2)));
  }

  @Override
  public String toString() {
    return status.id() + mistake.map(m -> " (" + m + ")").orElse("");
  }
}
