package dev.byhand.variants;

import static java.util.Objects.requireNonNull;

import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Students whose answers fit a classmate's variant better than their own, for a rubric with
 * variants: a sign that they handed in a classmate's answers. A TA's reason to look, not proof.
 *
 * <p>Compared are the asked items with numbers compared exactly (not predictions: a handful of
 * tokens are shared by many variants; not items with a tolerance: decimals equal no reference
 * exactly). An answer is <em>telling</em> unless it follows from the student's own numbers: a
 * follow-through answer (their own earlier answer carried on) or a known mistake's. A telling
 * answer <em>fits</em> a variant when it equals that variant's reference exactly and is not all
 * zeros (a placeholder, or a ReLU that silenced everything, which many variants share). A student
 * is flagged when a classmate's variant fits at least two telling answers, at least half of them,
 * and more than the student's own variant does. An honest student's own answers fit their own
 * variant; a slip that happens to equal someone's value fits in one item, and whatever follows from
 * it is follow-through, so it is not enough.
 *
 * <p>No two students are compared unless their values meet: each variant's references are indexed
 * by (item, value), and a student is compared item by item only with the variants in the smallest
 * few of their answers' index entries, as few as can still hold a variant that fits enough to be
 * flagged (a variant must fit {@code need} of the student's {@code m} indexed answers, so it is in
 * one of the {@code m - need + 1} smallest entries). A student whose answers all fit their own
 * variant is not compared at all.
 *
 * <p>A student is whatever {@code S} the caller names them by (the reports: a link to their page).
 */
public final class VariantFits {
  private VariantFits() {}

  /**
   * One flagged student.
   *
   * @param student the student, as the caller named them
   * @param name their name, else their email, else their id
   * @param variant their own variant's id
   * @param classmates whose variants fit best (several only when they fit equally)
   * @param fit telling answers that fit the classmates' variant
   * @param own telling answers that fit the student's own variant
   * @param telling the student's telling answers (the compared items less those that follow from
   *     their own numbers)
   * @param keys the items where the classmates' variant fits, in rubric order
   */
  public record Flag<S>(
      S student,
      String name,
      String variant,
      List<Classmate<S>> classmates,
      int fit,
      int own,
      int telling,
      List<String> keys) {
    public Flag {
      requireNonNull(student, "student");
      classmates = List.copyOf(classmates);
      keys = List.copyOf(keys);
    }
  }

  /** A classmate whose numbers a flagged student's answers fit: who, and their variant's id. */
  public record Classmate<S>(S student, String name, String variant) {}

  /**
   * One item of a graded student's, as the search reads it.
   *
   * @param written what the student wrote, when readable
   * @param reference the reference the student was graded against, when the verdict carries one
   * @param followsFromOwnNumbers whether the student's own numbers explain the answer: carried on
   *     from their own earlier answer, or a known mistake made with their own numbers
   */
  public record Answer(
      Optional<Value> written, Optional<Value> reference, boolean followsFromOwnNumbers) {
    public Answer {
      requireNonNull(written, "written");
      requireNonNull(reference, "reference");
    }
  }

  /** An item's exact reference value, by item (index among the compared items). */
  private record Key(int item, Value value) {}

  /**
   * The variants whose reference is one {@link Key}'s value at its item, by index; one per key, so
   * two answers with the same posting are the same value.
   */
  private static final class Posting {
    final List<Integer> variants = new ArrayList<>(2);
  }

  /** What one student brings: their own variant and their telling answers. */
  private record Student<S>(
      S link, String name, int variant, int telling, int[] items, Value[] written) {}

  /**
   * The variants and telling answers of the students added so far; {@link #flags} compares them at
   * the end, since the classmate may come after the copy. Not thread-safe.
   */
  public static final class Tally<S> {
    /** The keys of the items the fits are counted on, in rubric order. */
    private final List<String> compared = new ArrayList<>();

    /** Where each compared item is among a result's items, which come in rubric order. */
    private final int[] positions;

    /**
     * By student key: a key's variant is always the same, and grade refuses a class where two keys
     * draw the same numbers (were two to share them, each would fit the other as well as their own,
     * which flags no one).
     */
    private final Map<String, Integer> variantIndex = new HashMap<>();

    private final List<String> variantIds = new ArrayList<>();
    private final List<Posting[]> references = new ArrayList<>();
    private final List<List<Integer>> owners = new ArrayList<>();
    private final Map<Key, Posting> postings = new HashMap<>();
    private final List<Student<S>> students = new ArrayList<>();

    public Tally(Rubric rubric) {
      List<Integer> positions = new ArrayList<>();
      int position = 0;
      for (Question question : rubric.questions()) {
        for (ItemSpec item : question.items()) {
          if (!item.manual()
              && item.accuracy().isEmpty()
              && !(rubric.expected(question, item) instanceof Value.Token)) {
            compared.add(question.key(item));
            positions.add(position);
          }
          position++;
        }
      }
      this.positions = positions.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds a graded student, with {@code answers} their items in rubric order (every item, manual
     * ones included); one without a variant (a rubric without variants) is ignored.
     */
    public void add(S student, String name, Optional<Variant> own, List<Answer> answers) {
      if (own.isEmpty()) {
        return;
      }
      int variant = variant(own.get());
      int telling = 0;
      List<Integer> items = new ArrayList<>();
      List<Value> written = new ArrayList<>();
      for (int i = 0; i < compared.size(); i++) {
        Answer item = answers.get(positions[i]);
        index(variant, i, item);
        if (item.followsFromOwnNumbers()) {
          continue;
        }
        telling++;
        if (item.written().isPresent() && !allZero(item.written().get())) {
          items.add(i);
          written.add(item.written().get());
        }
      }
      students.add(
          new Student<>(
              student,
              name,
              variant,
              telling,
              items.stream().mapToInt(Integer::intValue).toArray(),
              written.toArray(new Value[0])));
      owners.get(variant).add(students.size() - 1);
    }

    /** The flagged students, the largest lead over their own variant first. */
    public List<Flag<S>> flags() {
      List<Flag<S>> flags = new ArrayList<>();
      for (Student<S> student : students) {
        flag(student).ifPresent(flags::add);
      }
      flags.sort(
          Comparator.comparingInt((Flag<S> f) -> f.own() - f.fit())
              .thenComparingInt(f -> -f.fit()));
      return flags;
    }

    private java.util.Optional<Flag<S>> flag(Student<S> student) {
      Posting[] answers = new Posting[student.items().length];
      for (int a = 0; a < answers.length; a++) {
        answers[a] = postings.get(new Key(student.items()[a], student.written()[a]));
      }
      int own = fit(student, answers, student.variant());
      // Flagged only with at least 2 telling answers fitting, half of them, and more than own.
      int need = Math.max(Math.max(2, (student.telling() + 1) / 2), own + 1);
      int best = 0;
      List<Integer> bestVariants = new ArrayList<>();
      for (int candidate : candidates(student, answers, need)) {
        int fit = fit(student, answers, candidate);
        if (fit > best) {
          best = fit;
          bestVariants.clear();
        }
        if (fit == best) {
          bestVariants.add(candidate);
        }
      }
      if (best < need) {
        return java.util.Optional.empty();
      }
      List<Classmate<S>> classmates = new ArrayList<>();
      for (int variant : bestVariants) {
        for (int owner : owners.get(variant)) {
          Student<S> classmate = students.get(owner);
          classmates.add(
              new Classmate<>(classmate.link(), classmate.name(), variantIds.get(variant)));
        }
      }
      List<String> keys = new ArrayList<>();
      Posting[] fitting = references.get(bestVariants.get(0));
      for (int a = 0; a < answers.length; a++) {
        if (answers[a] != null && fitting[student.items()[a]] == answers[a]) {
          keys.add(compared.get(student.items()[a]));
        }
      }
      return java.util.Optional.of(
          new Flag<>(
              student.link(),
              student.name(),
              variantIds.get(student.variant()),
              classmates,
              best,
              own,
              student.telling(),
              keys));
    }

    /**
     * The other variants that may fit {@code need} of the student's answers, each once, in class
     * order: those in the {@code m - need + 1} smallest of the student's {@code m} index entries.
     */
    private List<Integer> candidates(Student<S> student, Posting[] answers, int need) {
      List<Posting> entries = new ArrayList<>(answers.length);
      for (Posting posting : answers) {
        if (posting != null) {
          entries.add(posting);
        }
      }
      if (need > entries.size()) {
        return List.of();
      }
      entries.sort(Comparator.comparingInt(p -> p.variants.size()));
      java.util.Set<Integer> seen = new java.util.TreeSet<>();
      for (Posting posting : entries.subList(0, entries.size() - need + 1)) {
        seen.addAll(posting.variants);
      }
      seen.remove(student.variant());
      return new ArrayList<>(seen);
    }

    /** How many of the student's telling answers equal {@code variant}'s reference. */
    private int fit(Student<S> student, Posting[] answers, int variant) {
      Posting[] reference = references.get(variant);
      int fit = 0;
      for (int a = 0; a < answers.length; a++) {
        if (answers[a] != null && reference[student.items()[a]] == answers[a]) {
          fit++;
        }
      }
      return fit;
    }

    /** The index of {@code variant}, the same for every student who has it. */
    private int variant(Variant variant) {
      Integer known = variantIndex.get(variant.key());
      if (known != null) {
        return known;
      }
      int index = variantIds.size();
      variantIndex.put(variant.key(), index);
      variantIds.add(variant.id());
      owners.add(new ArrayList<>(1));
      references.add(new Posting[compared.size()]);
      return index;
    }

    /**
     * Indexes {@code variant}'s reference at compared item {@code i}, as the verdict on it carries
     * it: the reference the student was graded against. A verdict on nothing readable carries none;
     * the reference stays unknown (matching no one) unless another student with the same variant
     * answered there.
     */
    private void index(int variant, int i, Answer item) {
      Posting[] reference = references.get(variant);
      if (reference[i] != null || item.reference().isEmpty() || allZero(item.reference().get())) {
        return;
      }
      Value value = item.reference().get();
      Posting posting = postings.computeIfAbsent(new Key(i, value), k -> new Posting());
      posting.variants.add(variant);
      reference[i] = posting;
    }
  }

  private static boolean allZero(Value value) {
    return value.entries().stream().allMatch(e -> e.signum() == 0);
  }
}
