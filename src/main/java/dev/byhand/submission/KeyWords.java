package dev.byhand.submission;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words people use for the handout's quantities ({@code h} for {@code hidden}, {@code y} for
 * {@code logits}, …) and the one way keys are compared: lower case, without separators. A synonym
 * only ever names a quantity the rubric asks for under its canonical name, so another rubric's own
 * names are never rewritten.
 */
final class KeyWords {
  private static final Map<String, String> SYNONYMS = synonyms();

  private KeyWords() {}

  /** {@code Hidden_State} → {@code hiddenstate}: what two spellings of one name share. */
  static String squash(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /**
   * {@link Character#isLetterOrDigit}, answering ASCII (most characters of every file) without
   * looking up a Unicode table: in the page that look-up is one of the dearest calls.
   */
  static boolean isLetterOrDigit(char c) {
    return c < 0x80 ? isLetter(c) || isDigit(c) : Character.isLetterOrDigit(c);
  }

  /** {@link Character#isLetter}, answering ASCII without a Unicode table. */
  static boolean isLetter(char c) {
    return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
  }

  /** {@link Character#isDigit}, answering ASCII without a Unicode table. */
  static boolean isDigit(char c) {
    return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
  }

  /** The handout's name for a written word ({@code h} → {@code hidden}), or the word itself. */
  static String canonical(String squashed) {
    return SYNONYMS.getOrDefault(squashed, squashed);
  }

  /** Every written word that means the quantity {@code name} (squashed), itself included. */
  static Set<String> wordsFor(String name) {
    String squashed = squash(name);
    java.util.Set<String> words = new java.util.HashSet<>();
    words.add(squashed);
    SYNONYMS.forEach(
        (word, meaning) -> {
          if (meaning.equals(squashed)) {
            words.add(word);
          }
        });
    return Set.copyOf(words);
  }

  /**
   * Whether the item named {@code item} (as written, any spelling) is a prediction: a token, not a
   * vector.
   */
  static boolean isPrediction(String item) {
    return canonical(squash(item)).equals("prediction");
  }

  /** Whether {@code name} is one of the handout's item names or their synonyms. */
  static boolean isKnown(String name) {
    return SYNONYMS.containsKey(squash(name));
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> synonyms() {
    Map<String, String> map = new HashMap<>();
    put(map, "hidden", "hidden", "h", "hiddenstate", "state");
    // What a hurried student abbreviates or misspells.
    put(map, "hidden", "hid", "hiddenst", "hidstate");
    put(map, "logits", "lgts", "lgt", "logit", "logts", "o/p", "outp");
    put(map, "prediction", "predicton", "prediciton", "nxt", "nxttok", "nexttok", "nxttoken");
    // The same names in the languages write-ups come in, squashed (letters only, lower case).
    put(
        map,
        "hidden",
        "estadooculto",
        "étatcaché",
        "etatcache",
        "versteckterzustand",
        "verdeckterzustand",
        "statonascosto",
        "скрытоесостояние",
        "verborgentoestand",
        "verborgenstaat",
        "ukrytystan",
        "stanukryty",
        "gizlidurum",
        "κρυφήκατάσταση",
        "الحالةالمخفية",
        "trạng thái ẩn",
        "keadaan tersembunyi",
        "छिपी अवस्था");
    put(map, "logits", "logits", "logit", "output", "outputs", "o", "y", "scores");
    put(
        map,
        "logits",
        "salida",
        "sortie",
        "ausgabe",
        "uscita",
        "saída",
        "saida",
        "выход",
        "uitvoer",
        "wyjście",
        "wyjscie",
        "çıktı",
        "έξοδος",
        "المخرجات",
        "đầu ra",
        "keluaran",
        "आउटपुट");
    put(
        map,
        "prediction",
        "prediction",
        "predicted",
        "pred",
        "predict",
        "token",
        "next",
        "nexttoken",
        "predictedtoken",
        "nextword",
        "word",
        "predictednexttoken",
        "predictednext",
        "predicción",
        "prediccion",
        "prédiction",
        "vorhersage",
        "previsione",
        "previsão",
        "previsao",
        "предсказание",
        "voorspelling",
        "predykcja",
        "tahmin",
        "πρόβλεψη",
        "التنبؤ",
        "dự đoán",
        "prediksi",
        "अनुमान");
    put(map, "preactivation", "preactivation", "pre", "z");
    put(map, "input", "input", "embedding", "x");
    return Map.copyOf(map);
  }

  private static void put(Map<String, String> map, String canonical, String... synonyms) {
    for (String synonym : synonyms) {
      map.put(squash(synonym), canonical);
    }
  }
}
