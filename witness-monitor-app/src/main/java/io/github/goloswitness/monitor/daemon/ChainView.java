package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;

/**
 * What one node showed in one poll: its head and the witness's counters. {@link Poller} asks the
 * quorum nodes to agree on the key and the miss counter and keeps the freshest agreeing view.
 *
 * @param headBlock {@code head_block_number}
 * @param headTime the head block's time (chain time)
 * @param participation percent of the last 128 slots filled ({@code participation_count})
 * @param recentParticipation percent of the last round's 21 slots filled ({@code recent_slots_filled};
 *     the 128-slot value when the node does not send the mask)
 * @param signingKey the witness's {@code signing_key}, {@code GLS…}
 * @param totalMissed the witness's {@code total_missed}
 * @param lastConfirmedBlock the witness's {@code last_confirmed_block_num}
 */
record ChainView(
    long headBlock, Instant headTime, double participation, double recentParticipation, String signingKey,
    long totalMissed, long lastConfirmedBlock) {

  /** Slots per round ({@code STEEMIT_MAX_WITNESSES}). */
  static final int ROUND = 21;

  ChainView {
    Objects.requireNonNull(headTime, "headTime");
    Objects.requireNonNull(signingKey, "signingKey");
  }

  /**
   * Reads the view from one node (two calls: the head, then the witness).
   *
   * @throws UnknownWitnessException if the node has no witness named {@code witness}
   */
  static ChainView read(GolosClient node, String witness) throws IOException {
    return read(node, witness, node.getDynamicGlobalProperties());
  }

  /** As {@link #read(GolosClient, String)} with the head already read from the same node. */
  static ChainView read(GolosClient node, String witness, DynamicGlobalProperties head) throws IOException {
    Witness w = node.getWitnessByAccount(witness)
        .orElseThrow(() -> new UnknownWitnessException(witness, node.nodes().get(0).toString()));
    return new ChainView(head.headBlockNumber(), head.time(), head.participation(),
        head.recentParticipation(ROUND), w.signingKey().toString(), w.totalMissed(), w.lastConfirmedBlockNum());
  }

  @Override
  public String toString() {
    return "block " + headBlock + " key " + signingKey + " total_missed " + totalMissed + " last_confirmed "
        + lastConfirmedBlock;
  }
}
