package dev.byhand.grading;

import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Submission;
import java.util.IdentityHashMap;
import java.util.Map;
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
      NumbersJudge numbers,
      PredictionJudge predictions,
      Tolerances tolerances) {
    static Shared of(Rubric rubric) {
      TokenWords words = new TokenWords(rubric.vocabulary(), rubric.policies().ties());
      return new Shared(
          new AnswerReader(rubric),
          words,
          new NumbersJudge(words),
          new PredictionJudge(words, rubric.policies().ties()),
          new Tolerances(rubric));
    }
  }

  private final Rubric rubric;
  private final Shared shared;
  private final FollowThrough followThrough;
  private final Diagnoser diagnoser;

  /** With the rubric's {@code requirePlausible} policy; else empty. */
  private final Optional<Plausibility> plausibility;

  /**
   * By item (by identity), its node, its reference, and the reference as every verdict shows it:
   * once.
   */
  private final Map<ItemSpec, Expected> expected = new IdentityHashMap<>();

  /** {@code table}: the item is a table ({@code D_{i,j} = …}), judged cell by cell. */
  private record Expected(Node node, Value value, String text, boolean table) {}

  ItemJudge(Rubric rubric) {
    this(rubric, Shared.of(rubric));
  }

  private ItemJudge(Rubric rubric, Shared shared) {
    this.rubric = rubric;
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
    for (Question question : rubric.questions()) {
      for (ItemSpec item : question.items()) {
        if (!item.manual()) {
          Value value = rubric.expected(question, item);
          String text =
              item.accuracy()
                  .map(t -> DecimalText.rounded(value, t.places()))
                  .orElseGet(() -> shared.words().expected(value));
          Node node = rubric.node(question, item);
          boolean table = rubric.network().table(node.quantity()).isPresent();
          expected.put(item, new Expected(node, value, text, table));
        }
      }
    }
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
  public ItemResult judge(Submission submission, Question question, ItemSpec item) {
    if (item.manual()) {
      return Verdicts.manual(question, item);
    }
    Expected known = this.expected.get(item);
    Node node = known.node();
    StudentValues values = new StudentValues(rubric, shared.reader(), submission);
    // Follow-through is only needed once an answer is not correct: computed on demand.
    Supplier<Optional<FollowThrough.Target>> target = () -> followThrough.target(node, values);
    Reading reading = shared.reader().read(submission, question, item);
    if (!(reading instanceof Reading.Read read)) {
      return notRead(question, item, reading, known.text());
    }
    if (plausibility.isEmpty()) {
      return judgeRead(question, item, read, known, values, target);
    }
    // The policy: a target computed from an implausible answer is no target; when the answer
    // would have followed through from it, the feedback says why it did not.
    Screened screened = new Screened(target, t -> plausibility.get().refusal(t, values));
    ItemResult judged = judgeRead(question, item, read, known, values, screened);
    if (screened.refusal.isEmpty()) {
      return judged;
    }
    ItemResult carried = judgeRead(question, item, read, known, values, target);
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
      Question question,
      ItemSpec item,
      Reading.Read read,
      Expected known,
      StudentValues values,
      Supplier<Optional<FollowThrough.Target>> target) {
    Node node = known.node();
    Value reference = known.value();
    String expected = known.text();
    if (reference instanceof Value.Token token) {
      int given = ((Value.Token) read.value()).first();
      return shared
          .predictions()
          .judge(
              question,
              item,
              read,
              token,
              expected,
              target,
              () ->
                  diagnoser.prediction(node, given, shared.words().accepted(token.ids()), values));
    }
    return shared
        .numbers()
        .judge(
            question,
            item,
            read,
            reference,
            expected,
            target,
            () -> diagnoser.numbers(node, read.value(), reference, values),
            known.table());
  }

  private static ItemResult notRead(
      Question question, ItemSpec item, Reading reading, String expected) {
    if (reading instanceof Reading.Unreadable unreadable) {
      return Verdicts.zero(
              question, item, Status.UNPARSEABLE, unreadable.given(), expected, unreadable.why())
          .withReading(unreadable);
    }
    Reading.Missing missing = (Reading.Missing) reading;
    return Verdicts.zero(question, item, Status.MISSING, "", expected, missing.why())
        .withReading(missing);
  }
}
