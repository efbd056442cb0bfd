package dev.byhand.submission;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Forgiving key matching behind {@link AnswerKey#parse}: case, separators and item synonyms. */
final class KeySyntax {
  /**
   * The words a question number may follow, in every key and heading pattern of the package: words
   * that number a question in the languages students write in ({@code Aufgabe 2}, {@code Pregunta
   * 2}, {@code 问题 2}), longest first where one starts another; a capitalised form where a pattern's
   * case-insensitivity (ASCII only, as in the page) does not reach it.
   */
  static final List<String> QUESTION_WORD_LIST =
      List.of(
          "question",
          "answer",
          "ques",
          "qu",
          "q",
          "problema",
          "problem",
          "prob",
          "exercise",
          "exercice",
          "exercício",
          "exercicio",
          "ejercicio",
          "esercizio",
          "ex",
          "task",
          "aufgabe",
          "frage",
          "pregunta",
          "domanda",
          "questão",
          "questao",
          "tarefa",
          "opgave",
          "vraag",
          "zadanie",
          "pytanie",
          "вопрос",
          "Вопрос",
          "задача",
          "Задача",
          "задание",
          "Задание",
          "问题",
          "問題",
          "题",
          "題",
          "문제",
          "opdracht",
          "soru",
          "câu",
          "cau",
          "bài",
          "soal",
          "pertanyaan",
          "ερώτηση",
          "Ερώτηση",
          "άσκηση",
          "Άσκηση",
          "السؤال",
          "سؤال",
          "प्रश्न");

  static final String QUESTION_WORDS = "(?:" + String.join("|", QUESTION_WORD_LIST) + ")";

  private static final String QUESTION = QUESTION_WORDS + "?\\s*0*(\\d{1,6})";
  private static final Pattern KEY =
      Pattern.compile(QUESTION + "[\\s._:/\\\\-]*\\(?([a-z][a-z0-9 _-]*?)\\)?");
  private static final Pattern QUESTION_ONLY = Pattern.compile(QUESTION);
  private static final Pattern NUMBERED_HIDDEN = Pattern.compile("h\\d+");

  /** Letters, then digits: {@code hidden}, {@code z1}, {@code dw2} (keys compare in lower case). */
  private static final Pattern NAME = Pattern.compile("[a-z]+[0-9]*");

  private static final Pattern DETACHED_DIGITS = Pattern.compile("[ _-][0-9]");
  private static final Pattern ITEM_SEPARATORS = Pattern.compile("[ _-]");

  /** Far longer than any key; longer text is not a key and is not worth matching. */
  private static final int MAX_CHARS = 200;

  private KeySyntax() {}

  static Optional<AnswerKey> parse(String raw) {
    Optional<AnswerKey> canonical = canonical(raw);
    if (canonical.isPresent()) {
      return canonical;
    }
    Matcher m = KEY.matcher(normalise(raw));
    if (!m.matches()) {
      return Optional.empty();
    }
    return item(m.group(2)).map(item -> new AnswerKey("q" + m.group(1), synonym(item), item));
  }

  /**
   * A key written exactly as the template writes it ({@code q1.hidden}, {@code q12.logit}), read by
   * scanning: nearly every key is, and the pattern reads these the same. Empty for anything else.
   */
  static Optional<AnswerKey> canonical(String raw) {
    int dot = raw.indexOf('.');
    if (raw.length() > MAX_CHARS
        || dot < 2
        || dot > 7
        || dot == raw.length() - 1
        || raw.charAt(0) != 'q'
        || raw.charAt(1) == '0') {
      return Optional.empty();
    }
    boolean digits = false;
    for (int i = 1; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean expected =
          i < dot ? digit : i == dot || (c >= 'a' && c <= 'z' && !digits) || (i > dot + 1 && digit);
      digits |= i > dot && digit;
      if (!expected) {
        return Optional.empty();
      }
    }
    String item = raw.substring(dot + 1);
    return Optional.of(new AnswerKey(raw.substring(0, dot), synonym(item), item));
  }

  /** The question id of text that names only a question ({@code q1}, {@code Q01}, {@code 1}). */
  static Optional<String> questionOnly(String raw) {
    Matcher m = QUESTION_ONLY.matcher(normalise(raw));
    return m.matches() ? Optional.of("q" + m.group(1)) : Optional.empty();
  }

  private static String normalise(String raw) {
    if (raw.length() > MAX_CHARS) {
      return "";
    }
    return Clean.strip(Clean.normaliseSpaces(raw)).toLowerCase(Locale.ROOT);
  }

  private static Optional<String> item(String written) {
    String squashed = ITEM_SEPARATORS.matcher(written).replaceAll("");
    // Digits belong to the name only when they follow its letters directly: "q3 hidden 57" is no
    // key.
    boolean attached = squashed.equals(written) || !DETACHED_DIGITS.matcher(written).find();
    return attached && NAME.matcher(squashed).matches() ? Optional.of(squashed) : Optional.empty();
  }

  /**
   * The handout's item a written item stands for ({@code h}, {@code h1} and {@code state} for
   * {@code hidden}, {@code output} for {@code logits}, …), or the item itself. Applied only where
   * the rubric has no item of that very name.
   */
  static String synonym(String item) {
    if (NUMBERED_HIDDEN.matcher(item).matches()) {
      return "hidden";
    }
    return KeyWords.canonical(item);
  }
}
