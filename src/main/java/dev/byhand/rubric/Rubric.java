package dev.byhand.rubric;

import static java.util.Objects.requireNonNull;

import dev.byhand.exact.Rational;
import dev.byhand.network.Mutant;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An assignment: the network (values and equations, compiled, with its reference run), the
 * sentence, the questions and the grading policies. Immutable and thread-safe.
 *
 * @param vocabulary the words of the network's tokens; empty for a network without tokens
 * @param sentence the token ids read at steps 1, 2, …; empty for a network without steps
 * @param policies the rubric-wide policies (self-check, argmax ties)
 * @param handout the handout's catalogue of mistakes, when the rubric declares it (the built-in
 *     form does)
 * @param mistakes the network's known mistakes, each compiled once, when first asked for: the
 *     rubric's own, then those derived from its equations, in rubric order; for the handout, its
 *     own mistakes under its own ids ({@code HandoutMistakes})
 * @param variants the rubric's {@code variants} section, when each student gets their own numbers
 * @param variant whose numbers these are, when this is one student's rubric ({@link #withValues})
 */
public record Rubric(
    String id,
    String title,
    Vocabulary vocabulary,
    Network network,
    List<Integer> sentence,
    List<Question> questions,
    Policies policies,
    Optional<Handout> handout,
    List<Mutant> mistakes,
    Optional<Variants> variants,
    Optional<Variant> variant) {
  /**
   * The rubric declares the handout's mistakes (ids, sentences and the rule that tries them) for
   * its five equations ({@code ModelReader.HANDOUT}): the built-in form does, a rubric written as
   * equations by {@code "misconceptions": {"handout": true}}.
   *
   * @param activation the function of the hidden state: {@code relu} or {@code identity}
   * @param nextWord the mistake it states about the sentence, not the equations: the sentence's
   *     next word given as the prediction ({@code next-word})
   */
  public record Handout(String activation, Stated nextWord) {
    public Handout {
      requireNonNull(activation, "activation");
      requireNonNull(nextWord, "nextWord");
    }

    /** The handout's mistakes for the hidden state's {@code activation}. */
    public Handout(String activation) {
      this(activation, HandoutMistakes.NEXT_WORD);
    }
  }

  /** A mistake a rubric states in words, with the id results.json shows. */
  public record Stated(String id, String text) {
    public Stated {
      requireNonNull(id, "id");
      requireNonNull(text, "text");
    }
  }

  /**
   * Rubric-wide policies.
   *
   * @param selfCheck what {@code check} may tell a student before the deadline
   * @param ties which tied prediction is accepted
   * @param followThrough when follow-through credit is given
   */
  public record Policies(SelfCheck selfCheck, Ties ties, FollowThroughPolicy followThrough) {
    public static final Policies DEFAULT =
        new Policies(SelfCheck.FORMAT, Ties.ANY, FollowThroughPolicy.DEFAULT);

    public Policies {
      requireNonNull(selfCheck, "selfCheck");
      requireNonNull(ties, "ties");
      requireNonNull(followThrough, "followThrough");
    }

    /** The default follow-through policy. */
    public Policies(SelfCheck selfCheck, Ties ties) {
      this(selfCheck, ties, FollowThroughPolicy.DEFAULT);
    }
  }

  /**
   * The rubric's {@code "followThrough"} policy.
   *
   * @param requirePlausible follow-through only from an earlier wrong answer that a known mistake
   *     explains, or that differs from the reference in at most half its entries (or that is itself
   *     carried from such an answer); off by default
   */
  public record FollowThroughPolicy(boolean requirePlausible) {
    public static final FollowThroughPolicy DEFAULT = new FollowThroughPolicy(false);
  }

  public Rubric {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(vocabulary, "vocabulary");
    requireNonNull(network, "network");
    sentence = List.copyOf(sentence);
    questions = List.copyOf(questions);
    requireNonNull(policies, "policies");
    requireNonNull(handout, "handout");
    mistakes = CompiledOnUse.copyOf(mistakes);
    requireNonNull(variants, "variants");
    requireNonNull(variant, "variant");
  }

  /** A rubric without variants. */
  public Rubric(
      String id,
      String title,
      Vocabulary vocabulary,
      Network network,
      List<Integer> sentence,
      List<Question> questions,
      Policies policies,
      Optional<Handout> handout,
      List<Mutant> mistakes) {
    this(
        id,
        title,
        vocabulary,
        network,
        sentence,
        questions,
        policies,
        handout,
        mistakes,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The same questions over other values of the same names and shapes: {@code chosen}'s (drawn by
   * {@code variants.StudentRubrics}).
   */
  public Rubric withValues(Map<String, Value> values, Variant chosen) {
    Network changed = network.withValues(values);
    // The mistakes are the same equations over the student's own numbers, compiled on first use.
    List<Mutant> own =
        CompiledOnUse.of(() -> mistakes.stream().map(m -> m.withValues(values)).toList());
    return new Rubric(
        id,
        title,
        vocabulary,
        changed,
        sentence,
        questions,
        policies,
        handout,
        own,
        variants,
        Optional.of(chosen));
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /**
   * Every item, question by question in rubric order, with its node, key and reference. Made on
   * each call: a caller that asks often keeps the list.
   */
  public List<RubricItem> items() {
    List<RubricItem> items = new ArrayList<>();
    for (Question question : questions) {
      for (ItemSpec spec : question.items()) {
        Node node = node(question, spec);
        Optional<Value> reference =
            spec.manual() ? Optional.empty() : Optional.of(network.reference().value(node));
        items.add(new RubricItem(question, spec, node, question.key(spec), reference));
      }
    }
    return List.copyOf(items);
  }

  /** The nodes the computed items ask for, in rubric order (two items may ask for one node). */
  public Set<Node> askedNodes() {
    Set<Node> asked = new LinkedHashSet<>();
    for (Question question : questions) {
      for (ItemSpec spec : question.items()) {
        if (!spec.manual()) {
          asked.add(node(question, spec));
        }
      }
    }
    return Collections.unmodifiableSet(asked);
  }

  /** The trace node a computed item asks for. */
  public Node node(Question question, ItemSpec item) {
    return new Node(item.name(), question.position());
  }

  /** The reference value of a computed item. */
  public Value expected(Question question, ItemSpec item) {
    return network.reference().value(node(question, item));
  }

  /**
   * Whether the steps read a sentence's words; a rubric with {@code "steps"} has steps but no
   * words.
   */
  public boolean hasSentence() {
    return !sentence.isEmpty();
  }

  /** The word read at {@code step} (from 1); only for a rubric with a sentence. */
  public String word(int step) {
    return vocabulary.word(sentence.get(step - 1));
  }

  /** Points over every item, manual ones included. */
  public Rational maxPoints() {
    return questions.stream().map(Question::maxPoints).reduce(Rational.ZERO, Rational::add);
  }
}
