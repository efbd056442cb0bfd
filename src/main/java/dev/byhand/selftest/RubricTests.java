package dev.byhand.selftest;

import dev.byhand.network.Mutant;
import dev.byhand.network.Mutation;
import dev.byhand.rubric.Rubric;
import dev.byhand.submission.StudentSource;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * A rubric's self-tests as a container: its samples, then the generated ones (the reference, an
 * empty file, each known mistake), over its own numbers or, with variants, over each of {@code N}
 * drawn students' numbers. Stateless.
 */
final class RubricTests {
  static final TestTag SAMPLE = TestTag.create("sample");
  static final TestTag REFERENCE = TestTag.create("reference");
  static final TestTag EMPTY = TestTag.create("empty");
  static final TestTag MISTAKE = TestTag.create("mistake");
  static final TestTag VARIANT = TestTag.create("variant");

  private RubricTests() {}

  /**
   * @throws SelfTestException when the rubric's expected-verdicts file cannot be read
   */
  static RubricDescriptor describe(
      UniqueId engine, Path file, Rubric rubric, Optional<Path> samplesRoot, int variants) {
    RubricDescriptor container = new RubricDescriptor(engine, file, rubric);
    addSamples(container, Samples.of(file, rubric.id(), samplesRoot));
    if (rubric.variants().isEmpty()) {
      addGenerated(container, rubric, Set.of());
      return container;
    }
    int width = Integer.toString(variants).length();
    for (int i = 1; i <= variants; i++) {
      String key = "student-" + String.format("%0" + Math.max(2, width) + "d", i);
      StudentDescriptor student = new StudentDescriptor(container.getUniqueId(), rubric.id(), key);
      addGenerated(student, rubric, Set.of(VARIANT));
      container.addChild(student);
    }
    return container;
  }

  /** One test per student in the samples folder or the expected file. */
  private static void addSamples(TestDescriptor container, Samples samples) {
    Map<String, ExpectedStudent> expected = samples.expectations();
    Map<String, StudentSource> students = new HashMap<>();
    samples.students().forEach(s -> students.put(s.studentId(), s));
    Set<String> ids = new TreeSet<>(students.keySet());
    ids.addAll(expected.keySet());
    for (String id : ids) {
      SampleCheck check =
          new SampleCheck(
              id,
              Optional.ofNullable(students.get(id)),
              Optional.ofNullable(expected.get(id)),
              samples);
      add(container, "sample", id, "sample " + id, check, Set.of(SAMPLE));
    }
  }

  private static void addGenerated(TestDescriptor parent, Rubric rubric, Set<TestTag> tags) {
    add(
        parent,
        "generated",
        "reference",
        "reference answers score full marks",
        new ReferenceCheck(),
        tags(REFERENCE, tags));
    add(
        parent,
        "generated",
        "empty",
        "empty answers file scores 0",
        new EmptyCheck(),
        tags(EMPTY, tags));
    List<Mutation> mistakes = rubric.mistakes().stream().map(Mutant::mutation).toList();
    for (Mutation mutation : mistakes) {
      // The handout names some mistakes at several sites (transposed W, U or V): the equation tells
      // them apart.
      boolean shared = mistakes.stream().filter(m -> m.id().equals(mutation.id())).count() > 1;
      String name = mutation.id() + (shared ? " (" + mutation.changed().text() + ")" : "");
      add(
          parent,
          "mistake",
          name,
          "mistake " + name,
          new MistakeCheck(mutation),
          tags(MISTAKE, tags));
    }
  }

  private static void add(
      TestDescriptor parent,
      String type,
      String value,
      String name,
      Check check,
      Set<TestTag> tags) {
    parent.addChild(
        new CheckDescriptor(parent.getUniqueId().append(type, value), name, check, tags));
  }

  private static Set<TestTag> tags(TestTag kind, Set<TestTag> more) {
    Set<TestTag> tags = new HashSet<>(more);
    tags.add(kind);
    return tags;
  }
}
