package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.PeerReport;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Equal priorities among the servers of one witness: two backups of the same priority act in the
 * same block and both broadcast a {@code witness_update} (issue 18). The config holds only this
 * server's priority; the peers' monitors tell theirs on {@code /peer}. So {@code run} (and {@code
 * run --check}) asks every configured peer monitor at start and refuses an equal priority, and the
 * daemon reports one it sees later in a peer's report ({@link #conflicts}). Without peer monitors
 * nothing can be checked. Stateless.
 */
public final class PeerPriorities {

  private PeerPriorities() {}

  /**
   * Asks each configured peer monitor for its priority.
   *
   * @return warnings for peer monitors that could not be asked (not running yet, unreachable)
   * @throws StartupException {@link StartupChecks#CONFIG} when a peer's monitor speaks for this
   *     witness and reports this server's own priority (the message names both)
   */
  public static List<String> checkAtStart(MonitorConfig config, Duration timeout) throws StartupException {
    PeerMonitorReader reader = new PeerMonitorReader(timeout);
    List<String> warnings = new ArrayList<>();
    int own = config.policy().priority();
    for (MonitorConfig.Peer peer : config.peers()) {
      Optional<URI> monitor = peer.monitor();
      if (monitor.isEmpty()) {
        continue;
      }
      PeerStatus status;
      try {
        status = reader.read(monitor.get());
      } catch (IOException e) {
        warnings.add("priority: cannot compare with peer " + peer.signingKey() + " (its monitor "
            + PeerMonitorReader.endpoint(monitor.get()) + ": " + Poller.message(e) + "); the daemon checks again"
            + " on every poll");
        continue;
      }
      if (status.witness().equals(config.witness()) && status.signingKey().equals(peer.signingKey())
          && status.priority() == own) {
        throw new StartupException("priority: " + own + " is also the priority of peer " + peer.signingKey()
            + " (its monitor " + PeerMonitorReader.endpoint(monitor.get()) + " says so): two backups of one priority"
            + " switch in the same block; give every server of the witness a different priority", StartupChecks.CONFIG);
      }
    }
    return warnings;
  }

  /**
   * The peers whose recent report (this poll's) gives {@code priority}, each as "KEY (priority
   * P)"; empty when none does.
   */
  static List<String> conflicts(List<PeerHealth> peers, int priority) {
    List<String> out = new ArrayList<>();
    for (PeerHealth p : peers) {
      if (p.monitor() instanceof PeerReport r && r.priority() == priority) {
        out.add(p.signingKey());
      }
    }
    return out;
  }
}
