package dev.byhand.gradescope;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.byhand.submission.Submitter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads who submitted from Gradescope's {@code submission_metadata.json} ({@code users[]} with
 * {@code name}, {@code email} and, when the roster has one, {@code sid}). Who submitted only labels
 * the results, so a missing or odd file yields no submitters rather than a failed run.
 */
final class SubmissionMetadata {
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private SubmissionMetadata() {}

  static List<Submitter> submitters(Path file) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return List.of();
      }
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        JsonReader json = new JsonReader(reader);
        json.setStrictness(Strictness.STRICT);
        JsonElement root = com.google.gson.JsonParser.parseReader(json);
        return root.isJsonObject() ? users(root.getAsJsonObject()) : List.of();
      }
    } catch (IOException | JsonParseException | IllegalStateException e) {
      return List.of();
    }
  }

  private static List<Submitter> users(JsonObject root) {
    JsonElement users = root.get("users");
    if (users == null || !users.isJsonArray()) {
      return List.of();
    }
    List<Submitter> submitters = new ArrayList<>();
    for (JsonElement user : (JsonArray) users) {
      if (user.isJsonObject()) {
        JsonObject fields = user.getAsJsonObject();
        submitters.add(
            new Submitter(text(fields, "name"), text(fields, "email"), text(fields, "sid")));
      }
    }
    return submitters;
  }

  private static String text(JsonObject fields, String name) {
    JsonElement value = fields.get(name);
    return value == null || !value.isJsonPrimitive() ? "" : value.getAsString();
  }
}
