package dev.byhand.grading;

import dev.byhand.rnn.Step;
import dev.byhand.rubric.ItemSpec;
import dev.byhand.rubric.Question;
import dev.byhand.rubric.Vocabulary;
import dev.byhand.submission.Answer;
import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Judges a predicted token written as a word (any case) or a token id. Any token tied for the
 * largest logit is accepted.
 */
final class PredictionJudge {
  private static final Pattern TOKEN_ID = Pattern.compile("\\d{1,9}(\\.0*)?");
  private static final Pattern WRAPPING = Pattern.compile("^[\"'‘’“”`]+|[\"'‘’“”`.!]+$");

  private final Vocabulary vocabulary;

  PredictionJudge(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  ItemResult judge(Question question, ItemSpec item, Answer answer, Step step) {
    String written = String.join(" ", answer.values());
    String expected = expected(step);
    if (answer.values().size() != 1) {
      return Verdicts.zero(question, item, Status.UNPARSEABLE, written, expected, "Write one token for "
          + question.key(item) + " (" + answer.location() + "), a word such as " + vocabulary.word(0)
          + " or its token id, not " + answer.values().size() + " values.");
    }
    OptionalInt id = tokenId(answer.values().get(0));
    if (id.isEmpty()) {
      return Verdicts.zero(question, item, Status.UNPARSEABLE, written, expected, "\"" + written + "\" ("
          + answer.location() + ") is not a word of the vocabulary " + vocabulary.words()
          + " nor a token id 0–" + (vocabulary.size() - 1) + ".");
    }
    String given = vocabulary.word(id.getAsInt());
    String tie = step.isTie() ? " The logits tie for the largest value, so " + expected + " are all accepted." : "";
    if (step.predicted().contains(id.getAsInt())) {
      return Verdicts.full(question, item, given, expected, "Correct." + tie);
    }
    return new ItemResult(question, item, Status.INCORRECT, dev.byhand.rnn.Rational.ZERO, given, expected,
        "The model predicts the token with the largest logit at step " + step.position() + "; "
            + given + " (id " + id.getAsInt() + ") is not it." + tie);
  }

  /** {@code is}, or {@code is or outside} when logits tie. */
  String expected(Step step) {
    return step.predicted().stream().map(vocabulary::word).collect(Collectors.joining(" or "));
  }

  private OptionalInt tokenId(String value) {
    OptionalInt exact = vocabulary.id(value.strip());
    if (exact.isPresent()) {
      return exact;
    }
    String text = WRAPPING.matcher(value.strip()).replaceAll("").strip();
    if (TOKEN_ID.matcher(text).matches()) {
      BigInteger id = new BigInteger(text.replaceAll("\\..*", ""));
      return id.compareTo(BigInteger.valueOf(vocabulary.size())) < 0
          ? OptionalInt.of(id.intValueExact()) : OptionalInt.empty();
    }
    return vocabulary.id(text);
  }
}
