package dev.byhand.submission;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a predicted token from the way people decorate it: {@code BOS (index 0)}, {@code <BOS>},
 * {@code The model predicts "is"}, {@code 'is' (token 3)}. A quoted word is the answer; otherwise
 * the one vocabulary word of a short phrase. A word and an id that disagree, or two different
 * words, are refused with a sentence, never guessed. Stateless and thread-safe.
 */
public final class TokenText {
  private static final int MAX_WORDS = 8;
  private static final Pattern QUOTED =
      Pattern.compile(
          "[\"\u201c\u201d'\u2018\u2019`<\u00ab]([^\"\u201c\u201d'\u2018\u2019`<>\u00bb]{1,40})[\"\u201c\u201d'\u2018\u2019`>\u00bb]");
  private static final Pattern ID =
      Pattern.compile("(?:index|id|token|token id|#)\\s*[:=]?\\s*(\\d{1,9})\\b|\\((\\d{1,9})\\)");
  private static final Pattern WORDS =
      Pattern.compile("[^\\s,;:.!?()\\[\\]{}\"\u201c\u201d'\u2018\u2019`<>*]+");

  /** A token, or why none could be read (empty when there is nothing to say beyond the usual). */
  public record Reading(OptionalInt id, String why) {
    public Reading {
      requireNonNull(id, "id");
      requireNonNull(why, "why");
    }
  }

  private TokenText() {}

  /** The token {@code text} names among {@code vocabulary} (words by id); never null. */
  public static Reading read(String text, List<String> vocabulary) {
    if (text.length() > 400 || text.contains("</")) {
      // Markup is never an answer, whatever words sit between its tags.
      return none("");
    }
    String plain = withoutReason(Decorations.latex(text).replace("**", " "), vocabulary);
    int open = plain.indexOf('(');
    if (open > 0 && countsPositions(plain.substring(0, open).strip(), plain.substring(open + 1))) {
      return none(
          "a number with a remark counting entries may be the entry's position from 1, not its"
              + " token id from 0; write the token itself, such as BOS");
    }
    Set<Integer> words = new LinkedHashSet<>();
    Matcher quoted = QUOTED.matcher(plain);
    while (quoted.find()) {
      id(quoted.group(1).strip(), vocabulary).ifPresent(words::add);
    }
    if (words.isEmpty()) {
      List<String> all = new ArrayList<>();
      // A find loop, not Matcher.results(): the browser build's class library lacks that.
      for (Matcher word = WORDS.matcher(plain); word.find(); ) {
        all.add(word.group());
      }
      if (all.size() > MAX_WORDS) {
        return none("");
      }
      all.forEach(word -> id(word, vocabulary).ifPresent(words::add));
    }
    Set<Integer> ids = new LinkedHashSet<>();
    Matcher id = ID.matcher(plain.toLowerCase(Locale.ROOT));
    while (id.find()) {
      int value = Integer.parseInt(id.group(1) != null ? id.group(1) : id.group(2));
      if (value < vocabulary.size()) {
        ids.add(value);
      }
    }
    return decide(words, ids, vocabulary);
  }

  /**
   * {@code BOS (I think - it's the biggest logit)}: a vocabulary word, then a reason or a hedge in
   * parentheses, is that word; the remark's own words are no second answer. A remark holding an id
   * ({@code BOS (index 0)}, checked against the word) or offering another ({@code BOS (or the)})
   * stays.
   */
  private static String withoutReason(String text, List<String> vocabulary) {
    String stripped = text.strip();
    if (stripped.endsWith(").")) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    int open = stripped.indexOf('(');
    if (open <= 0 || !stripped.endsWith(")") || stripped.indexOf(')') != stripped.length() - 1) {
      return text;
    }
    String word = stripped.substring(0, open).strip();
    String remark = stripped.substring(open + 1, stripped.length() - 1).toLowerCase(Locale.ROOT);
    boolean offersAnother = (" " + remark + " ").contains(" or ");
    return id(word, vocabulary).isPresent() && !offersAnother && !ID.matcher(remark).find()
        ? word
        : text;
  }

  /** {@code 1st}, {@code the first entry}, {@code position 4}: words that count entries. */
  private static final Pattern POSITION =
      Pattern.compile(
          "\\b(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|position|entry"
              + "|element|place)\\b");

  /**
   * Whether {@code number} is a whole number and {@code remark} counts entries ({@code 1 (the max
   * is the 1st entry)}): the number may then be a position from 1 as well as a token id from 0.
   */
  static boolean countsPositions(String number, String remark) {
    return !number.isEmpty()
        && number.length() <= 3
        && number.chars().allMatch(Character::isDigit)
        && POSITION.matcher(remark.toLowerCase(Locale.ROOT)).find();
  }

  private static Reading decide(Set<Integer> words, Set<Integer> ids, List<String> vocabulary) {
    Set<Integer> all = new LinkedHashSet<>(words);
    all.addAll(ids);
    if (all.size() == 1 && !words.isEmpty()) {
      return new Reading(OptionalInt.of(all.iterator().next()), "");
    }
    if (all.size() > 1) {
      List<String> named = all.stream().map(i -> vocabulary.get(i) + " (" + i + ")").toList();
      return none(
          "it names more than one token ("
              + String.join(", ", named)
              + "); write only the token you predict");
    }
    return none("");
  }

  private static OptionalInt id(String word, List<String> vocabulary) {
    for (int i = 0; i < vocabulary.size(); i++) {
      if (vocabulary.get(i).equalsIgnoreCase(word)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  private static Reading none(String why) {
    return new Reading(OptionalInt.empty(), why);
  }
}
