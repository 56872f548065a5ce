package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The errors golosd answers a rejected transaction with (chain-node libraries/protocol/include/
 * golos/protocol/exceptions.hpp codes and names; shapes from fixtures/golosd/error.broadcast_*.json).
 * {@code time} is the node's time, shown in the stack context.
 */
final class TxErrors {

  /** Names {@link SimNetwork#rejectBroadcasts} can inject. */
  static final Set<String> INJECTABLE = Set.of(
      "tx_expired", "tx_duplicate_transaction", "tx_missing_active_auth", "tx_invalid_field");

  static RpcError expired(Instant headTime, Instant expiration, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("now", Shapes.time(headTime));
    d.put("expired", Shapes.time(expiration.minusSeconds(1)));
    d.put("trx.expiration", Shapes.time(expiration));
    return RpcError.chain(RpcError.INVALID_TRANSACTION, 3100000, "tx_expired", "expired transaction",
        "Transaction is expired. Now ${now}, expired ${expired}", d, "_validate_transaction", time);
  }

  static RpcError expirationTooFar(Instant headTime, Instant expiration, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("field", "expiration");
    d.put("trx.expiration", Shapes.time(expiration));
    d.put("now", Shapes.time(headTime));
    d.put("max_til_exp", 3600);
    return invalidField(d, time);
  }

  static RpcError badRefBlockPrefix(long sent, long actual, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("field", "ref_block_prefix");
    d.put("trx.ref_block_prefix", sent);
    d.put("tapos_block_summary", actual);
    return invalidField(d, time);
  }

  private static RpcError invalidField(ObjectNode d, Instant time) {
    return RpcError.chain(RpcError.INVALID_TRANSACTION, 3110000, "tx_invalid_field", "invalid transaction field",
        "Transaction field ${field} has invalid value", d, "_validate_transaction", time);
  }

  static RpcError duplicate(String txId, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("trx_ix", txId);
    return RpcError.chain(RpcError.INVALID_TRANSACTION, 3080000, "tx_duplicate_transaction",
        "duplicate transaction", "Duplicate transaction check failed", d, "_validate_transaction", time);
  }

  static RpcError missingActive(Collection<String> owners, Instant time) {
    ObjectNode d = RpcError.data();
    owners.forEach(d.putArray("id")::add);
    return RpcError.chain(RpcError.MISSING_AUTHORITY, 3020100, "tx_missing_active_auth",
        "missing required active authority", "Missing Active Authority ${id}", d, "_validate_transaction", time);
  }

  static RpcError irrelevantSignatures(List<String> keys, Instant time) {
    ObjectNode d = RpcError.data();
    keys.forEach(d.putArray("unnecessary")::add);
    return RpcError.chain(RpcError.INVALID_TRANSACTION, 3030000, "tx_irrelevant_sig",
        "irrelevant signature included", "Unnecessary signature(s) detected ${unnecessary}", d,
        "_validate_transaction", time);
  }

  static RpcError duplicateSignature(Instant time) {
    return RpcError.chain(RpcError.INVALID_TRANSACTION, 3060000, "tx_duplicate_sig",
        "duplicate signature included", "Duplicate Signature detected", RpcError.data(), "_validate_transaction",
        time);
  }

  /** fc's FC_ASSERT failing in public_key(compact_signature, digest, check_canonical): a plain fc exception. */
  static RpcError assertion(String condition, String message, Instant time) {
    return RpcError.chain(RpcError.INTERNAL_ERROR, 10, "assert_exception", "Assert Exception",
        condition + ": " + message, RpcError.data(), "_validate_transaction", time);
  }

  /** transaction::validate wrapping an operation's validate() failure. */
  static RpcError invalidOperation(int index, String why, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("index", index);
    d.put("errmsg", why);
    return RpcError.chain(RpcError.INVALID_OPERATION, 3010000, "tx_invalid_operation",
        "invalid transaction operation", "Invalid operation ${index} in transaction: ${errmsg}", d,
        "_validate_transaction", time);
  }

  /** golos::invalid_value from network_broadcast_api's max_block_age check. */
  static RpcError staleHead(long maxBlockAge, Instant headTime, Instant time) {
    ObjectNode d = RpcError.data();
    d.put("param", "max_block_age");
    d.put("max_block_age", maxBlockAge);
    d.put("head_block_time", Shapes.time(headTime));
    return RpcError.chain(RpcError.INVALID_PARAMETER, 1020200, "invalid_value", "Invalid value",
        "Invalid value \"${max_block_age}\" for parameter \"${param}\": head block is older", d,
        "check_max_block_age", time);
  }

  /**
   * An injected rejection with one of {@link #INJECTABLE}'s names, filled with the transaction's
   * own facts so it reads like the real one.
   */
  static RpcError injected(String name, String txId, String owner, Instant headTime, Instant expiration,
      long refBlockPrefix, Instant time) {
    return switch (name) {
      case "tx_expired" -> expired(headTime, expiration, time);
      case "tx_duplicate_transaction" -> duplicate(txId, time);
      case "tx_missing_active_auth" -> missingActive(List.of(owner), time);
      case "tx_invalid_field" -> badRefBlockPrefix(refBlockPrefix, (refBlockPrefix + 1) & 0xFFFF_FFFFL, time);
      default -> throw new IllegalArgumentException("not an injectable error: " + name);
    };
  }

  private TxErrors() {}
}
