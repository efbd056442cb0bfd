package dev.byhand.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.byhand.exact.Rational;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scores of an earlier grading run, read from its {@code results.json}, to tell a TA what a
 * regrade changed: whose score moved, by how much, and on which items; TA overrides of byhand's
 * marks are listed apart from changes of byhand's own verdicts. Immutable.
 */
public final class ResultsComparison {
  private final String file;
  private final Map<String, OldStudent> students;

  private record OldStudent(Rational score, Map<String, OldItem> items) {}

  /**
   * @param points the points that counted
   * @param byhandPoints byhand's own points: {@code points} unless a TA overrode them
   * @param overridden whether a TA overrode byhand's points
   */
  private record OldItem(
      String status, Rational points, Rational byhandPoints, boolean overridden) {
    static OldItem of(JsonObject item) {
      Rational points = number(item.get("points"));
      JsonElement override = item.get("override");
      if (override == null || override.isJsonNull()) {
        return new OldItem(item.get("status").getAsString(), points, points, false);
      }
      Rational byhand = number(override.getAsJsonObject().get("byhandPoints"));
      return new OldItem(item.get("status").getAsString(), points, byhand, true);
    }
  }

  private ResultsComparison(String file, Map<String, OldStudent> students) {
    this.file = file;
    this.students = students;
  }

  /**
   * Reads an earlier results.json.
   *
   * @throws IllegalArgumentException with the file and the fix when it is missing or not a byhand
   *     results.json
   * @throws IOException if it cannot be read
   */
  public static ResultsComparison read(Path resultsJson) throws IOException {
    try (Reader reader = Files.newBufferedReader(resultsJson, StandardCharsets.UTF_8)) {
      JsonReader json = new JsonReader(reader);
      json.setStrictness(Strictness.STRICT);
      JsonObject root = JsonParser.parseReader(json).getAsJsonObject();
      Map<String, OldStudent> students = new LinkedHashMap<>();
      for (JsonElement element : root.getAsJsonArray("students")) {
        JsonObject student = element.getAsJsonObject();
        Map<String, OldItem> items = new LinkedHashMap<>();
        for (JsonElement item : student.getAsJsonArray("items")) {
          JsonObject object = item.getAsJsonObject();
          items.put(object.get("key").getAsString(), OldItem.of(object));
        }
        students.put(
            student.get("id").getAsString(), new OldStudent(number(student.get("score")), items));
      }
      return new ResultsComparison(resultsJson.toString(), students);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(
          resultsJson
              + ": no such file; pass the results.json of the earlier run"
              + " to --compare");
    } catch (JsonParseException
        | IllegalStateException
        | ClassCastException
        | NullPointerException
        | UnsupportedOperationException
        | NumberFormatException e) {
      // Gson signals a missing or mistyped field with these; all mean "not a byhand results.json".
      throw new IllegalArgumentException(
          resultsJson
              + ": not a byhand results.json (it needs students[] with"
              + " id, score and items[] of key, status and points); pass the results.json an earlier"
              + " 'byhand grade' wrote");
    }
  }

  private static Rational number(JsonElement element) {
    return Rational.of(new BigDecimal(element.getAsString()));
  }

  /**
   * One line per student whose score changed ({@code hana-lee: 13 → 14 (+1): q1.logits partial 2.5
   * → correct 3}), then students only in one run, then a one-line count; never null.
   */
  public List<String> changes(List<StudentSummary> current) {
    List<String> lines = new ArrayList<>();
    List<String> overrides = new ArrayList<>();
    int changed = 0;
    int unchanged = 0;
    List<String> added = new ArrayList<>();
    for (StudentSummary student : current) {
      OldStudent old = students.get(student.id());
      overrides.addAll(overrideChanges(old, student));
      if (old == null) {
        added.add(student.id() + " (" + Numbers.points(student.score()) + ")");
      } else if (same(old.score(), student.score())) {
        unchanged++;
      } else {
        changed++;
        lines.add(
            "  "
                + student.id()
                + ": "
                + Numbers.points(old.score())
                + " → "
                + Numbers.points(student.score())
                + " ("
                + signed(Rational.of(Numbers.json(student.score())).subtract(old.score()))
                + ")"
                + itemChanges(old, student));
      }
    }
    // A set, not a scan of the class per earlier student: 10,000 students each way.
    Set<String> graded = current.stream().map(StudentSummary::id).collect(Collectors.toSet());
    List<String> gone = students.keySet().stream().filter(id -> !graded.contains(id)).toList();
    for (String id : gone) {
      students
          .get(id)
          .items()
          .forEach(
              (key, item) -> {
                if (item.overridden()) {
                  overrides.add(
                      "  "
                          + id
                          + " "
                          + key
                          + ": override to "
                          + Numbers.points(item.points())
                          + " gone with the student, who is no longer graded");
                }
              });
    }
    lines.add(
        0,
        "Compared with "
            + file
            + ": "
            + changed
            + (changed == 1 ? " score" : " scores")
            + " changed, "
            + unchanged
            + " unchanged"
            + (added.isEmpty() ? "" : ", " + added.size() + " new")
            + (gone.isEmpty() ? "" : ", " + gone.size() + " no longer graded"));
    if (!added.isEmpty()) {
      lines.add("  new: " + String.join(", ", added));
    }
    if (!gone.isEmpty()) {
      lines.add("  no longer graded: " + String.join(", ", gone));
    }
    if (!overrides.isEmpty()) {
      lines.add("TA overrides of byhand's marks (byhand's own verdicts are above):");
      lines.addAll(overrides);
    }
    return lines;
  }

  /**
   * Every override of this run ({@code kofi q1.logits: byhand 1 → TA 3 (new)}) and every override
   * of the earlier run this one no longer has.
   */
  private static List<String> overrideChanges(OldStudent old, StudentSummary student) {
    List<String> lines = new ArrayList<>();
    for (StudentSummary.Item item : student.items()) {
      OldItem before = old == null ? null : old.items().get(item.key());
      boolean was = before != null && before.overridden();
      if (!item.overridden() && !was) {
        continue;
      }
      String line = "  " + student.id() + " " + item.key() + ": ";
      if (!item.overridden()) {
        lines.add(
            line
                + "override to "
                + Numbers.points(before.points())
                + " removed; byhand's "
                + Numbers.points(item.points())
                + " counts");
        continue;
      }
      String since =
          !was
              ? "new"
              : same(before.points(), item.points())
                  ? "unchanged"
                  : "was TA " + Numbers.points(before.points());
      lines.add(
          line
              + "byhand "
              + item.status().id()
              + " "
              + Numbers.points(item.byhandPoints())
              + " → TA "
              + Numbers.points(item.points())
              + " ("
              + since
              + ")");
    }
    return lines;
  }

  /**
   * Changes of byhand's own verdicts and of manual scores; a change made only by a TA's override is
   * listed with the overrides instead.
   */
  private static String itemChanges(OldStudent old, StudentSummary student) {
    List<String> changes = new ArrayList<>();
    boolean overridden = false;
    for (StudentSummary.Item item : student.items()) {
      OldItem before = old.items().get(item.key());
      String status = item.awaitingTa() ? "manual" : item.status().id();
      overridden |= item.overridden() || (before != null && before.overridden());
      if (before == null
          || !same(before.byhandPoints(), item.byhandPoints())
          || !before.status().equals(status)) {
        changes.add(
            item.key()
                + " "
                + (before == null
                    ? "new"
                    : before.status() + " " + Numbers.points(before.byhandPoints()))
                + " → "
                + status
                + " "
                + Numbers.points(item.byhandPoints()));
      }
    }
    if (changes.isEmpty()) {
      return overridden ? ": a TA's override (below)" : "";
    }
    return ": " + String.join(", ", changes);
  }

  /**
   * results.json rounds non-integers to 4 places, so compare the new value rounded the same way.
   */
  private static boolean same(Rational old, Rational current) {
    return Numbers.json(current).compareTo(Numbers.json(old)) == 0;
  }

  private static String signed(Rational difference) {
    return (difference.signum() > 0 ? "+" : "") + Numbers.points(difference);
  }
}
