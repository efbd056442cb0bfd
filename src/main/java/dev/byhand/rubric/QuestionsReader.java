package dev.byhand.rubric;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.byhand.exact.Rational;
import dev.byhand.network.Equation;
import dev.byhand.network.Network;
import dev.byhand.network.Node;
import dev.byhand.network.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates the {@code questions} list of a rubric. */
final class QuestionsReader {
  private static final Pattern QUESTION_ID = Pattern.compile("q(0|[1-9]\\d{0,3})");
  private static final Pattern MANUAL_ITEM = Pattern.compile("[a-z]{1,30}");
  private static final Set<String> QUESTION =
      Set.of("id", "text", "step", "manual", "items", "visibility", "tolerance", "decimals");
  private static final Set<String> ITEM =
      Set.of(
          "item",
          "points",
          "credit",
          "followThroughCredit",
          "label",
          "tolerance",
          "decimals",
          "aliases");

  private final Fields top;
  private final Network network;
  private final int sentenceLength;
  private final boolean hasSentence;
  private final Accuracy rubricAccuracy;

  /**
   * @param sentenceLength how many steps there are: the sentence's words, or the rubric's steps
   * @param hasSentence whether the steps read a sentence (else the rubric gives "steps")
   */
  QuestionsReader(Fields top, Network network, int sentenceLength, boolean hasSentence) {
    this.top = top;
    this.rubricAccuracy = Accuracy.read(top, Accuracy.NONE);
    this.network = network;
    this.sentenceLength = sentenceLength;
    this.hasSentence = hasSentence;
  }

  List<Question> read() {
    JsonArray array = top.array("questions");
    if (array.isEmpty()) {
      throw top.error("questions is empty; a rubric needs at least one question");
    }
    List<Question> questions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      Question question = question(top.nested("questions[" + i + "]", array.get(i)));
      if (!ids.add(question.id())) {
        throw top.error(
            "questions["
                + i
                + "].id \""
                + question.id()
                + "\" is used by an earlier question; give each question its own id");
      }
      questions.add(question);
    }
    uniqueAliases(questions);
    return questions;
  }

  /** An alias names one item: two items answering to one name would make a key guess. */
  private void uniqueAliases(List<Question> questions) {
    java.util.Map<String, String> owners = new java.util.HashMap<>();
    for (Question question : questions) {
      for (ItemSpec item : question.items()) {
        for (String alias : item.aliases()) {
          String owner = owners.putIfAbsent(squashed(alias), question.key(item));
          if (owner != null && !owner.equals(question.key(item))) {
            throw top.error(
                "the alias \""
                    + alias
                    + "\" of "
                    + question.key(item)
                    + " is also an alias of "
                    + owner
                    + "; give each name to one item only");
          }
        }
      }
    }
  }

  /** Letters and digits in lower case: how keys are compared. */
  private static String squashed(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      if (Character.isLetterOrDigit(name.charAt(i))) {
        out.append(Character.toLowerCase(name.charAt(i)));
      }
    }
    return out.toString();
  }

  private Question question(Fields fields) {
    fields.allowOnly(QUESTION);
    String id = fields.string("id");
    if (!QUESTION_ID.matcher(id).matches()) {
      throw fields.error(
          fields.child("id")
              + " \""
              + id
              + "\" must be q followed by a number without leading zeros (q0, q1, q12, …): students' answer"
              + " keys are built from it, and q01 would be read as q1");
    }
    boolean manual = fields.flag("manual");
    OptionalInt step = OptionalInt.empty();
    if (manual && fields.has("step")) {
      throw fields.error(
          fields.child("step") + " is set on a manual question; remove it or drop \"manual\"");
    }
    if (!manual && fields.has("step")) {
      step = OptionalInt.of(fields.positiveInt("step"));
    }
    Visibility visibility =
        fields.choice(
            "visibility",
            Visibility.VISIBLE,
            Visibility::fromId,
            RubricLoader.ids(Visibility.values(), Visibility::id));
    // The items first: an item without steps under a "step" is the clearer mistake to name.
    List<ItemSpec> items = items(fields, manual, step, Accuracy.read(fields, rubricAccuracy));
    if (step.isPresent() && step.getAsInt() > sentenceLength) {
      throw fields.error(
          fields.child("step")
              + " is "
              + step.getAsInt()
              + (hasSentence
                  ? " but the sentence has only "
                      + sentenceLength
                      + " words; steps count from 1 (step 1 reads the first word)"
                  : " but the rubric has only " + sentenceLength + " steps; steps count from 1"));
    }
    return new Question(id, fields.string("text"), step, items, visibility);
  }

  private List<ItemSpec> items(
      Fields question, boolean manual, OptionalInt step, Accuracy accuracy) {
    JsonArray array = question.array("items");
    if (array.isEmpty()) {
      throw question.error(question.child("items") + " is empty; list what the question asks for");
    }
    List<ItemSpec> items = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String path = question.child("items") + "[" + i + "]";
      Fields item = question.nested(path, array.get(i)).allowOnly(ITEM);
      String name = item.string("item");
      Rational points = item.number(item.child("points"), item.require("points"));
      if (points.signum() < 0) {
        throw item.error(item.child("points") + " is negative; points must be 0 or more");
      }
      ItemSpec spec =
          manual
              ? manualItem(item, name, points)
              : withAccuracy(
                  item,
                  computedItem(item, name, points, step.isPresent(), question.child("step")),
                  step.orElse(0),
                  accuracy);
      spec = spec.withAliases(aliases(item));
      if (!names.add(spec.name())) {
        throw item.error(item.child("item") + " \"" + name + "\" is listed twice in this question");
      }
      items.add(spec);
    }
    return items;
  }

  /**
   * The item's {@code "aliases"}: a list of at most {@value #MAX_ALIASES} names students use for
   * it, each holding a letter or digit and at most {@value #MAX_ALIAS_CHARS} characters.
   */
  private static List<String> aliases(Fields item) {
    if (!item.has("aliases")) {
      return List.of();
    }
    JsonArray array = item.array("aliases");
    String where = item.child("aliases");
    if (array.size() > MAX_ALIASES) {
      throw item.error(where + " has " + array.size() + " names; list at most " + MAX_ALIASES);
    }
    List<String> aliases = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonElement alias = array.get(i);
      if (!alias.isJsonPrimitive() || !alias.getAsJsonPrimitive().isString()) {
        throw item.error(where + "[" + i + "] must be a string, e.g. \"h^1_0\"");
      }
      String name = alias.getAsString().strip();
      if (name.length() > MAX_ALIAS_CHARS || !name.chars().anyMatch(Character::isLetterOrDigit)) {
        throw item.error(
            where
                + "["
                + i
                + "] \""
                + name
                + "\" must hold a letter or digit and at most "
                + MAX_ALIAS_CHARS
                + " characters");
      }
      aliases.add(name);
    }
    return aliases;
  }

  private static ItemSpec manualItem(Fields item, String name, Rational points) {
    if (!MANUAL_ITEM.matcher(name).matches()) {
      throw item.error(
          item.child("item") + " \"" + name + "\" must be lower-case letters, e.g. \"diagram\"");
    }
    if (item.has("credit")
        || item.has("followThroughCredit")
        || item.has("tolerance")
        || item.has("decimals")) {
      throw item.error(
          item.path()
              + ": credit, tolerance and decimals apply to computed items only; remove them from manual items");
    }
    if (item.has("label")) {
      return new ItemSpec(
          name,
          true,
          points,
          Credit.ALL_OR_NOTHING,
          Rational.ONE,
          Optional.of(item.string("label")));
    }
    return ItemSpec.manual(name, points);
  }

  /**
   * An item is compared within a tolerance when its reference is inexact (the innermost tolerance
   * of item, question and rubric; none is an error) or when the item sets one itself.
   */
  private ItemSpec withAccuracy(Fields item, ItemSpec spec, int step, Accuracy outer) {
    Accuracy accuracy = Accuracy.read(item, outer);
    Node node = new Node(spec.name(), step);
    Optional<Value> reference = network.reference().find(node);
    if (reference.isEmpty()) {
      // A step past the sentence: the question names that mistake next.
      return spec;
    }
    if (reference.get() instanceof Value.Token) {
      if (item.has("tolerance")) {
        throw item.error(
            item.child("tolerance")
                + " is set, but \""
                + spec.name()
                + "\" is a token, which is"
                + " right or wrong; remove the tolerance");
      }
      return spec;
    }
    if (network.reference().isExact(node) && !item.has("tolerance")) {
      return spec;
    }
    Rational tolerance =
        accuracy
            .tolerance()
            .orElseThrow(
                () ->
                    item.error(
                        item.path()
                            + " \""
                            + spec.name()
                            + "\" is not exact: its reference depends on exp, log, log2, log10, xlogx, entropy, sqrt, std, tanh, sigmoid or softmax, computed to 40"
                            + " digits, and no tolerance is given; add \"tolerance\": 0.01 (the largest difference accepted) to the"
                            + " item, its question or the rubric"));
    return new ItemSpec(
        spec.name(),
        false,
        spec.points(),
        spec.credit(),
        spec.followThroughCredit(),
        spec.label(),
        Optional.of(new ItemSpec.Tolerance(tolerance, accuracy.decimals())));
  }

  private static final int MAX_ALIASES = 20;
  private static final int MAX_ALIAS_CHARS = 40;

  private record Policy(Credit credit, Rational followThrough) {}

  private static Policy policy(Fields item) {
    Credit credit =
        item.choice(
            "credit",
            Credit.ALL_OR_NOTHING,
            Credit::fromId,
            RubricLoader.ids(Credit.values(), Credit::id));
    Rational followThrough =
        item.has("followThroughCredit")
            ? item.number(item.child("followThroughCredit"), item.require("followThroughCredit"))
            : Rational.ONE;
    if (followThrough.signum() < 0 || followThrough.compareTo(Rational.ONE) > 0) {
      throw item.error(
          item.child("followThroughCredit")
              + " is "
              + followThrough
              + "; it is the share of the points, from 0 (none) to 1 (full)");
    }
    return new Policy(credit, followThrough);
  }

  private ItemSpec computedItem(
      Fields item, String name, Rational points, boolean stepped, String step) {
    Policy policy = policy(item);
    Optional<Equation> equation = network.equation(name);
    if (equation.isEmpty()) {
      throw item.error(
          item.child("item")
              + " \""
              + name
              + "\" is not an item byhand can compute: it names no"
              + " quantity of the network; use one of "
              + network.equations().stream().map(Equation::name).toList()
              + ", or mark the question \"manual\": true");
    }
    if (equation.get().perStep() && !stepped) {
      throw item.error(
          step
              + " is missing, but "
              + item.child("item")
              + " \""
              + name
              + "\" is computed at every"
              + " step; give the question a \"step\" (from 1: step 1 reads the first word)");
    }
    if (!equation.get().perStep() && stepped) {
      throw item.error(
          step
              + " is set, but "
              + item.child("item")
              + " \""
              + name
              + "\" has no steps (its"
              + " equation has no _t); remove the question's \"step\" or ask about a quantity computed at every step");
    }
    Value sample = network.reference().value(new Node(name, stepped ? 1 : 0));
    if (policy.credit() == Credit.PER_ENTRY
        && (sample instanceof Value.Token || sample instanceof Value.Scalar)) {
      throw item.error(
          item.child("credit")
              + " \"per-entry\" needs a vector or matrix item; a "
              + name
              + " is "
              + (sample instanceof Value.Token ? "one token" : "one number")
              + ", so it is all or nothing");
    }
    Optional<String> label =
        item.has("label") ? Optional.of(item.string("label")) : Optional.empty();
    return new ItemSpec(name, false, points, policy.credit(), policy.followThrough(), label);
  }
}
