package dev.byhand.selftest;

import dev.byhand.rubric.Rubric;
import dev.byhand.rubric.RubricException;
import dev.byhand.rubric.RubricLoader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Builds the test plan from a discovery request: a {@link FileSelector} names a rubric, a {@link
 * DirectorySelector} every {@code *.json} rubric directly in it. A rubric that does not load, or
 * whose expected-verdicts file does not parse, is reported as an error-severity discovery issue
 * naming the file and field (the launcher then refuses to run).
 */
final class RubricDiscovery {
  /** How many students' variants to draw for a rubric with variants. */
  static final String VARIANTS = "byhand.selftest.variants";

  /** Where samples are instead of the {@code samples} folder beside each rubric's folder. */
  static final String SAMPLES = "byhand.selftest.samples";

  static final int DEFAULT_VARIANTS = 20;

  private final EngineDiscoveryRequest request;
  private final UniqueId engineId;

  RubricDiscovery(EngineDiscoveryRequest request, UniqueId engineId) {
    this.request = request;
    this.engineId = engineId;
  }

  EngineDescriptor discover() {
    EngineDescriptor engine = new EngineDescriptor(engineId, "byhand rubric self-tests");
    ConfigurationParameters parameters = request.getConfigurationParameters();
    int variants = parameters.get(VARIANTS, Integer::parseInt).orElse(DEFAULT_VARIANTS);
    Optional<Path> samples = parameters.get(SAMPLES).map(Path::of);
    Map<String, Path> ids = new HashMap<>();
    for (Path file : files()) {
      try {
        engine.addChild(describe(file, ids, samples, variants));
      } catch (RubricException | SelfTestException | UncheckedIOException e) {
        report(file, e.getMessage());
      }
    }
    return engine;
  }

  /** The rubric in {@code file}, whose id no rubric before it ({@code ids}) may have. */
  private RubricDescriptor describe(
      Path file, Map<String, Path> ids, Optional<Path> samples, int variants) {
    Rubric rubric = new RubricLoader().load(file);
    Path other = ids.putIfAbsent(rubric.id(), file);
    if (other != null) {
      throw new SelfTestException(
          file + ": its id \"" + rubric.id() + "\" is also " + other + "'s; give each its own id");
    }
    return RubricTests.describe(engineId, file, rubric, samples, variants);
  }

  /** The selected rubric files, each once, in the order selected (a folder's sorted by name). */
  private List<Path> files() {
    List<Path> selected = new ArrayList<>();
    request.getSelectorsByType(FileSelector.class).forEach(s -> selected.add(s.getPath()));
    request.getSelectorsByType(DirectorySelector.class).forEach(s -> selected.add(s.getPath()));
    Map<Path, Path> files = new LinkedHashMap<>();
    for (Path path : selected) {
      try {
        RubricFiles.in(path).forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
      } catch (SelfTestException e) {
        report(path, e.getMessage());
      }
    }
    return new ArrayList<>(files.values());
  }

  private void report(Path file, String message) {
    request
        .getDiscoveryListener()
        .issueEncountered(
            engineId,
            DiscoveryIssue.builder(DiscoveryIssue.Severity.ERROR, message)
                .source(FileSource.from(file.toAbsolutePath().toFile()))
                .build());
  }
}
