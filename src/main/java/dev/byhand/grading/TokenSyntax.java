package dev.byhand.grading;

import dev.byhand.rubric.Vocabulary;
import java.math.BigInteger;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads a predicted token written as a word (any case, quotes and a final full stop allowed) or an
 * id.
 */
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
    if (isSmallId(value.strip())) {
      // Digits alone, as most ids are written: what the patterns below read them as, without them.
      int id = Integer.parseInt(value.strip());
      return id < vocabulary.size() ? OptionalInt.of(id) : OptionalInt.empty();
    }
    String text = WRAPPING.matcher(value.strip()).replaceAll("").strip();
    if (TOKEN_ID.matcher(text).matches()) {
      BigInteger id = new BigInteger(FRACTION_PART.matcher(text).replaceAll(""));
      return id.compareTo(BigInteger.valueOf(vocabulary.size())) < 0
          ? OptionalInt.of(id.intValueExact())
          : OptionalInt.empty();
    }
    return vocabulary.id(text);
  }

  private static boolean isSmallId(String text) {
    if (text.isEmpty() || text.length() > 9) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
