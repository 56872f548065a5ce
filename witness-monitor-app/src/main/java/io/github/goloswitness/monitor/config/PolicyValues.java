package io.github.goloswitness.monitor.config;

import io.github.goloswitness.failover.FailoverConfig;

/**
 * The failover policy settings as read from the config; the core's {@code FailoverConfig} is built
 * from these. Block counts are in blocks (3 s each), rounds are witness rounds (21 blocks).
 *
 * @param priority this node's rank among the witness's servers, 0 = preferred; a node with a
 *     larger number waits {@code priority * takeoverStep} more blocks before taking over
 * @param takeoverStep blocks of extra delay per priority level, {@code >= 1}
 * @param maxHeadLag how many blocks the local node's head may lag the network's and still be
 *     considered healthy, {@code >= 0}
 * @param minParticipation percent of witness participation below which the network itself is
 *     considered unhealthy and no switch is made, 0..100
 * @param cooldown rounds to wait after a switch before switching again, {@code >= 0}
 * @param maxSwitchesPerHour hard cap on switches in any hour, {@code >= 1}
 * @param confirmWithin blocks within which a broadcast switch must show up on chain, {@code >= 1}
 * @param reenableDisabled whether to switch a witness the chain has disabled (null signing key)
 *     back on; off by default because a disabled witness usually needs a human
 * @param peerGrace blocks a peer that is producing gets before this node considers it missing,
 *     {@code >= 0}
 */
public record PolicyValues(
    int priority,
    int takeoverStep,
    int maxHeadLag,
    int minParticipation,
    int cooldown,
    int maxSwitchesPerHour,
    int confirmWithin,
    boolean reenableDisabled,
    int peerGrace) {

  /** Checks every value; see the component descriptions for the ranges. */
  public PolicyValues {
    check(priority >= 0, "priority", "must be >= 0", priority);
    check(takeoverStep >= 1, "takeover_step", "must be >= 1", takeoverStep);
    check(maxHeadLag >= 0, "max_head_lag", "must be >= 0", maxHeadLag);
    check(minParticipation >= 0 && minParticipation <= 100,
        "min_participation", "must be between 0 and 100", minParticipation);
    check(cooldown >= 0, "cooldown", "must be >= 0", cooldown);
    check(maxSwitchesPerHour >= 1, "max_switches_per_hour", "must be >= 1", maxSwitchesPerHour);
    check(confirmWithin >= 1, "confirm_within", "must be >= 1", confirmWithin);
    check(peerGrace >= 0, "peer_grace", "must be >= 0", peerGrace);
  }

  /**
   * The core's defaults (priority 0, step 2, lag 3, participation 33, cooldown 2, 3/hour, confirm
   * 3, grace 2), taken from {@link FailoverConfig#defaults()} so the two cannot drift apart.
   */
  public static PolicyValues defaults() {
    FailoverConfig d = FailoverConfig.defaults();
    return new PolicyValues(d.priority(), d.takeoverStep(), d.maxHeadLag(), d.minParticipation(), d.cooldown(),
        d.maxSwitchesPerHour(), d.confirmWithin(), d.reenableDisabled(), d.peerGrace());
  }

  private static void check(boolean ok, String key, String rule, int value) {
    if (!ok) {
      throw new IllegalArgumentException(key + ": " + rule + ", got " + value);
    }
  }
}
