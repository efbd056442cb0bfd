package dev.byhand.grading;

import dev.byhand.rubric.Vocabulary;
import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Reads a predicted token written as a word (any case, quotes and a final full stop allowed) or an id. */
final class TokenSyntax {
  private static final Pattern TOKEN_ID = Pattern.compile("\\d{1,9}(\\.0*)?");
  private static final Pattern FRACTION_PART = Pattern.compile("\\..*");
  private static final Pattern WRAPPING = Pattern.compile("^[\"'‘’“”`]+|[\"'‘’“”`.!]+$");

  private TokenSyntax() {}

  static OptionalInt tokenId(Vocabulary vocabulary, String value) {
    OptionalInt exact = vocabulary.id(value.strip());
    if (exact.isPresent()) {
      return exact;
    }
    String text = WRAPPING.matcher(value.strip()).replaceAll("").strip();
    if (TOKEN_ID.matcher(text).matches()) {
      BigInteger id = new BigInteger(FRACTION_PART.matcher(text).replaceAll(""));
      return id.compareTo(BigInteger.valueOf(vocabulary.size())) < 0
          ? OptionalInt.of(id.intValueExact()) : OptionalInt.empty();
    }
    return vocabulary.id(text);
  }
}
