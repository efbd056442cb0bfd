package dev.byhand.grading;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricItem;
import dev.byhand.submission.Submission;
import java.util.List;
import java.util.Optional;
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
    if (plausibility.isEmpty()) {
      return judgeRead(item, read, values, target);
    }
    // The policy: a target computed from an implausible answer is no target; when the answer
    // would have followed through from it, the feedback says why it did not.
    Screened screened = new Screened(target, t -> plausibility.get().refusal(t, values));
    ItemResult judged = judgeRead(item, read, values, screened);
    if (screened.refusal.isEmpty()) {
      return judged;
    }
    ItemResult carried = judgeRead(item, read, values, target);
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

  private ItemResult judgeRead(
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
