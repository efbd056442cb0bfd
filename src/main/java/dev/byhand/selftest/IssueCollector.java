package dev.byhand.selftest;

import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.LauncherDiscoveryListener;

/**
 * Collects the error-severity issues discovery reports: the rubrics and expected-verdicts files
 * that cannot be tested, each message naming the file and the fix. One per run.
 */
final class IssueCollector implements LauncherDiscoveryListener {
  private final List<String> messages = new ArrayList<>();

  @Override
  public void issueEncountered(UniqueId engine, DiscoveryIssue issue) {
    if (issue.severity().compareTo(DiscoveryIssue.Severity.ERROR) >= 0) {
      messages.add(issue.message());
    }
  }

  /**
   * @throws SelfTestException stating every issue collected, if there is one
   */
  void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new SelfTestException(String.join("\n", messages));
    }
  }
}
