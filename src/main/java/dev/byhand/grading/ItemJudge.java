package dev.byhand.grading;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.Submission;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides the verdict on one item: read it, then compare with the reference (exactly, or within the
 * item's tolerance), with what the student's own earlier answers give (follow-through), and with
 * what known mistakes give (diagnosis). Precedence: correct, then follow-through, then partial or
 * incorrect. Pure and thread-safe; one instance serves a whole batch.
 */
final class ItemJudge implements Judge {
  /**
   * What judging needs that is the same for every student of a rubric, their own numbers or not:
   * how answers are read and compared. Built once per rubric.
   */
  private record Shared(
      AnswerReader reader,
      TokenWords words,
      ItemText text,
      NumbersJudge numbers,
      PredictionJudge predictions,
      Tolerances tolerances) {
    static Shared of(Rubric rubric) {
      TokenWords words = new TokenWords(rubric.vocabulary(), rubric.policies().ties());
      ItemText text = new ItemText(words);
      return new Shared(
          new AnswerReader(rubric),
          words,
          text,
          new NumbersJudge(text),
          new PredictionJudge(words, text, rubric.policies().ties()),
          new Tolerances(rubric));
    }
  }

  private final Rubric rubric;

  /** {@link #rubric}'s items, listed once: where each student's own values are read from. */
  private final List<RubricItem> items;

  private final Shared shared;
  private final FollowThrough followThrough;
  private final Diagnoser diagnoser;

  /** With the rubric's {@code requirePlausible} policy; else empty. */
  private final Optional<Plausibility> plausibility;

  ItemJudge(Rubric rubric) {
    this(rubric, Shared.of(rubric));
  }

  private ItemJudge(Rubric rubric, Shared shared) {
    this.rubric = rubric;
    this.items = rubric.items();
    this.shared = shared;
    OwnInputs inputs = new OwnInputs(rubric);
    this.followThrough = new FollowThrough(rubric, inputs, shared.words(), shared.tolerances());
    this.diagnoser = new Diagnoser(rubric, inputs);
    this.plausibility =
        rubric.policies().followThrough().requirePlausible()
            ? Optional.of(
                new Plausibility(
                    rubric.network(),
                    followThrough,
                    diagnoser,
                    shared.tolerances(),
                    shared.words()))
            : Optional.empty();
  }

  /**
   * The judge of one student's variant of this judge's rubric ({@link
   * dev.byhand.variants.StudentRubrics#with}): the same questions, vocabulary and policies, so only
   * what depends on the numbers is built again.
   */
  ItemJudge forVariant(Rubric own) {
    return new ItemJudge(own, shared);
  }

  @Override
  public ItemResult judge(Submission submission, RubricItem item) {
    if (item.manual()) {
      return Verdicts.manual(item);
    }
    Node node = item.node();
    StudentValues values = new StudentValues(items, shared.reader(), submission);
    // Follow-through is only needed once an answer is not correct: computed on demand.
    Supplier<Optional<FollowThrough.Target>> target = () -> followThrough.target(node, values);
    Reading reading = shared.reader().read(submission, item);
    if (!(reading instanceof Reading.Read read)) {
      return notRead(item, reading);
    }
    return unlessItFollowsFromUnread(judgeRead(item, read, values, target), read, submission);
  }

  private ItemResult judgeRead(
      RubricItem item,
      Reading.Read read,
      StudentValues values,
      Supplier<Optional<FollowThrough.Target>> target) {
    if (plausibility.isEmpty()) {
      return judgeAgainst(item, read, values, target);
    }
    // The policy: a target computed from an implausible answer is no target; when the answer
    // would have followed through from it, the feedback says why it did not.
    Screened screened = new Screened(target, t -> plausibility.get().refusal(t, values));
    ItemResult judged = judgeAgainst(item, read, values, screened);
    if (screened.refusal.isEmpty()) {
      return judged;
    }
    ItemResult carried = judgeAgainst(item, read, values, target);
    return carried.status() == Status.FOLLOWTHROUGH
        ? judged.withFeedback(judged.feedback() + " " + screened.refusal.get())
        : judged;
  }

  /**
   * A follow-through target kept only when the policy finds it plausible, asked for at most once;
   * remembers why it was refused. One item's judging uses it.
   */
  private static final class Screened implements Supplier<Optional<FollowThrough.Target>> {
    private final Supplier<Optional<FollowThrough.Target>> target;
    private final java.util.function.Function<FollowThrough.Target, Optional<String>> screen;
    private Optional<FollowThrough.Target> kept;
    private Optional<String> refusal = Optional.empty();

    Screened(
        Supplier<Optional<FollowThrough.Target>> target,
        java.util.function.Function<FollowThrough.Target, Optional<String>> screen) {
      this.target = target;
      this.screen = screen;
    }

    @Override
    public Optional<FollowThrough.Target> get() {
      if (kept == null) {
        Optional<FollowThrough.Target> found = target.get();
        refusal = found.flatMap(screen);
        kept = refusal.isPresent() ? Optional.empty() : found;
      }
      return kept;
    }
  }

  /**
   * {@code judged}, unless it finds the answer wrong while an answer it is computed from (its own
   * earlier step, at any depth) is in the file but could not be read: the wrong answer may be what
   * the student's own earlier value gives, so it is refused with the earlier item named, never
   * marked wrong against the reference (a TA gives follow-through there).
   */
  private ItemResult unlessItFollowsFromUnread(
      ItemResult judged, Reading.Read read, Submission submission) {
    if (judged.status() != Status.PARTIAL && judged.status() != Status.INCORRECT
        || judged.rubricItem().spec().followThroughCredit().signum() == 0) {
      return judged;
    }
    Optional<RubricItem> unread = unreadInput(judged.rubricItem().node(), submission);
    if (unread.isEmpty()) {
      return judged;
    }
    String key = judged.rubricItem().key();
    String input = unread.get().key();
    return ItemResult.unparseable(
        judged.rubricItem(),
        new Reading.Unreadable(
            shared.words().display(read.value()),
            Optional.of(read.where()),
            key
                + " ("
                + read.where()
                + ") differs from the reference, and it may follow from your "
                + input
                + ", which byhand could not read; so it was not graded. Make "
                + input
                + " readable and "
                + key
                + " is graded, with follow-through from it."));
  }

  /** An asked item that {@code node} is computed from, at any depth, whose answer is unreadable. */
  private Optional<RubricItem> unreadInput(Node node, Submission submission) {
    Set<Node> seen = new HashSet<>();
    ArrayDeque<Node> todo = new ArrayDeque<>(rubric.network().reads(node));
    while (!todo.isEmpty()) {
      Node input = todo.poll();
      if (!seen.add(input)) {
        continue;
      }
      for (RubricItem asked : items) {
        if (!asked.manual()
            && asked.node().equals(input)
            && shared.reader().read(submission, asked) instanceof Reading.Unreadable) {
          return Optional.of(asked);
        }
      }
      todo.addAll(rubric.network().reads(input));
    }
    return Optional.empty();
  }

  private ItemResult judgeAgainst(
      RubricItem item,
      Reading.Read read,
      StudentValues values,
      Supplier<Optional<FollowThrough.Target>> target) {
    ItemSpec spec = item.spec();
    Node node = item.node();
    Value reference = item.reference().orElseThrow();
    if (reference instanceof Value.Token token) {
      int given = ((Value.Token) read.value()).first();
      return shared
          .predictions()
          .judge(
              item,
              read,
              token,
              target,
              () ->
                  diagnoser.prediction(node, given, shared.words().accepted(token.ids()), values));
    }
    return shared
        .numbers()
        .judge(
            item,
            read,
            reference,
            // Quoted only by the feedback of an item compared within a tolerance.
            spec.accuracy().isPresent() ? shared.text().expected(spec, reference) : "",
            target,
            () -> diagnoser.numbers(node, read.value(), reference, values),
            rubric.network().table(node.quantity()).isPresent());
  }

  private static ItemResult notRead(RubricItem item, Reading reading) {
    if (reading instanceof Reading.Unreadable unreadable) {
      return ItemResult.unparseable(item, unreadable);
    }
    return ItemResult.missing(item, (Reading.Missing) reading);
  }
}
