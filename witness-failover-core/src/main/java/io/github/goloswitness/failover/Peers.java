package io.github.goloswitness.failover;

/**
 * Rule 9's judgements over the peers of one observation: is the producer's server down as a whole,
 * does another backup still see it, and how many live backups rank above this one. Immutable.
 */
final class Peers {

  private final FailoverConfig config;

  Peers(FailoverConfig config) {
    this.config = config;
  }

  /** This monitor's own read of the peer's node: unreachable, or its head older than max_head_lag. */
  boolean nodeDown(PeerHealth p) {
    return !p.reachable() || p.headAge().compareTo(config.blocks(config.maxHeadLag())) > 0;
  }

  /** The peer's report if it is recent enough to trust (within max_head_lag blocks), else null. */
  PeerReport report(PeerHealth p, Observation seen) {
    return p.monitor() instanceof PeerReport r && r.headBlock() + config.maxHeadLag() >= seen.headBlock() ? r : null;
  }

  /**
   * Down as a whole: its node fails for us, and its own monitor does not vouch for it (not
   * configured, unreachable, stale, or reporting its node down and no production on chain). A
   * producer whose RPC alone is broken, or that only we cannot reach, is vouched for by its monitor.
   */
  boolean down(PeerHealth p, Observation seen) {
    if (!nodeDown(p)) {
      return false;
    }
    PeerReport r = report(p, seen);
    return r == null || !r.vouches();
  }

  /** The peer holding the on-chain key, or null. */
  PeerHealth holder(Observation seen) {
    for (PeerHealth p : seen.peers()) {
      if (p.signingKey().equals(seen.signingKey())) {
        return p;
      }
    }
    return null;
  }

  /**
   * The first other backup whose recent report still sees {@code key}'s node up, or null when all
   * the backups that answered agree it is down (backups that did not answer have no say).
   */
  PeerHealth dissent(Observation seen, String key) {
    for (PeerHealth p : seen.peers()) {
      if (p.signingKey().equals(key)) {
        continue;
      }
      PeerReport r = report(p, seen);
      if (r != null && !r.seesDown().contains(key)) {
        return p;
      }
    }
    return null;
  }

  /**
   * This backup's place in the takeover order for replacing {@code failingKey}: the number of live
   * backups ranked above it. A peer counts when its recent report shows its node up and it ranks
   * above: a lower priority, or the same priority (a misconfiguration, reported by the app) and a
   * signing key that sorts first, so two backups never share a rank. A peer known down (its node
   * fails for us and it sends no recent report) or whose report shows its node down does not.
   * When some live peer's rank is unknown (no recent report) the configured priority stands;
   * without peers too.
   */
  int rank(Observation seen, String failingKey) {
    if (seen.peers().isEmpty()) {
      return config.priority();
    }
    int above = 0;
    for (PeerHealth p : seen.peers()) {
      if (p.signingKey().equals(failingKey)) {
        continue;
      }
      PeerReport r = report(p, seen);
      if (r != null) {
        if (r.nodeUp() && ranksAbove(r.priority(), p.signingKey())) {
          above++;
        }
      } else if (!nodeDown(p)) {
        return config.priority();
      }
    }
    return above;
  }

  /** Whether a backup of {@code priority} holding {@code key} acts before this one: by priority, then key. */
  boolean ranksAbove(int priority, String key) {
    return priority < config.priority() || (priority == config.priority() && key.compareTo(config.ownKey()) < 0);
  }
}
