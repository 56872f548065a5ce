package io.github.goloswitness.testkit;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The chain state right after one block, as a node at that head serves it (a lagging node serves
 * an older view). Immutable.
 *
 * @param headBlock head block number
 * @param headId head block id, 40 hex chars
 * @param headTime head block time
 * @param currentWitness producer of the head block ("" for block 0)
 * @param participationCount filled slots of the last 128
 * @param lastIrreversible last irreversible block number
 * @param aslot absolute slot of the head block
 * @param recentSlotsFilled golosd's 128-bit {@code recent_slots_filled}
 * @param schedule the current round's witnesses in slot order (21 entries, "" for unused)
 * @param nextShuffleBlock block number at which the next round is expected to start
 * @param witnesses every witness by name
 */
record ChainView(
    long headBlock,
    String headId,
    Instant headTime,
    String currentWitness,
    int participationCount,
    long lastIrreversible,
    long aslot,
    BigInteger recentSlotsFilled,
    List<String> schedule,
    long nextShuffleBlock,
    Map<String, WitnessView> witnesses) {}
