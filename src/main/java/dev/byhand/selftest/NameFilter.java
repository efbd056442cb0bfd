package dev.byhand.selftest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code --select NAME}: keeps the self-tests a name selects. A name is the path of names the tree
 * shows, separated by {@code /}: {@code mlp-backprop} (a rubric), {@code mlp-backprop/sample ana}
 * (one test), {@code rnn-by-hand-variants/student-03} (a drawn student); {@code *} in a part stands
 * for any text ({@code mlp-backprop/mistake *}). A test is kept when any name selects it or a
 * container above it.
 */
final class NameFilter implements PostDiscoveryFilter {
  private final List<String> names;
  private final List<List<Pattern>> selections;

  NameFilter(List<String> names) {
    this.names = List.copyOf(names);
    this.selections = this.names.stream().map(NameFilter::parts).toList();
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    List<String> path = path(descriptor);
    boolean selected = selections.stream().anyMatch(parts -> selects(parts, path));
    return FilterResult.includedIf(
        selected, () -> "selected by --select", () -> "not selected by --select " + names);
  }

  private static boolean selects(List<Pattern> parts, List<String> path) {
    if (parts.size() > path.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!parts.get(i).matcher(path.get(i)).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The display names from the rubric down to {@code descriptor}. */
  private static List<String> path(TestDescriptor descriptor) {
    List<String> path = new ArrayList<>();
    for (TestDescriptor d = descriptor; !d.isRoot(); d = d.getParent().orElseThrow()) {
      path.add(0, d.getDisplayName());
    }
    return path;
  }

  private static List<Pattern> parts(String name) {
    List<Pattern> parts = new ArrayList<>();
    for (String part : name.split("/", -1)) {
      List<String> literals = Arrays.stream(part.split("\\*", -1)).map(Pattern::quote).toList();
      parts.add(Pattern.compile(String.join(".*", literals)));
    }
    return parts;
  }
}
