package io.github.goloswitness.failover;

import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState.Draft;

/** The conditions under which a switch may not happen now (rules 3, 4, 5). Immutable. */
final class Gates {

  private final FailoverConfig config;

  Gates(FailoverConfig config) {
    this.config = config;
  }

  /**
   * Every backup sees the same chain and is held by the same network gate: while held, the
   * priority wait restarts from the current block, so the order still holds when the gate opens.
   */
  void rearm(Draft s, Observation seen) {
    s.deadlineBlock = seen.headBlock() + (long) config.priority() * config.takeoverStep();
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

  /** Conditions of this node (health, budget); returns why it must not switch now, or null. */
  String node(Draft s, Observation seen, boolean withHealth, Notes notes) {
    if (withHealth) {
      NodeHealth local = seen.local();
      String unhealthy = null;
      if (local.headAge().compareTo(config.blocks(config.maxHeadLag())) > 0) {
        unhealthy = "local head is " + local.headAge().toSeconds() + " s old";
      } else if (!local.synced()) {
        unhealthy = "local node is not synced";
      } else if (local.running().isOlderThan(seen.hardfork())) {
        unhealthy = "local node runs " + local.running() + " < hardfork " + seen.hardfork();
      }
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

  /** Rule 9: the peer holding the on-chain key is unreachable or stale for peer_grace blocks. */
  boolean peerDown(Draft s, Observation seen, Notes notes) {
    PeerHealth holder = null;
    for (PeerHealth p : seen.peers()) {
      if (p.signingKey().equals(seen.signingKey())) {
        holder = p;
      }
    }
    boolean down = holder != null
        && (!holder.reachable() || holder.headAge().compareTo(config.blocks(config.maxHeadLag())) > 0);
    if (!down) {
      s.peerDownSinceBlock = -1;
      return false;
    }
    if (s.peerDownSinceBlock < 0) {
      s.peerDownSinceBlock = seen.headBlock();
      notes.add(Kind.PEER_DOWN, "peer holding " + seen.signingKey() + " is "
          + (holder.reachable() ? "stale" : "unreachable") + " at block " + seen.headBlock());
    }
    return seen.headBlock() - s.peerDownSinceBlock >= config.peerGrace()
        && seen.quorumOk() && seen.participation() >= config.minParticipation();
  }
}
