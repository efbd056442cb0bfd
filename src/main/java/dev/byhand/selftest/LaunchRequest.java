package dev.byhand.selftest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * A run's selection as the launcher takes it: each path a file or directory selector, {@code
 * --select} a {@link NameFilter}, the tags the platform's {@link TagFilter}s, the number of drawn
 * students and the samples folder configuration parameters of {@link RubricTestEngine}.
 */
final class LaunchRequest {
  private LaunchRequest() {}

  static LauncherDiscoveryRequest of(SelfTests.Request request, IssueCollector issues) {
    LauncherDiscoveryRequestBuilder builder =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors(request.paths()))
            .configurationParameter(RubricDiscovery.VARIANTS, Integer.toString(request.variants()))
            // Self-tests must not depend on junit-platform.properties or -D flags of whoever runs
            // them.
            .enableImplicitConfigurationParameters(false)
            .listeners(issues);
    request
        .samples()
        .ifPresent(s -> builder.configurationParameter(RubricDiscovery.SAMPLES, s.toString()));
    if (!request.includeTags().isEmpty()) {
      builder.filters(TagFilter.includeTags(request.includeTags()));
    }
    if (!request.excludeTags().isEmpty()) {
      builder.filters(TagFilter.excludeTags(request.excludeTags()));
    }
    if (!request.select().isEmpty()) {
      builder.filters(new NameFilter(request.select()));
    }
    return builder.build();
  }

  private static List<DiscoverySelector> selectors(List<Path> paths) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    for (Path path : paths) {
      selectors.add(
          Files.isDirectory(path)
              ? DiscoverySelectors.selectDirectory(path.toString())
              : DiscoverySelectors.selectFile(path.toString()));
    }
    return selectors;
  }
}
