package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The TaPoS reference and expiration of a transaction, taken from the chain, never the local clock.
 *
 * @param refBlockNum {@code ref_block_num}: low 16 bits of the reference block's number, 0..65535
 * @param refBlockPrefix {@code ref_block_prefix}: bytes 4..8 of the reference block id read as a
 *     little-endian uint32, 0..2^32-1
 * @param expiration {@code expiration}, whole seconds, UTC
 */
public record TransactionHeader(int refBlockNum, long refBlockPrefix, Instant expiration) {

  /** golosd rejects expirations later than head time + this (STEEMIT_MAX_TIME_UNTIL_EXPIRATION). */
  public static final Duration MAX_TIME_UNTIL_EXPIRATION = Duration.ofSeconds(3600);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public TransactionHeader {
    if (refBlockNum < 0 || refBlockNum > 0xFFFF) {
      throw new IllegalArgumentException("refBlockNum not in 0..65535: " + refBlockNum);
    }
    if (refBlockPrefix < 0 || refBlockPrefix > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("refBlockPrefix not a uint32: " + refBlockPrefix);
    }
    Objects.requireNonNull(expiration, "expiration");
    if (expiration.getNano() != 0) {
      throw new IllegalArgumentException("expiration has fractional seconds: " + expiration);
    }
  }

  /**
   * References the head block and expires {@code ttl} after the head block's time.
   * (chain-node libraries/protocol/transaction.cpp: set_reference_block; block ids start with the
   * big-endian block number, so ref_block_num = id[0..4] &amp; 0xFFFF, ref_block_prefix = LE id[4..8].)
   *
   * @param ttl time to live after the head block time, 1 s .. 3600 s
   * @throws IllegalArgumentException if ttl is out of range
   */
  public static TransactionHeader from(DynamicGlobalProperties head, Duration ttl) {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(MAX_TIME_UNTIL_EXPIRATION) > 0) {
      throw new IllegalArgumentException("ttl not in 1 s .. 3600 s: " + ttl);
    }
    return fromBlockId(head.headBlockId(), head.time().plusSeconds(ttl.toSeconds()));
  }

  /**
   * References the block with id {@code blockId} (40 hex chars) and expires at {@code expiration}.
   *
   * @throws IllegalArgumentException if blockId is not 40 hex chars
   */
  public static TransactionHeader fromBlockId(String blockId, Instant expiration) {
    Objects.requireNonNull(blockId, "blockId");
    if (!blockId.matches("[0-9a-fA-F]{40}")) {
      throw new IllegalArgumentException("blockId is not 40 hex chars: " + blockId);
    }
    long num = Long.parseLong(blockId.substring(0, 8), 16);
    long prefix = 0;
    for (int i = 7; i >= 4; i--) {
      prefix = (prefix << 8) | Integer.parseInt(blockId.substring(2 * i, 2 * i + 2), 16);
    }
    return new TransactionHeader((int) (num & 0xFFFF), prefix, expiration.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /**
   * A transaction with this reference block and expiration carrying {@code operations}.
   *
   * @throws IllegalArgumentException if golos-crypto rejects the operations (e.g. none)
   */
  public Transaction toTransaction(List<Operation> operations) {
    Objects.requireNonNull(operations, "operations");
    return new Transaction(refBlockNum, refBlockPrefix, TimePointSec.of(expiration), operations);
  }

  /** As {@link #toTransaction(List)}. */
  public Transaction toTransaction(Operation... operations) {
    return toTransaction(List.of(operations));
  }
}
