package dev.byhand.check;

import static java.util.Objects.requireNonNull;

import dev.byhand.submission.Format;
import java.util.List;
import java.util.Optional;

/**
 * The self-check of one answers file. Immutable.
 *
 * @param fileName the checked file's name, or the folder's when no single file could be chosen
 * @param format the format the reader detected; empty when the file could not be read at all
 * @param unreadable why nothing in the file could be read, with the fix
 * @param items one per rubric item, in rubric order
 * @param notes sentences about the rest of the file: skipped rows, keys the rubric does not ask for
 *     (with the nearest key it does ask for)
 * @param correctnessShown whether {@link ItemCheck#graded()} is filled in (the rubric allows it)
 */
public record FileCheck(
    String fileName,
    Optional<Format> format,
    Optional<String> unreadable,
    List<ItemCheck> items,
    List<String> notes,
    boolean correctnessShown) {
  public FileCheck {
    requireNonNull(fileName, "fileName");
    requireNonNull(format, "format");
    requireNonNull(unreadable, "unreadable");
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }

  /** Readable, and every item the file must hold is there with the right size. */
  public boolean isComplete() {
    return unreadable.isEmpty() && items.stream().noneMatch(i -> i.state().isProblem());
  }

  /** How many items are in {@code state}. */
  public long count(ItemState state) {
    return items.stream().filter(i -> i.state() == state).count();
  }
}
