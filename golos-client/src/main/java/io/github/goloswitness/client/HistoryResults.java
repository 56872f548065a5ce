package io.github.goloswitness.client;

import static io.github.goloswitness.client.Fields.int32;
import static io.github.goloswitness.client.Fields.text;
import static io.github.goloswitness.client.Fields.unsigned;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decoders for the history and lookup reads: operation_history ({@code get_ops_in_block},
 * {@code get_transaction}), account_history ({@code get_account_history}) and
 * {@code get_accounts_balances}. An operation whose fields this library cannot type is kept as the
 * node's JSON ({@link AppliedOperation#fromTreeTolerant}), so one new field never fails a history read.
 */
final class HistoryResults {

  private static final Set<String> ANNOTATIONS = Set.of("transaction_id", "block_num", "transaction_num");

  /** {@code std::vector<applied_operation>}. */
  static List<AppliedOperation> opsInBlock(JsonNode r) throws ShapeException {
    if (!r.isArray()) {
      throw new ShapeException("get_ops_in_block result is not an array: " + Fields.brief(r));
    }
    List<AppliedOperation> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      out.add(applied(r.get(i), "[" + i + "]"));
    }
    return out;
  }

  /** {@code std::map<uint32_t, applied_operation>}, which fc writes as {@code [[key, value], ...]}. */
  static List<HistoryEntry> accountHistory(JsonNode r) throws ShapeException {
    if (!r.isArray()) {
      throw new ShapeException("get_account_history result is not an array: " + Fields.brief(r));
    }
    List<HistoryEntry> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      JsonNode pair = r.get(i);
      if (!pair.isArray() || pair.size() != 2) {
        throw new ShapeException("[" + i + "] is not [sequence, operation]: " + Fields.brief(pair));
      }
      long sequence = Fields.integer(pair.get(0), "[" + i + "][0]", 0, 0xFFFF_FFFFL);
      out.add(new HistoryEntry(sequence, applied(pair.get(1), "[" + i + "][1]")));
    }
    return out;
  }

  /** {@code annotated_signed_transaction}. */
  static AnnotatedTransaction transaction(JsonNode r) throws ShapeException {
    if (!r.isObject()) {
      throw new ShapeException("get_transaction result is not an object: " + Fields.brief(r));
    }
    ObjectNode tx = ((ObjectNode) r).deepCopy();
    ANNOTATIONS.forEach(tx::remove);
    try {
      return new AnnotatedTransaction(text(r, "transaction_id"), unsigned(r, "block_num"),
          int32(r, "transaction_num"), tx.toString());
    } catch (IllegalArgumentException e) {
      throw new ShapeException(e.getMessage());
    }
  }

  /**
   * {@code std::vector<std::map<symbol, account_balance_api_object>>}, one map per account asked
   * for, in the order asked; flattened in that order.
   */
  static List<AssetBalance> accountsBalances(JsonNode r) throws ShapeException {
    if (!r.isArray()) {
      throw new ShapeException("get_accounts_balances result is not an array: " + Fields.brief(r));
    }
    List<AssetBalance> out = new ArrayList<>();
    for (int i = 0; i < r.size(); i++) {
      JsonNode balances = r.get(i);
      if (!balances.isObject()) {
        throw new ShapeException("[" + i + "] is not an object of balances: " + Fields.brief(balances));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = balances.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode b = e.getValue();
        Asset balance = Results.asset(b, "balance");
        if (!balance.symbol().name().equals(e.getKey())) {
          throw new ShapeException("[" + i + "]." + e.getKey() + ": balance of another symbol: " + balance);
        }
        try {
          out.add(new AssetBalance(unsigned(b, "id"), text(b, "account"), balance,
              Results.asset(b, "tip_balance"),
              b.hasNonNull("market_balance") ? Optional.of(Results.asset(b, "market_balance")) : Optional.empty()));
        } catch (IllegalArgumentException ex) {
          throw new ShapeException("[" + i + "]." + e.getKey() + ": " + ex.getMessage());
        }
      }
    }
    return out;
  }

  private static AppliedOperation applied(JsonNode node, String path) throws ShapeException {
    try {
      return AppliedOperation.fromTreeTolerant(node, path);
    } catch (IllegalArgumentException e) {
      throw new ShapeException(e.getMessage());
    }
  }

  private HistoryResults() {}
}
