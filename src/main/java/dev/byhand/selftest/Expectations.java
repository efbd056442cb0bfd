package dev.byhand.selftest;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import dev.byhand.exact.Rational;
import dev.byhand.grading.ItemResult;
import dev.byhand.grading.StudentResult;
import dev.byhand.network.Evaluation;
import dev.byhand.submission.NotANumberException;
import dev.byhand.submission.NumberReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rubric's expected-verdicts file, {@code samples/<id>.expected.json}: by sample student id, the
 * score and every item's verdict grading must give (docs/SELFTEST.md). Read strictly (a duplicate
 * or unknown key is an error naming it; keys starting with {@code //} are comments). Stateless.
 */
final class Expectations {
  static final String SUFFIX = ".expected.json";
  private static final long MAX_BYTES = 1 << 20;
  private static final Pattern AT = Pattern.compile(" at line \\d+ column \\d+ path \\S+");
  private static final String ABOUT =
      "What grading must give each sample of this rubric: the score, and every item's verdict"
          + " (with the known mistake it is diagnosed as, in brackets). `byhand test` checks it;"
          + " `byhand test --write-expected` writes what grading gives today, to be checked by eye.";

  private Expectations() {}

  /**
   * @throws SelfTestException naming the file and the field when it cannot be read as one
   */
  static Map<String, ExpectedStudent> read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new SelfTestException(
            file + ": larger than 1 MiB; is this an expected-verdicts file?");
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        JsonReader json = new JsonReader(reader);
        json.setStrictness(Strictness.STRICT);
        Map<String, ExpectedStudent> students = new Parser(json, file).students();
        if (!ended(json)) {
          throw new SelfTestException(file + ": more than one JSON value; keep one object { … }");
        }
        return students;
      }
    } catch (IOException | IllegalStateException e) {
      throw new SelfTestException(
          file + ": not an expected-verdicts file, an object of students: " + where(e), e);
    }
  }

  private static boolean ended(JsonReader json) throws IOException {
    try {
      return json.peek() == JsonToken.END_DOCUMENT;
    } catch (MalformedJsonException e) {
      return false;
    }
  }

  /** Gson's message without its advice to read leniently, which is not the fix here. */
  private static String where(Exception e) {
    Matcher at = AT.matcher(String.valueOf(e.getMessage()));
    return at.find() ? "malformed JSON" + at.group() : String.valueOf(e.getMessage());
  }

  /** The file's text for {@code results}: what grading gives each sample today. */
  static String render(List<StudentResult> results) {
    StringWriter text = new StringWriter();
    try (JsonWriter json = new JsonWriter(text)) {
      json.setIndent("  ");
      json.setHtmlSafe(false);
      json.beginObject().name("//").value(ABOUT);
      for (StudentResult result : results) {
        json.name(result.studentId()).beginObject();
        json.name("score").value(Evaluation.decimal(result.score()));
        json.name("items").beginObject();
        for (ItemResult item : result.items()) {
          json.name(item.key()).value(ExpectedItem.of(item).toString());
        }
        json.endObject().endObject();
      }
      json.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text + "\n";
  }

  /** Reads the file's one object of students; every message names the file and the field. */
  private record Parser(JsonReader json, Path file) {
    Map<String, ExpectedStudent> students() throws IOException {
      Map<String, ExpectedStudent> students = new LinkedHashMap<>();
      json.beginObject();
      while (json.hasNext()) {
        String id = json.nextName();
        if (id.startsWith("//")) {
          json.skipValue();
        } else if (students.containsKey(id)) {
          throw error(id, "appears twice; keep one");
        } else {
          students.put(id, student(id));
        }
      }
      json.endObject();
      return students;
    }

    private ExpectedStudent student(String id) throws IOException {
      Rational score = null;
      Map<String, ExpectedItem> items = null;
      json.beginObject();
      while (json.hasNext()) {
        String field = json.nextName();
        switch (field) {
          case "score" -> score = score(id);
          case "items" -> items = items(id);
          default -> {
            if (!field.startsWith("//")) {
              throw error(id + "." + field, "is not a field; a student has score and items");
            }
            json.skipValue();
          }
        }
      }
      json.endObject();
      if (score == null || items == null) {
        throw error(id, "needs both score and items");
      }
      return new ExpectedStudent(score, items);
    }

    private Rational score(String id) throws IOException {
      String text = json.nextString();
      try {
        // The students' number reader: exact, and bounded against a hostile exponent.
        return NumberReader.parse(text);
      } catch (NotANumberException e) {
        throw error(id + ".score", "\"" + text + "\" is not a number; write 18.5 or 37/2");
      }
    }

    private Map<String, ExpectedItem> items(String id) throws IOException {
      Map<String, ExpectedItem> items = new LinkedHashMap<>();
      json.beginObject();
      while (json.hasNext()) {
        String key = json.nextName();
        if (items.containsKey(key)) {
          throw error(id + ".items." + key, "appears twice; keep one");
        }
        try {
          items.put(key, ExpectedItem.parse(json.nextString()));
        } catch (IllegalArgumentException e) {
          throw error(id + ".items." + key, e.getMessage());
        }
      }
      json.endObject();
      return items;
    }

    private SelfTestException error(String field, String what) {
      return new SelfTestException(file + ": " + field + " " + what);
    }
  }
}
