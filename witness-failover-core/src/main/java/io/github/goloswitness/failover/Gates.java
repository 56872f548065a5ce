package io.github.goloswitness.failover;

import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState.Draft;

/** The conditions under which a switch may not happen now (rules 3, 4, 5). Immutable. */
final class Gates {

  private final FailoverConfig config;
  private final Peers peers;

  Gates(FailoverConfig config) {
    this.config = config;
    this.peers = new Peers(config);
  }

  /**
   * Every backup sees the same chain and is held by the same network gate: while held, the
   * priority wait restarts from the current block, so the order still holds when the gate opens.
   */
  void rearm(Draft s, Observation seen) {
    s.deadlineBlock = seen.headBlock() + (long) rank(s, seen) * config.takeoverStep();
  }

  /** This backup's place in the order for replacing the failing key (priority-aware, rule 9). */
  int rank(Draft s, Observation seen) {
    return peers.rank(seen, s.failingKey.isEmpty() ? seen.signingKey() : s.failingKey);
  }

  /** Conditions common to all backups; returns why a switch must not happen now, or null. */
  String network(Draft s, Observation seen, boolean withCooldown, Notes notes) {
    if (!seen.quorumOk()) {
      notes.add(Kind.QUORUM_LOST, "independent nodes disagree at block " + seen.headBlock());
      return "no quorum";
    }
    if (seen.participation() < config.minParticipation()) {
      notes.add(Kind.NETWORK_STALLED, "participation " + seen.participation() + "% < "
          + config.minParticipation() + "%");
      return "network stalled";
    }
    if (withCooldown && seen.headBlock() <= s.cooldownUntilBlock) {
      return "cooldown until block " + s.cooldownUntilBlock;
    }
    return null;
  }

  /**
   * Why the local node could not produce: head older than max_head_lag blocks, not synced, or a
   * binary older than the chain's hardfork; null when it could.
   */
  String localProblem(Observation seen) {
    NodeHealth local = seen.local();
    if (local.headAge().compareTo(config.blocks(config.maxHeadLag())) > 0) {
      return "local head is " + local.headAge().toSeconds() + " s old";
    } else if (!local.synced()) {
      return "local node is not synced";
    } else if (local.running().isOlderThan(seen.hardfork())) {
      return "local node runs " + local.running() + " < hardfork " + seen.hardfork();
    }
    return null;
  }

  /** Conditions of this node (health, budget); returns why it must not switch now, or null. */
  String node(Draft s, Observation seen, boolean withHealth, Notes notes) {
    if (withHealth) {
      String unhealthy = localProblem(seen);
      if (unhealthy != null) {
        notes.add(Kind.NODE_UNHEALTHY, unhealthy);
        return "node unhealthy: " + unhealthy;
      }
    }
    if (s.switches.size() >= config.maxSwitchesPerHour()) {
      notes.add(Kind.BUDGET_EXHAUSTED, s.switches.size() + " switches in the last hour");
      return "switch budget exhausted";
    }
    return null;
  }

  /**
   * Rule 9: the producer's server is down as a whole ({@link Peers#down}) for peer_grace blocks
   * while the network is fine, and no other backup that answered still sees its node up.
   */
  Early peerDown(Draft s, Observation seen, Notes notes) {
    PeerHealth holder = peers.holder(seen);
    if (holder == null || !peers.down(holder, seen)) {
      s.peerDownSinceBlock = -1;
      return Early.NONE;
    }
    if (s.peerDownSinceBlock < 0) {
      s.peerDownSinceBlock = seen.headBlock();
      notes.add(Kind.PEER_DOWN, "peer holding " + seen.signingKey() + " is "
          + (holder.reachable() ? "stale" : "unreachable") + " and its monitor " + monitorSays(holder, seen)
          + " at block " + seen.headBlock());
    }
    String why = "peer holding " + seen.signingKey() + " down since block " + s.peerDownSinceBlock;
    if (seen.headBlock() - s.peerDownSinceBlock < config.peerGrace()
        || !seen.quorumOk() || seen.participation() < config.minParticipation()) {
      return new Early(false, why);
    }
    PeerHealth dissent = peers.dissent(seen, seen.signingKey());
    if (dissent != null) {
      return new Early(false, why + ", but backup " + dissent.signingKey() + " still sees its node");
    }
    return new Early(true, why);
  }

  /** What the down holder's monitor said, as the policy took it (so the log never claims more). */
  private String monitorSays(PeerHealth holder, Observation seen) {
    PeerMonitor m = holder.monitor();
    if (m instanceof PeerReport r) {
      return peers.report(holder, seen) != null ? "reports its node down and not producing"
          : "sent a report of block " + r.headBlock() + ", too old to count";
    }
    if (m instanceof PeerMonitor.Stale) {
      return "answers with an old poll (its loop is stuck)";
    }
    return m instanceof PeerMonitor.NotConfigured ? "is not configured" : "does not answer";
  }

  /** Rule 9's verdict: whether the early takeover is due, and why (null when no peer is down). */
  record Early(boolean due, String why) {
    static final Early NONE = new Early(false, null);
  }
}
