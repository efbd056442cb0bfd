package dev.byhand.submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A later note that corrects an earlier answer ({@code EDIT: … the prediction for question 3 is
 * "is", not outside}) replaces it, as a TA takes the correction: the item the note names (one
 * question, one quantity) gets the value the note gives, a quoted vocabulary word for a prediction
 * or one bracketed vector; when the note names an answered item but gives no value byhand can read,
 * the item is refused, never graded on the retracted answer. A note only corrects an item answered
 * above it. Linear in the text.
 */
final class Corrections {
  /** Words that open a correcting note, at the start of its line. */
  private static final List<String> MARKS =
      List.of("edit", "correction", "corrected", "erratum", "update", "pps", "ps");

  /** Words inside a line that say it corrects an answer; such a line must give the new value. */
  private static final List<String> PHRASES = List.of("should be", "actually");

  /** The most lines a note runs over (it stops at a blank line). */
  private static final int MAX_NOTE_LINES = 3;

  /**
   * Words before a question's number ({@code question 3}, {@code Aufgabe 3}, {@code Q3}): the
   * headings' words, and {@code for 3}, {@code part 3}.
   */
  private static final Set<String> QUESTION_WORDS = questionWords();

  private Corrections() {}

  private static Set<String> questionWords() {
    Set<String> words = new java.util.HashSet<>(KeySyntax.QUESTION_WORD_LIST);
    words.add("for");
    words.add("part");
    return Set.copyOf(words);
  }

  static void apply(String text, AnswerSink sink, KeyResolver keys) {
    int[] starts = Lines.starts(text);
    for (int i = 0; i < starts.length; i++) {
      String line = Lines.line(text, starts, i);
      if (line.length() > Limits.MAX_ANSWER_CHARS) {
        continue;
      }
      boolean marked = marked(line);
      if (!marked && !saysCorrection(line)) {
        continue;
      }
      List<String> note = new ArrayList<>();
      for (int j = i; j < starts.length && j < i + MAX_NOTE_LINES; j++) {
        String next = Lines.line(text, starts, j);
        if (Clean.isBlank(next) || next.length() > Limits.MAX_ANSWER_CHARS) {
          break;
        }
        note.add(next);
      }
      correct(note, i + 1, marked, sink, keys);
    }
  }

  private static void correct(
      List<String> note, int firstLine, boolean marked, AnswerSink sink, KeyResolver keys) {
    String all = String.join(" ", note);
    List<String> words = new ArrayList<>();
    for (String word : Traces.words(all)) {
      words.add(word.startsWith(Traces.JOINED) ? word.substring(Traces.JOINED.length()) : word);
    }
    Set<String> questions = new LinkedHashSet<>();
    for (int k = 0; k + 1 < words.size(); k++) {
      if (QUESTION_WORDS.contains(words.get(k)) && isNumber(words.get(k + 1))) {
        questions.add("q" + words.get(k + 1));
      }
    }
    if (questions.size() != 1) {
      return;
    }
    String question = questions.iterator().next();
    Set<KeyTarget> named = new LinkedHashSet<>();
    for (KeyTarget target : keys.targets()) {
      if (target.question().equals(question) && names(words, target)) {
        named.add(target);
      }
    }
    List<KeyTarget> answered = new ArrayList<>();
    for (KeyTarget target : named) {
      if (sink.answeredAbove(target.key(), firstLine)) {
        answered.add(target);
      }
    }
    KeyTarget valued = null;
    List<String> value = List.of();
    int valueLine = 0;
    for (KeyTarget target : answered) {
      for (int k = 0; k < note.size(); k++) {
        List<String> found =
            isPrediction(target) ? quotedWord(note.get(k), keys) : vector(note.get(k));
        if (!found.isEmpty()) {
          if (valued != null && valued != target) {
            // Values for two items: which one the note corrects is not sure.
            valued = null;
            value = List.of();
            break;
          }
          valued = target;
          value = found;
          valueLine = firstLine + k;
          break;
        }
      }
    }
    if (valued != null) {
      sink.replace(valued.key(), "EDIT", value, Location.ofLine(sink.fileName(), valueLine));
      return;
    }
    if (marked) {
      for (KeyTarget target : answered) {
        sink.refuseCorrected(target.key(), Location.ofLine(sink.fileName(), firstLine));
      }
    }
  }

  private static boolean marked(String line) {
    String start = Clean.stripSpaces(line);
    int i = 0;
    while (i < start.length() && "*_>#-([ ".indexOf(start.charAt(i)) >= 0) {
      i++;
    }
    String rest = KeyWords.lower(start.substring(i));
    for (String mark : MARKS) {
      if (rest.startsWith(mark)
          && rest.length() > mark.length()
          && !Character.isLetterOrDigit(rest.charAt(mark.length()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean saysCorrection(String line) {
    for (String phrase : PHRASES) {
      // Compared in place, ignoring case: lower-casing every line cost the page.
      for (int i = 0; i + phrase.length() <= line.length(); i++) {
        if (line.regionMatches(true, i, phrase, 0, phrase.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the note's words name {@code target}'s quantity ({@code prediction}, {@code h}). */
  private static boolean names(List<String> words, KeyTarget target) {
    String quantity = KeyWords.canonical(KeyWords.squash(target.item()));
    for (int k = 0; k < words.size(); k++) {
      String word = words.get(k);
      if (word.length() > 1 && KeyWords.canonical(word).equals(quantity)) {
        return true;
      }
      if (k + 1 < words.size()
          && KeyWords.canonical(word + words.get(k + 1)).equals(quantity)
          && !KeyWords.canonical(word).equals(word + words.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPrediction(KeyTarget target) {
    return KeyWords.isPrediction(target.item());
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && word.length() <= 3 && word.chars().allMatch(Character::isDigit);
  }

  /** The one quoted vocabulary word on {@code line} ({@code "is"}, {@code “is”}); else none. */
  private static List<String> quotedWord(String line, KeyResolver keys) {
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < line.length(); i++) {
      if (!Clean.isQuote(line.charAt(i))) {
        continue;
      }
      int end = i + 1;
      while (end < line.length() && Character.isLetter(line.charAt(end))) {
        end++;
      }
      if (end > i + 1 && end < line.length() && Clean.isQuote(line.charAt(end))) {
        String word = line.substring(i + 1, end);
        if (keys.wordIndex(word) >= 0) {
          found.add(word);
        }
        i = end;
      }
    }
    return found.size() == 1 ? List.copyOf(found) : List.of();
  }

  /** The values of the one bracketed vector on {@code line}; else none. */
  private static List<String> vector(String line) {
    int open = line.indexOf('[');
    int close = open < 0 ? -1 : line.indexOf(']', open);
    if (open < 0 || close < 0 || line.indexOf('[', close) >= 0) {
      return List.of();
    }
    List<String> values = ValueSplitter.split(line.substring(open + 1, close));
    return NumberReader.allNumbers(values) ? values : List.of();
  }
}
