package io.github.goloswitness.monitor.observe;

import io.github.goloswitness.monitor.daemon.Monitor;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs node problems once: a WARN line when the set of problems changes, an INFO line when they
 * clear, DEBUG while they persist (so a dead node does not fill the disk). Problems are compared by
 * their shape (digits ignored: node messages carry block numbers and times). Not thread-safe.
 */
public final class ProblemLog {
  private static final Logger log = LoggerFactory.getLogger(Monitor.class);

  private final String name;
  private final String problemLine;
  private final String clearedLine;
  private String last = "";

  /** Node problems: "node problem: …", "nodes answer again (was: …)". */
  public ProblemLog(String name) {
    this(name, "node problem: {}", "nodes answer again (was: {})");
  }

  /**
   * The same edges with other words: {@code problemLine} and {@code clearedLine} are SLF4J
   * patterns whose one {@code {}} is the problems now / the problems that cleared.
   */
  ProblemLog(String name, String problemLine, String clearedLine) {
    this.name = name;
    this.problemLine = "[{}] " + problemLine;
    this.clearedLine = "[{}] " + clearedLine;
  }

  /** What changed with this report, so the caller can alert on the same edges it logs. */
  public enum Change { NONE, NEW_PROBLEM, CLEARED }

  public Change report(List<String> problems) {
    String now = String.join("; ", problems);
    String shape = now.replaceAll("[0-9]+", "#");
    String lastShape = last.replaceAll("[0-9]+", "#");
    Change change;
    if (shape.equals(lastShape)) {
      if (!now.isEmpty()) {
        log.debug("[{}] still: {}", name, now);
      }
      change = Change.NONE;
    } else if (now.isEmpty()) {
      log.info(clearedLine, name, last);
      change = Change.CLEARED;
    } else {
      log.warn(problemLine, name, now);
      change = Change.NEW_PROBLEM;
    }
    last = now;
    return change;
  }
}
