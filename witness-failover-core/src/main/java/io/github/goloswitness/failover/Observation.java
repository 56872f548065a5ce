package io.github.goloswitness.failover;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one poll saw. Chain fields come from {@code get_dynamic_global_properties} and {@code
 * get_witness_by_account}; times are chain times (block timestamps), not the monitor's clock.
 *
 * <p>The {@code with…} methods return a copy with one component changed (validated again).
 *
 * @param headBlock head block number
 * @param headTime head block timestamp
 * @param participation percent of recent slots that were filled, 0-100, compared with {@code
 *     min_participation} (rule 4); the daemon and the simulator give the lower of the last 128
 *     slots' ({@link #participationPercent(int)}) and the last round's, so a stall shows at once
 * @param signingKey the witness's on-chain {@code signing_key} (opaque; {@link
 *     FailoverPolicy#NULL_KEY} when disabled)
 * @param totalMissed the witness's lifetime {@code total_missed} counter
 * @param lastConfirmedBlock the witness's {@code last_confirmed_block_num}
 * @param hardfork the chain's current hardfork version
 * @param local health of this monitor's own node
 * @param quorumOk whether independent nodes agree with this view (same head within a few blocks)
 * @param peers health of the witness's other nodes, empty when not configured (rule 9)
 */
public record Observation(
    long headBlock,
    Instant headTime,
    int participation,
    String signingKey,
    long totalMissed,
    long lastConfirmedBlock,
    Version hardfork,
    NodeHealth local,
    boolean quorumOk,
    List<PeerHealth> peers) {

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public Observation {
    if (headBlock < 0) {
      throw new IllegalArgumentException("headBlock < 0: " + headBlock);
    }
    Objects.requireNonNull(headTime, "headTime");
    if (participation < 0 || participation > 100) {
      throw new IllegalArgumentException("participation not in 0..100: " + participation);
    }
    Objects.requireNonNull(signingKey, "signingKey");
    if (totalMissed < 0) {
      throw new IllegalArgumentException("totalMissed < 0: " + totalMissed);
    }
    if (lastConfirmedBlock < 0) {
      throw new IllegalArgumentException("lastConfirmedBlock < 0: " + lastConfirmedBlock);
    }
    Objects.requireNonNull(hardfork, "hardfork");
    Objects.requireNonNull(local, "local");
    peers = List.copyOf(peers);
  }

  /**
   * A healthy view: full participation, quorum, a synced local node running the hardfork's
   * version, no peers. Adjust with the {@code with…} copies.
   */
  public static Observation healthy(
      long headBlock, Instant headTime, String signingKey, long totalMissed, long lastConfirmedBlock, Version hardfork) {
    return new Observation(headBlock, headTime, 100, signingKey, totalMissed, lastConfirmedBlock, hardfork,
        NodeHealth.healthy(hardfork), true, List.of());
  }

  /** Converts golosd's {@code participation_count} (filled slots out of the last 128) to percent. */
  public static int participationPercent(int participationCount) {
    if (participationCount < 0 || participationCount > 128) {
      throw new IllegalArgumentException("participationCount not in 0..128: " + participationCount);
    }
    return participationCount * 100 / 128;
  }

  /** A copy with {@code headBlock} and {@code headTime} replaced. */
  public Observation withHead(long block, Instant time) {
    return new Observation(block, time, participation, signingKey, totalMissed, lastConfirmedBlock, hardfork, local,
        quorumOk, peers);
  }

  /** A copy with {@code participation} replaced (checked like the constructor). */
  public Observation withParticipation(int percent) {
    return new Observation(headBlock, headTime, percent, signingKey, totalMissed, lastConfirmedBlock, hardfork, local,
        quorumOk, peers);
  }

  /** A copy with {@code signingKey} replaced (checked like the constructor). */
  public Observation withSigningKey(String key) {
    return new Observation(headBlock, headTime, participation, key, totalMissed, lastConfirmedBlock, hardfork, local,
        quorumOk, peers);
  }

  /** A copy with {@code totalMissed} replaced (checked like the constructor). */
  public Observation withTotalMissed(long missed) {
    return new Observation(headBlock, headTime, participation, signingKey, missed, lastConfirmedBlock, hardfork, local,
        quorumOk, peers);
  }

  /** A copy with {@code lastConfirmedBlock} replaced (checked like the constructor). */
  public Observation withLastConfirmedBlock(long block) {
    return new Observation(headBlock, headTime, participation, signingKey, totalMissed, block, hardfork, local,
        quorumOk, peers);
  }

  /** A copy with {@code hardfork} replaced (checked like the constructor). */
  public Observation withHardfork(Version version) {
    return new Observation(headBlock, headTime, participation, signingKey, totalMissed, lastConfirmedBlock, version,
        local, quorumOk, peers);
  }

  /** A copy with {@code local} replaced (checked like the constructor). */
  public Observation withLocal(NodeHealth health) {
    return new Observation(headBlock, headTime, participation, signingKey, totalMissed, lastConfirmedBlock, hardfork,
        health, quorumOk, peers);
  }

  /** A copy with {@code quorumOk} replaced (checked like the constructor). */
  public Observation withQuorumOk(boolean ok) {
    return new Observation(headBlock, headTime, participation, signingKey, totalMissed, lastConfirmedBlock, hardfork,
        local, ok, peers);
  }

  /** A copy with {@code peers} replaced (checked like the constructor). */
  public Observation withPeers(List<PeerHealth> list) {
    return new Observation(headBlock, headTime, participation, signingKey, totalMissed, lastConfirmedBlock, hardfork,
        local, quorumOk, list);
  }
}
