package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.NodeHealth;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.failover.PeerMonitor;
import io.github.goloswitness.failover.PeerReport;
import io.github.goloswitness.failover.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One server of the simulated witness: a golosd with its key and a monitor (by default the policy). */
final class SimulatedNode {
  final String name;
  final String key;
  final int priority;
  final SimulatedMonitor monitor;
  boolean up = true;
  boolean lagging;
  boolean flapping;
  /** Its RPC fails for everyone else (a proxy answering 502); the node and its monitor work. */
  boolean rpcBroken;
  /** A node whose node and monitor this node's monitor cannot reach (a partition), or null. */
  SimulatedNode cutOffFrom;
  /** What its monitor reported after its last poll, null before the first. */
  PeerReport report;

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

  /**
   * What {@code viewer}'s monitor sees of this node: its node's reachability and head, and, with
   * {@code monitors}, this node's monitor report of the previous slot (unreachable while this
   * server is down or cut off from the viewer).
   */
  PeerHealth seenBy(SimulatedNode viewer, boolean monitors) {
    boolean cut = viewer.cutOffFrom == this;
    boolean reachable = up && !rpcBroken && !cut;
    PeerHealth seen = new PeerHealth(key, reachable, lagging ? Duration.ofSeconds(60) : Duration.ZERO);
    if (!monitors) {
      return seen;
    }
    return seen.withMonitor(!up || cut || report == null ? PeerMonitor.UNREACHABLE : report);
  }

  /** This node's monitor report after its poll: its own node, and the peers whose node it cannot read. */
  PeerReport reportAfterPoll(long headBlock, String onChainKey, List<SimulatedNode> all) {
    Set<String> down = new TreeSet<>();
    for (SimulatedNode n : all) {
      if (n != this && (!n.seenBy(this, false).reachable() || n.lagging)) {
        down.add(n.key);
      }
    }
    return new PeerReport(headBlock, priority, healthy(), healthy() && key.equals(onChainKey), down);
  }

  static List<PeerHealth> peersOf(SimulatedNode self, List<SimulatedNode> all, boolean monitors) {
    List<PeerHealth> peers = new ArrayList<>();
    for (SimulatedNode n : all) {
      if (n != self) {
        peers.add(n.seenBy(self, monitors));
      }
    }
    return peers;
  }

  /** A monitor restart: the state survives only through its persisted form. */
  void restartMonitor() {
    monitor.restart();
  }
}
