package dev.byhand.rubric;

import java.util.Locale;
import java.util.Optional;

/** What an answer item asks for. Vector items compare entry by entry; a prediction names a token. */
public enum ItemKind {
  INPUT("input row"),
  PREACTIVATION("pre-activation"),
  HIDDEN("hidden state"),
  LOGITS("logits"),
  PREDICTION("predicted next token"),
  MANUAL("graded by a TA");

  private final String description;

  ItemKind(String description) {
    this.description = description;
  }

  /** The item name used in keys and rubric files: {@code hidden}, {@code logits}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** For people: {@code hidden state}. */
  public String description() {
    return description;
  }

  public boolean isVector() {
    return this == INPUT || this == PREACTIVATION || this == HIDDEN || this == LOGITS;
  }

  public static Optional<ItemKind> fromId(String id) {
    for (ItemKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
