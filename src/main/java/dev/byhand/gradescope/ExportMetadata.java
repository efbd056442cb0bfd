package dev.byhand.gradescope;

import dev.byhand.submission.Submitter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads an export's {@code submission_metadata.yml}. Gradescope writes it from Ruby, so keys are
 * symbols with a leading colon ({@code :submitters}, {@code :name}, {@code :sid}, {@code :email});
 * keys without the colon are accepted too. The file is composed into a node tree, never into
 * objects, so Ruby-specific tags and timestamps elsewhere in it do no harm; size and alias limits
 * keep a hostile file from exhausting memory.
 */
final class ExportMetadata {
  /** Exports of large classes with full autograder results run to tens of megabytes. */
  static final int MAX_CODE_POINTS = 256 * 1024 * 1024;

  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

  private ExportMetadata() {}

  /** Submission folder name → submitters, in file order. */
  static Map<String, List<Submitter>> read(Path file) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file.toString())
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(50)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .build();
    Optional<Node> root;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Compose(settings).composeReader(reader);
    } catch (IOException e) {
      throw new ExportException(file + ": cannot read (" + e.getMessage() + ")", e);
    } catch (YamlEngineException e) {
      throw new ExportException(
          file
              + ": not valid YAML: "
              + e.getMessage().strip()
              + "; download the export from Gradescope again",
          e);
    }
    if (root.isEmpty()) {
      throw new ExportException(file + ": is empty; download the export from Gradescope again");
    }
    return submissions(file, root.get());
  }

  private static Map<String, List<Submitter>> submissions(Path file, Node root) {
    if (!(root instanceof MappingNode mapping)) {
      throw new ExportException(
          file
              + ": expected submission_<id>: entries at the top level, found "
              + kind(root)
              + "; is this Gradescope's submission_metadata.yml?");
    }
    Map<String, List<Submitter>> submissions = new LinkedHashMap<>();
    for (NodeTuple entry : mapping.getValue()) {
      String key = scalar(entry.getKeyNode()).orElse("");
      if (!FOLDER.matcher(key).matches() || key.contains("..")) {
        throw new ExportException(
            file
                + " line "
                + line(entry.getKeyNode())
                + ": \""
                + key
                + "\" is not a submission folder name like submission_123456");
      }
      submissions.put(key, submitters(file, key, entry.getValueNode()));
    }
    return submissions;
  }

  private static List<Submitter> submitters(Path file, String key, Node submission) {
    if (!(submission instanceof MappingNode fields)) {
      throw new ExportException(
          file
              + " line "
              + line(submission)
              + ": "
              + key
              + " should hold :submitters and :created_at, found "
              + kind(submission));
    }
    Optional<Node> people = field(fields, "submitters");
    if (people.isEmpty() || isNull(people.get())) {
      return List.of();
    }
    if (!(people.get() instanceof SequenceNode list)) {
      throw new ExportException(
          file
              + " line "
              + line(people.get())
              + ": "
              + key
              + " :submitters should be a list of people, found "
              + kind(people.get()));
    }
    List<Submitter> submitters = new ArrayList<>();
    for (Node person : list.getValue()) {
      if (!(person instanceof MappingNode personFields)) {
        throw new ExportException(
            file
                + " line "
                + line(person)
                + ": "
                + key
                + " :submitters should list people with :name, :sid and :email, found "
                + kind(person));
      }
      submitters.add(
          new Submitter(
              text(personFields, "name"), text(personFields, "email"), text(personFields, "sid")));
    }
    return submitters;
  }

  /** The value of {@code :name} or {@code name}. */
  private static Optional<Node> field(MappingNode mapping, String name) {
    for (NodeTuple entry : mapping.getValue()) {
      Optional<String> key = scalar(entry.getKeyNode());
      if (key.isPresent() && (key.get().equals(":" + name) || key.get().equals(name))) {
        return Optional.of(entry.getValueNode());
      }
    }
    return Optional.empty();
  }

  private static String text(MappingNode person, String name) {
    return field(person, name)
        .filter(n -> !isNull(n))
        .flatMap(ExportMetadata::scalar)
        .orElse("")
        .strip();
  }

  private static Optional<String> scalar(Node node) {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.isPlain()
        && List.of("", "~", "null", "Null", "NULL").contains(scalar.getValue());
  }

  private static String kind(Node node) {
    return switch (node.getNodeType()) {
      case SCALAR -> "the value \"" + ((ScalarNode) node).getValue() + "\"";
      case SEQUENCE -> "a list";
      case MAPPING -> "a mapping";
      case ANCHOR -> "an alias";
    };
  }

  private static int line(Node node) {
    return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
  }
}
