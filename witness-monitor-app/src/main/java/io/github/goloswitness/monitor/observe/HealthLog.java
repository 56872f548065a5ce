package io.github.goloswitness.monitor.observe;

import java.util.List;
import java.util.Objects;

/**
 * Logs the changes of what {@code /health} answers, so the log says whenever it answers 503 and
 * why: one WARN line when it goes DOWN or its reason changes, one INFO line when it is UP again,
 * nothing while it stays the same (a slow or dead node does not fill the disk); the edges of a
 * {@link ProblemLog}. Thread-safe: the monitor's loop and the HTTP thread both report.
 */
public final class HealthLog {
  private final ProblemLog changes;

  public HealthLog(String name) {
    this.changes = new ProblemLog(Objects.requireNonNull(name, "name"), "health DOWN: {}",
        "health UP again (was DOWN: {})");
  }

  /** Reports what {@code /health} answers now; returns it unchanged. */
  public synchronized Health report(Health now) {
    changes.report(now.up() ? List.of() : List.of(now.reason()));
    return now;
  }
}
