package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.NodeHealth;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One server of the simulated witness: a golosd with its key and a monitor (by default the policy). */
final class SimulatedNode {
  final String name;
  final String key;
  final int priority;
  final SimulatedMonitor monitor;
  boolean up = true;
  boolean lagging;
  boolean flapping;

  SimulatedNode(String name, String key, int priority, SimulatedMonitor monitor) {
    this.name = name;
    this.key = key;
    this.priority = priority;
    this.monitor = monitor;
  }

  boolean healthy() {
    return up && !lagging;
  }

  NodeHealth health(Version version) {
    return lagging ? new NodeHealth(Duration.ofSeconds(60), version, false) : NodeHealth.healthy(version);
  }

  PeerHealth asPeer() {
    return up ? new PeerHealth(key, true, lagging ? Duration.ofSeconds(60) : Duration.ZERO)
        : PeerHealth.unreachable(key);
  }

  static List<PeerHealth> peersOf(SimulatedNode self, List<SimulatedNode> all) {
    List<PeerHealth> peers = new ArrayList<>();
    for (SimulatedNode n : all) {
      if (n != self) {
        peers.add(n.asPeer());
      }
    }
    return peers;
  }

  /** A monitor restart: the state survives only through its persisted form. */
  void restartMonitor() {
    monitor.restart();
  }
}
