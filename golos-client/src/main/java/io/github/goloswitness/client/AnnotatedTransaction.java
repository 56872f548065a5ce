package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.SignedTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A transaction looked up by id ({@code operation_history.get_transaction}; chain-node
 * libraries/protocol/include/golos/protocol/transaction.hpp {@code annotated_signed_transaction}: the
 * signed transaction plus {@code (transaction_id)(block_num)(transaction_num)}).
 *
 * @param transactionId {@code transaction_id}, 40 hex chars
 * @param blockNum {@code block_num}: the block holding it
 * @param transactionNum {@code transaction_num}: its index in that block
 * @param json the signed transaction as the node sent it, without the three fields above
 */
public record AnnotatedTransaction(String transactionId, long blockNum, int transactionNum, String json) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AnnotatedTransaction {
    Objects.requireNonNull(transactionId, "transactionId");
    if (!transactionId.matches("[0-9a-f]{40}")) {
      throw new IllegalArgumentException("transaction_id is not 40 lowercase hex chars: " + transactionId);
    }
    if (blockNum < 0 || transactionNum < 0) {
      throw new IllegalArgumentException("block_num or transaction_num < 0: " + blockNum + ", " + transactionNum);
    }
    Objects.requireNonNull(json, "json");
  }

  /**
   * The transaction, typed by {@link TransactionJson#readSigned(String)}.
   *
   * @throws UnsupportedContentException naming the field, if it holds what that cannot read
   */
  public SignedTransaction signed() throws UnsupportedContentException {
    try {
      return TransactionJson.readSigned(json);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedContentException("transaction " + transactionId + ": " + e.getMessage(), e);
    }
  }

  /** Each operation's JSON as the node sent it, e.g. {@code ["transfer",{...}]}. Never throws. */
  public List<String> operations() {
    List<String> out = new ArrayList<>();
    try {
      JsonNode ops = MAPPER.readTree(json).get("operations");
      if (ops != null && ops.isArray()) {
        ops.forEach(op -> out.add(op.toString()));
      }
    } catch (JsonProcessingException e) {
      // json comes from a parsed reply; unreachable
    }
    return out;
  }
}
