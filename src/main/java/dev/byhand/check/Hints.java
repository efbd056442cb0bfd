package dev.byhand.check;

import dev.byhand.rnn.Step;
import dev.byhand.rubric.ItemKind;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;

/** What goes into an answer item, in words a student can act on; reveals sizes, never values. */
final class Hints {
  private final Rubric rubric;

  Hints(Rubric rubric) {
    this.rubric = rubric;
  }

  /** {@code 6 numbers, the logits after reading BOS}; for a manual item, who grades it. */
  String of(Question question, ItemSpec item) {
    if (item.kind() == ItemKind.MANUAL) {
      return "graded by a TA; hand it in as your instructor says, not in this file";
    }
    return item.kind().isVector() ? numbers(question, item) + ", " + what(question, item) : what(question, item);
  }

  /** {@code the logits after reading BOS}: what the item is, without its size. */
  String what(Question question, ItemSpec item) {
    if (item.kind() == ItemKind.MANUAL) {
      return "graded by a TA";
    }
    int position = question.step().getAsInt();
    String word = rubric.vocabulary().word(rubric.reference().step(position).tokenId());
    return switch (item.kind()) {
      case INPUT -> "the input row of " + word + " (step " + position + ")";
      case PREACTIVATION -> "the pre-activation before " + rubric.model().activation().id() + " after reading " + word;
      case HIDDEN -> "the hidden state h" + position + " after reading " + word;
      case LOGITS -> "the logits after reading " + word;
      case PREDICTION -> "one word of " + String.join(" ", rubric.vocabulary().words()) + " (or its token id 0-"
          + (rubric.vocabulary().size() - 1) + "), the predicted next token after reading " + word;
      case MANUAL -> throw new IllegalStateException("manual items are handled above");
    };
  }

  /** How many numbers a vector item holds. */
  int size(Question question, ItemSpec item) {
    Step step = rubric.reference().step(question.step().getAsInt());
    return switch (item.kind()) {
      case INPUT -> step.input().size();
      case PREACTIVATION -> step.preActivation().size();
      case HIDDEN -> step.hidden().size();
      case LOGITS -> step.logits().size();
      case PREDICTION, MANUAL -> throw new IllegalArgumentException(item.kind() + " is not a vector item");
    };
  }

  private String numbers(Question question, ItemSpec item) {
    int size = size(question, item);
    return size + (size == 1 ? " number" : " numbers");
  }
}
