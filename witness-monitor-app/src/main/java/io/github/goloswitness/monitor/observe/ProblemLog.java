package io.github.goloswitness.monitor.observe;

import io.github.goloswitness.monitor.daemon.Monitor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs node problems once: a WARN line when the set of problems changes, an INFO line when they
 * clear, DEBUG while they persist (so a dead node does not fill the disk). Not thread-safe.
 */
public final class ProblemLog {
  private static final Logger log = LoggerFactory.getLogger(Monitor.class);

  private final String name;
  private String last = "";

  public ProblemLog(String name) {
    this.name = name;
  }

  /** What changed with this report, so the caller can alert on the same edges it logs. */
  public enum Change { NONE, NEW_PROBLEM, CLEARED }

  public Change report(List<String> problems) {
    String now = String.join("; ", problems);
    // Node messages may carry block numbers or times: compare their shape, not their digits.
    String shape = now.replaceAll("[0-9]+", "#");
    String lastShape = last.replaceAll("[0-9]+", "#");
    Change change;
    if (shape.equals(lastShape)) {
      if (!now.isEmpty()) {
        log.debug("[{}] still: {}", name, now);
      }
      change = Change.NONE;
    } else if (now.isEmpty()) {
      log.info("[{}] nodes answer again (was: {})", name, last);
      change = Change.CLEARED;
    } else {
      log.warn("[{}] node problem: {}", name, now);
      change = Change.NEW_PROBLEM;
    }
    last = now;
    return change;
  }
}
