package io.github.goloswitness.monitor.observe;

import io.github.goloswitness.monitor.daemon.Monitor;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the changes of what {@code /health} answers, so the log says whenever it answers 503 and
 * why: one WARN line when it goes DOWN or its reason changes, one INFO line when it is UP again,
 * nothing while it stays the same (a slow or dead node does not fill the disk). Reasons are
 * compared by their shape (digits ignored: a head age grows every poll). Thread-safe: the
 * monitor's loop and the HTTP thread both report.
 */
public final class HealthLog {
  private static final Logger log = LoggerFactory.getLogger(Monitor.class);

  private final String name;
  private String down = "";

  public HealthLog(String name) {
    this.name = Objects.requireNonNull(name, "name");
  }

  /** Reports what {@code /health} answers now; returns it unchanged. */
  public synchronized Health report(Health now) {
    if (now.up()) {
      if (!down.isEmpty()) {
        log.info("[{}] health UP again (was DOWN: {})", name, down);
        down = "";
      }
    } else {
      if (!shape(now.reason()).equals(shape(down))) {
        log.warn("[{}] health DOWN: {}", name, now.reason());
      }
      down = now.reason();
    }
    return now;
  }

  private static String shape(String reason) {
    return reason.replaceAll("[0-9]+", "#");
  }
}
