package io.github.goloswitness.failover;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one monitor, validated eagerly. Block counts are in blocks (slots), {@code cooldown}
 * in rounds. The app's YAML uses the snake_case of these names ({@code allowed_misses}, {@code
 * miss_window} in seconds, …).
 *
 * <p>The {@code with…} methods return a validated copy with one component changed.
 *
 * @param ownKey this node's public signing key (opaque); empty in {@link #defaults()}, must be set
 *     before building a {@link FailoverPolicy}
 * @param priority this backup's rank, 0 = acts first
 * @param allowedMisses take over when more misses than this fall in {@code missWindow}
 * @param missWindow the sliding window for misses (chain time)
 * @param takeoverStep blocks a backup waits per rank after the threshold
 * @param maxHeadLag the local node is stale when its head is older than this many blocks
 * @param minParticipation percent; below it the network is stalled and nobody takes over
 * @param cooldown rounds after any key change during which nobody takes over
 * @param maxSwitchesPerHour switch requests allowed per hour of chain time, then alerts only
 * @param confirmWithin blocks within which our key must appear on chain after a request
 * @param reenableDisabled whether to put our key back when the null key is on chain
 * @param peerGrace blocks the producer's server must be seen down (rule 9) before an early takeover
 * @param blockInterval chain block interval (3 s on Golos)
 * @param roundLength slots per round (21 on Golos)
 * @param disableOnOwnFailure whether to set the null key when our own key keeps missing
 */
public record FailoverConfig(
    String ownKey,
    int priority,
    int allowedMisses,
    Duration missWindow,
    int takeoverStep,
    int maxHeadLag,
    int minParticipation,
    int cooldown,
    int maxSwitchesPerHour,
    int confirmWithin,
    boolean reenableDisabled,
    int peerGrace,
    Duration blockInterval,
    int roundLength,
    boolean disableOnOwnFailure) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public FailoverConfig {
    Objects.requireNonNull(ownKey, "ownKey");
    if (ownKey.equals(FailoverPolicy.NULL_KEY)) {
      throw new IllegalArgumentException("ownKey is the null key: " + ownKey);
    }
    atLeast("priority", priority, 0);
    atLeast("allowedMisses", allowedMisses, 0);
    Objects.requireNonNull(missWindow, "missWindow");
    if (missWindow.isNegative() || missWindow.isZero()) {
      throw new IllegalArgumentException("missWindow <= 0: " + missWindow);
    }
    atLeast("takeoverStep", takeoverStep, 0);
    atLeast("maxHeadLag", maxHeadLag, 1);
    if (minParticipation < 0 || minParticipation > 100) {
      throw new IllegalArgumentException("minParticipation not in 0..100: " + minParticipation);
    }
    atLeast("cooldown", cooldown, 0);
    atLeast("maxSwitchesPerHour", maxSwitchesPerHour, 1);
    atLeast("confirmWithin", confirmWithin, 1);
    atLeast("peerGrace", peerGrace, 1);
    Objects.requireNonNull(blockInterval, "blockInterval");
    if (blockInterval.isNegative() || blockInterval.isZero()) {
      throw new IllegalArgumentException("blockInterval <= 0: " + blockInterval);
    }
    atLeast("roundLength", roundLength, 1);
  }

  private static void atLeast(String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(name + " < " + min + ": " + value);
    }
  }

  /** The original script's defaults (1 miss per 3600 s) plus ours; {@code ownKey} is empty. */
  public static FailoverConfig defaults() {
    return new FailoverConfig("", 0, 1, Duration.ofSeconds(3600), 2, 3, 33, 2, 3, 3, false, 1,
        Duration.ofSeconds(3), 21, false);
  }

  /** {@code blocks} block intervals as a duration. */
  public Duration blocks(long blocks) {
    return blockInterval.multipliedBy(blocks);
  }

  /** A copy with {@code ownKey} replaced (checked like the constructor). */
  public FailoverConfig withOwnKey(String v) {
    return new FailoverConfig(v, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code priority} replaced (checked like the constructor). */
  public FailoverConfig withPriority(int v) {
    return new FailoverConfig(ownKey, v, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code allowedMisses} replaced (checked like the constructor). */
  public FailoverConfig withAllowedMisses(int v) {
    return new FailoverConfig(ownKey, priority, v, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code missWindow} replaced (checked like the constructor). */
  public FailoverConfig withMissWindow(Duration v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, v, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code takeoverStep} replaced (checked like the constructor). */
  public FailoverConfig withTakeoverStep(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, v, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code maxHeadLag} replaced (checked like the constructor). */
  public FailoverConfig withMaxHeadLag(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, v, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code minParticipation} replaced (checked like the constructor). */
  public FailoverConfig withMinParticipation(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, v,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code cooldown} replaced (checked like the constructor). */
  public FailoverConfig withCooldown(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        v, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code maxSwitchesPerHour} replaced (checked like the constructor). */
  public FailoverConfig withMaxSwitchesPerHour(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, v, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength, disableOnOwnFailure);
  }

  /** A copy with {@code confirmWithin} replaced (checked like the constructor). */
  public FailoverConfig withConfirmWithin(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, v, reenableDisabled, peerGrace, blockInterval, roundLength, disableOnOwnFailure);
  }

  /** A copy with {@code reenableDisabled} replaced (checked like the constructor). */
  public FailoverConfig withReenableDisabled(boolean v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, v, peerGrace, blockInterval, roundLength, disableOnOwnFailure);
  }

  /** A copy with {@code peerGrace} replaced (checked like the constructor). */
  public FailoverConfig withPeerGrace(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, v, blockInterval, roundLength,
        disableOnOwnFailure);
  }

  /** A copy with {@code blockInterval} replaced (checked like the constructor). */
  public FailoverConfig withBlockInterval(Duration v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, v, roundLength, disableOnOwnFailure);
  }

  /** A copy with {@code roundLength} replaced (checked like the constructor). */
  public FailoverConfig withRoundLength(int v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, v,
        disableOnOwnFailure);
  }

  /** A copy with {@code disableOnOwnFailure} replaced (checked like the constructor). */
  public FailoverConfig withDisableOnOwnFailure(boolean v) {
    return new FailoverConfig(ownKey, priority, allowedMisses, missWindow, takeoverStep, maxHeadLag, minParticipation,
        cooldown, maxSwitchesPerHour, confirmWithin, reenableDisabled, peerGrace, blockInterval, roundLength, v);
  }
}
