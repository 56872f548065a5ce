package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.monitor.alert.EventAlerts;
import io.github.goloswitness.monitor.observe.ProblemLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Node problems of each poll: logged once per change ({@link ProblemLog}) and alerted as {@code
 * node_problem} / {@code nodes_answer_again}, except during the start-up grace: until the first
 * poll that reads the chain, for at most {@link #STARTUP_GRACE}, problems are logged but not
 * alerted (every cold start of a server would otherwise page someone for the golosd still
 * opening its RPC). A problem still there when the grace ends is alerted then. A "nodes answer
 * again" is sent only after a "node problem" was. Not thread-safe.
 */
final class ProblemAlerts {
  /** How long a starting monitor waits for its first poll that reads the chain before alerting. */
  static final Duration STARTUP_GRACE = Duration.ofMinutes(2);

  private final ProblemLog log;
  private final EventAlerts alerts;
  private Instant startedAt;
  private boolean graceOver;
  private boolean alerted;

  ProblemAlerts(ProblemLog log, EventAlerts alerts) {
    this.log = Objects.requireNonNull(log, "log");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
  }

  /** One poll's problems at {@code now}; {@code chainRead} when the poll gave an observation. */
  void report(List<String> problems, boolean chainRead, Instant now) {
    if (startedAt == null) {
      startedAt = now;
    }
    ProblemLog.Change change = log.report(problems);
    boolean wasInGrace = !graceOver;
    graceOver |= chainRead || !now.isBefore(startedAt.plus(STARTUP_GRACE));
    if (!graceOver) {
      return;
    }
    boolean lasting = wasInGrace && !problems.isEmpty(); // seen during the grace, still there after it
    if (change == ProblemLog.Change.NEW_PROBLEM || lasting) {
      alerts.send("node_problem", String.join("; ", problems), now);
      alerted = true;
    } else if (change == ProblemLog.Change.CLEARED && alerted) {
      alerts.send("nodes_answer_again", "every node answers again", now);
      alerted = false;
    }
  }
}
