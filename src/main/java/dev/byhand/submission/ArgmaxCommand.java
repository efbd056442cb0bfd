package dev.byhand.submission;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command typed in a session that looks up the arg max of one step's logits ({@code
 * vocab[argmax(logits1)]}, R's {@code vocab[which.max(o2)]}, Octave's {@code [~, i] = max(logits1);
 * vocab{i}}, numpy's {@code vocab[logits2.argmax()]}, Mathematica's {@code
 * vocab[[First@Ordering[logits1, -1]]]}): what it prints is that step's prediction. A command
 * naming the logits of two steps, or indexing nothing by the arg max, is no such command. Stateless
 * and thread-safe.
 */
final class ArgmaxCommand {
  private static final int MAX_CHARS = 200;
  private static final Pattern ARGMAX =
      Pattern.compile("argmax|which\\.max|\\bmax\\s*\\(|Ordering\\s*\\[[^\\]]*,\\s*-1\\s*\\]");
  private static final Pattern INDEXES = Pattern.compile("\\w\\s*[\\[{]");
  private static final Pattern STEPPED = Pattern.compile("\\b([A-Za-z]{1,20})_?(\\d{1,3})\\b");

  private ArgmaxCommand() {}

  /** {@code prediction1} for a command printing the word of logits1's arg max; else empty. */
  static Optional<String> predictionName(String command) {
    if (command.length() > MAX_CHARS
        || !ARGMAX.matcher(command).find()
        || !INDEXES.matcher(command).find()) {
      return Optional.empty();
    }
    String step = null;
    Matcher name = STEPPED.matcher(command);
    while (name.find()) {
      if (KeyWords.canonical(KeyWords.squash(name.group(1))).equals("logits")) {
        if (step != null && !step.equals(name.group(2))) {
          return Optional.empty();
        }
        step = name.group(2);
      }
    }
    return step == null ? Optional.empty() : Optional.of("prediction" + step);
  }
}
