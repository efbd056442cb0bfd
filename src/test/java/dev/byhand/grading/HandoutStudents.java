package dev.byhand.grading;

import dev.byhand.exact.Matrix;
import dev.byhand.exact.Rational;
import dev.byhand.exact.Vector;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.Answer;
import dev.byhand.submission.AnswerKey;
import dev.byhand.submission.Format;
import dev.byhand.submission.Location;
import dev.byhand.submission.Submission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SortedSet;

/**
 * Seeded students of a handout rubric (the Elman RNN), each computing the sentence by hand with the
 * handout's classic mistakes (at every step, from one step on, or at one step only), arithmetic
 * slips carried forward or not, prediction mistakes, and placeholders, random values and missing
 * answers. Written independently of the grader's own mistake code, so it can pin verdicts.
 */
final class HandoutStudents {
  enum Mistake {
    NONE,
    NO_RELU,
    RELU_LOGITS,
    NO_RECURRENCE,
    TRANSPOSED_W,
    TRANSPOSED_U,
    TRANSPOSED_V,
    ROW_UP,
    ROW_DOWN,
    ROW_UP_CLIPPED,
    ROW_DOWN_CLIPPED,
    CARRIED,
    ARGMIN,
    NEXT_WORD
  }

  private final Rubric rubric;
  private final Model model;
  private final List<Integer> sentence;
  private final Random random;

  HandoutStudents(Rubric rubric, long seed) {
    this.rubric = rubric;
    this.model = Model.of(rubric);
    this.sentence = rubric.sentence();
    this.random = new Random(seed);
  }

  /** The handout's matrices and activation, read from the rubric's values: E, U, W, V and h0. */
  private record Model(
      Matrix embedding,
      Matrix input,
      Matrix recurrent,
      Matrix output,
      Vector initialHidden,
      boolean relu) {
    static Model of(Rubric rubric) {
      java.util.Map<String, Value> v = rubric.network().values();
      return new Model(
          ((Value.Mat) v.get("E")).value(),
          ((Value.Mat) v.get("U")).value(),
          ((Value.Mat) v.get("W")).value(),
          ((Value.Mat) v.get("V")).value(),
          ((Value.Vec) v.get("hidden_0")).value(),
          rubric.handout().orElseThrow().activation().equals("relu"));
    }

    int vocabularySize() {
      return embedding.rowCount();
    }

    Vector activation(Vector pre) {
      return relu ? HandoutStudents.relu(pre) : pre;
    }
  }

  static Vector relu(Vector v) {
    return v.map(x -> x.signum() < 0 ? Rational.ZERO : x);
  }

  /** Every index holding the largest entry: ties are kept, not broken. */
  static SortedSet<Integer> argmax(Vector logits) {
    SortedSet<Integer> best = new java.util.TreeSet<>();
    Rational max = null;
    for (int i = 0; i < logits.size(); i++) {
      Rational value = logits.get(i);
      int order = max == null ? 1 : value.compareTo(max);
      if (order > 0) {
        best.clear();
        max = value;
      }
      if (order >= 0) {
        best.add(i);
      }
    }
    return best;
  }

  /** One student: what they wrote, and a description of how they made it. */
  record Student(String how, Submission submission) {}

  Student next(String id) {
    Mistake mistake = Mistake.values()[random.nextInt(Mistake.values().length)];
    int steps = sentence.size();
    int from = 1 + random.nextInt(steps);
    int pattern = random.nextInt(3); // 0 every step, 1 from step `from` on, 2 at `from` only
    int slipStep = random.nextInt(4) == 0 ? 1 + random.nextInt(steps) : 0;
    boolean slipCarried = random.nextBoolean();
    boolean slipLogits = random.nextInt(3) == 0;
    StringBuilder how =
        new StringBuilder(mistake + " p" + pattern + " from" + from + " slip" + slipStep);
    List<Vector> pres = new ArrayList<>();
    List<Vector> inputs = new ArrayList<>();
    List<Vector> hiddens = new ArrayList<>();
    List<Vector> logitsList = new ArrayList<>();
    List<Integer> predictions = new ArrayList<>();
    Vector carried = model.initialHidden();
    for (int t = 1; t <= steps; t++) {
      boolean active = pattern == 0 || (pattern == 1 ? t >= from : t == from);
      Mistake m = active ? mistake : Mistake.NONE;
      int token = sentence.get(t - 1);
      int vocabulary = model.vocabularySize();
      int row =
          switch (m) {
            case ROW_UP -> Math.floorMod(token + 1, vocabulary);
            case ROW_DOWN -> Math.floorMod(token - 1, vocabulary);
            case ROW_UP_CLIPPED -> token + 1 < vocabulary ? token + 1 : token;
            case ROW_DOWN_CLIPPED -> token > 0 ? token - 1 : token;
            default -> token;
          };
      Matrix w = m == Mistake.TRANSPOSED_W ? model.recurrent().transpose() : model.recurrent();
      Matrix u = model.input();
      if (m == Mistake.TRANSPOSED_U && u.rowCount() == u.columnCount()) {
        u = u.transpose();
      }
      Matrix v = model.output();
      if (m == Mistake.TRANSPOSED_V && v.rowCount() == v.columnCount()) {
        v = v.transpose();
      }
      Vector input = model.embedding().row(row);
      Vector recurrent =
          m == Mistake.NO_RECURRENCE ? Vector.zeros(carried.size()) : carried.times(w);
      Vector pre = recurrent.plus(input.times(u));
      Vector hidden = m == Mistake.NO_RELU ? pre : model.activation(pre);
      Vector next = m == Mistake.CARRIED ? pre : hidden;
      if (t == slipStep && !slipLogits) {
        Vector slipped = slip(hidden);
        hidden = slipped;
        if (slipCarried) {
          next = slipped;
        }
      }
      Vector logits = hidden.times(v);
      if (m == Mistake.RELU_LOGITS) {
        logits = relu(logits);
      }
      if (t == slipStep && slipLogits) {
        logits = slip(logits);
      }
      SortedSet<Integer> best =
          m == Mistake.ARGMIN ? argmax(logits.map(Rational::negate)) : argmax(logits);
      List<Integer> ties = new ArrayList<>(best);
      int prediction = ties.get(random.nextInt(ties.size()));
      if (m == Mistake.NEXT_WORD) {
        prediction = t < steps ? sentence.get(t) : random.nextInt(vocabulary);
      }
      inputs.add(input);
      pres.add(pre);
      hiddens.add(hidden);
      logitsList.add(logits);
      predictions.add(prediction);
      carried = next;
    }
    List<Answer> answers = new ArrayList<>();
    int line = 0;
    int noise = random.nextInt(4); // 0: some items replaced by noise
    for (Question question : rubric.questions()) {
      if (question.isManual()) {
        continue;
      }
      int t = question.position();
      for (ItemSpec item : question.items()) {
        line++;
        Optional<List<String>> cells =
            switch (item.name()) {
              case "hidden" -> Optional.of(cells(hiddens.get(t - 1)));
              case "logits" -> Optional.of(cells(logitsList.get(t - 1)));
              case "preactivation" -> Optional.of(cells(pres.get(t - 1)));
              case "input" -> Optional.of(cells(inputs.get(t - 1)));
              case "prediction" ->
                  Optional.of(List.of(rubric.vocabulary().word(predictions.get(t - 1))));
              default -> Optional.empty();
            };
        if (cells.isEmpty()) {
          continue;
        }
        if (noise == 0 && random.nextInt(4) == 0) {
          int kind = random.nextInt(6);
          how.append(" noise").append(kind).append('@').append(question.id()).append(item.name());
          if (kind == 0) {
            continue; // left out
          }
          cells = Optional.of(noisy(kind, cells.get(), item.name()));
        }
        String key = question.key(item);
        answers.add(
            new Answer(
                new AnswerKey(question.id(), item.name()),
                key,
                cells.get(),
                Location.ofLine("s.csv", line),
                key,
                List.of()));
      }
    }
    return new Student(
        how.toString(),
        new Submission(
            id,
            Path.of(id + ".csv"),
            Optional.of(Format.CSV),
            answers,
            List.of(),
            Optional.empty()));
  }

  private List<String> noisy(int kind, List<String> cells, String item) {
    if (item.equals("prediction")) {
      return List.of(rubric.vocabulary().word(random.nextInt(rubric.vocabulary().size())));
    }
    List<String> out = new ArrayList<>();
    switch (kind) {
      case 1 -> cells.forEach(c -> out.add("0"));
      case 2 -> cells.forEach(c -> out.add(Integer.toString(random.nextInt(41) - 20)));
      case 3 -> out.addAll(cells.subList(0, Math.max(1, cells.size() - 1)));
      case 4 -> {
        out.addAll(cells);
        out.add("1");
      }
      default -> {
        out.addAll(cells);
        int at = random.nextInt(out.size());
        out.set(at, Rational.of(random.nextInt(7) - 3, 2).toString());
      }
    }
    return out;
  }

  private Vector slip(Vector vector) {
    List<Rational> entries = new ArrayList<>(vector.entries());
    int at = random.nextInt(entries.size());
    int delta = random.nextInt(3) == 0 ? -entries.get(at).signum() : random.nextInt(19) - 9;
    entries.set(at, entries.get(at).add(Rational.of(delta == 0 ? 1 : delta)));
    if (random.nextInt(5) == 0) {
      entries.set(at, Rational.ZERO);
    }
    return new Vector(entries);
  }

  private static List<String> cells(Vector vector) {
    return vector.entries().stream().map(Rational::toString).toList();
  }

  /** The node an item answers, for descriptions. */
  static Node node(Rubric rubric, Question question, ItemSpec item) {
    return rubric.node(question, item);
  }
}
