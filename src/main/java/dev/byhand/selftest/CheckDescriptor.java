package dev.byhand.selftest;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One self-test in the test plan: its {@link Check}, and the tags {@code --include-tag} and {@code
 * --exclude-tag} select by ({@code sample}, {@code reference}, {@code empty}, {@code mistake}, and
 * {@code variant} for a drawn student's).
 */
final class CheckDescriptor extends AbstractTestDescriptor {
  private final Check check;
  private final Set<TestTag> tags;

  CheckDescriptor(UniqueId id, String displayName, Check check, Set<TestTag> tags) {
    super(id, displayName);
    this.check = requireNonNull(check, "check");
    this.tags = Set.copyOf(tags);
  }

  Check check() {
    return check;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }
}
