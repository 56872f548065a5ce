package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerHealth;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Builds what this monitor serves on {@code /peer} ({@link PeerStatus}) from each poll, whether it
 * read the chain or not. Remembers the witness's last block and the miss counter at that block to
 * tell "producing" from the chain. Not thread-safe: called from the monitor's tick only.
 */
final class OwnStatus {
  private final String witness;
  private final FailoverConfig config;
  private final boolean signingKeyVerified;
  /** The witness's last_confirmed_block_num last seen, and total_missed when it was first seen. */
  private long producedAt = -1;
  private long missedAtProduction = -1;

  /** @param signingKeyVerified whether {@code signing_key_files} were checked against {@code witness_pubkey} at start */
  OwnStatus(String witness, FailoverConfig config, boolean signingKeyVerified) {
    this.witness = Objects.requireNonNull(witness, "witness");
    this.config = Objects.requireNonNull(config, "config");
    this.signingKeyVerified = signingKeyVerified;
  }

  /** After a poll that read the chain, at {@code now} by the monitor's clock. */
  PeerStatus read(Observation seen, boolean localRefused, Instant now) {
    Duration lag = config.blocks(config.maxHeadLag());
    boolean nodeUp = seen.local().synced() && seen.local().headAge().compareTo(lag) <= 0;
    if (seen.lastConfirmedBlock() != producedAt) {
      producedAt = seen.lastConfirmedBlock();
      missedAtProduction = seen.totalMissed();
    }
    // Producing, as the chain (the quorum's view, not our node's RPC) shows it: our key, no miss
    // since the witness's last block, a block within two rounds; unless golosd refuses connections.
    boolean producing = seen.signingKey().equals(config.ownKey()) && !localRefused
        && seen.totalMissed() == missedAtProduction
        && seen.headBlock() - seen.lastConfirmedBlock() <= 2L * config.roundLength();
    long headAge = seen.local().headAge().compareTo(Poller.UNREACHABLE_AGE) >= 0 ? -1
        : seen.local().headAge().toSeconds();
    return new PeerStatus(witness, config.ownKey(), config.priority(), seen.headBlock(), headAge,
        seen.local().synced(), nodeUp, producing, peersDown(seen.peers()), now, 0, signingKeyVerified);
  }

  /**
   * After a poll that could not read the chain: nothing to vouch with (node down, not producing),
   * {@code lastHead} (the head of the last poll that read it), and the peers as this poll read them.
   */
  PeerStatus unread(List<PeerHealth> peers, long lastHead, Instant now) {
    return new PeerStatus(witness, config.ownKey(), config.priority(), Math.max(0, lastHead), -1, false, false,
        false, peersDown(peers), now, 0, signingKeyVerified);
  }

  private List<String> peersDown(List<PeerHealth> peers) {
    Duration lag = config.blocks(config.maxHeadLag());
    return peers.stream().filter(p -> !p.reachable() || p.headAge().compareTo(lag) > 0)
        .map(PeerHealth::signingKey).toList();
  }
}
