package io.github.goloswitness.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.Price;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns replies recorded from golosd (a file, a log, a message queue) into the same records the
 * {@link GolosClient} reads return, with the same decoders: an indexer can replay recorded data.
 * Each method takes either the whole JSON-RPC reply ({@code {"jsonrpc":"2.0","result":…,"id":1}})
 * or only its {@code result}. Unknown fields are ignored; fields that only later node versions send
 * are {@code Optional} in the records.
 *
 * <p>Immutable and thread-safe. Errors name the {@link #source()} given at creation (e.g. the file)
 * and the field.
 */
public final class ReplyParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI source;
  private final JsonRpc rpc = new JsonRpc();

  private ReplyParser(URI source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A parser whose errors name {@code source}, e.g. {@code Path.of("dgp.json").toUri()}. */
  public static ReplyParser of(URI source) {
    return new ReplyParser(source);
  }

  /** Where the replies come from, as named in errors. */
  public URI source() {
    return source;
  }

  /**
   * {@code get_dynamic_global_properties}.
   *
   * @throws UnexpectedResponseException naming the source and the field, if the text is not JSON or
   *     a field every node version sends is missing or of the wrong type
   * @throws RpcException if the text is a recorded error reply
   */
  public DynamicGlobalProperties dynamicGlobalProperties(String json) throws NodeException {
    return parse(json, "get_dynamic_global_properties", Results::dynamicGlobalProperties);
  }

  /** {@code get_config}. @throws NodeException as {@link #dynamicGlobalProperties} */
  public ChainConfig config(String json) throws NodeException {
    return parse(json, "get_config", Results::chainConfig);
  }

  /** {@code get_chain_properties}, first three fields. @throws NodeException as {@link #dynamicGlobalProperties} */
  public ChainProperties17 chainProperties(String json) throws NodeException {
    return parse(json, "get_chain_properties", Results::chainProperties);
  }

  /** {@code get_chain_properties}, the newest version whose fields are all present. @throws NodeException as above */
  public ChainProperties chainPropertiesFull(String json) throws NodeException {
    return parse(json, "get_chain_properties", r -> OperationJson.readNewestChainProperties(r, "result"));
  }

  /** {@code get_witness_by_account}; empty for JSON null. @throws NodeException as above */
  public Optional<Witness> witness(String json) throws NodeException {
    return parse(json, "get_witness_by_account", Results::witness);
  }

  /** {@code get_witness_schedule}. @throws NodeException as above */
  public WitnessSchedule witnessSchedule(String json) throws NodeException {
    return parse(json, "get_witness_schedule", Results::witnessSchedule);
  }

  /** {@code get_active_witnesses}. @throws NodeException as above */
  public List<String> activeWitnesses(String json) throws NodeException {
    return parse(json, "get_active_witnesses", r -> Results.names(r, "result"));
  }

  /**
   * {@code get_block}, or {@code get_block_with_virtual_ops} (its extra fields are ignored); empty
   * for JSON null. @throws NodeException as above
   */
  public Optional<Block> block(String json) throws NodeException {
    return parse(json, "get_block", Results::block);
  }

  /** {@code get_block_header}; empty for JSON null. @throws NodeException as above */
  public Optional<BlockHeader> blockHeader(String json) throws NodeException {
    return parse(json, "get_block_header", Results::blockHeader);
  }

  /** {@code get_accounts}. @throws NodeException as above */
  public List<Account> accounts(String json) throws NodeException {
    return parse(json, "get_accounts", Results::accounts);
  }

  /** {@code get_accounts_balances}. @throws NodeException as above */
  public List<AssetBalance> accountsBalances(String json) throws NodeException {
    return parse(json, "get_accounts_balances", HistoryResults::accountsBalances);
  }

  /** {@code get_feed_history}. @throws NodeException as above */
  public FeedHistory feedHistory(String json) throws NodeException {
    return parse(json, "get_feed_history", Results::feedHistory);
  }

  /** {@code get_current_median_history_price} (a feed price). @throws NodeException as above */
  public Price medianHistoryPrice(String json) throws NodeException {
    return parse(json, "get_current_median_history_price", Results::price);
  }

  /** {@code market_history.get_ticker}. @throws NodeException as above */
  public Ticker ticker(String json) throws NodeException {
    return parse(json, "get_ticker", Results::ticker);
  }

  /** {@code get_ops_in_block}, typed as {@link GolosClient#getOpsInBlock}. @throws NodeException as above */
  public List<AppliedOperation> opsInBlock(String json) throws NodeException {
    return parse(json, "get_ops_in_block", HistoryResults::opsInBlock);
  }

  /** {@code get_account_history}, typed as {@link GolosClient#getAccountHistory}. @throws NodeException as above */
  public List<HistoryEntry> accountHistory(String json) throws NodeException {
    return parse(json, "get_account_history", HistoryResults::accountHistory);
  }

  /** {@code operation_history.get_transaction}. @throws NodeException as above */
  public AnnotatedTransaction transaction(String json) throws NodeException {
    return parse(json, "get_transaction", HistoryResults::transaction);
  }

  private <T> T parse(String json, String what, Decoder<T> decoder) throws NodeException {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UnexpectedResponseException(source, what + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new UnexpectedResponseException(source, what + ": no JSON content");
    }
    if (tree.isObject() && tree.has("jsonrpc") && (tree.has("result") || tree.has("error"))) {
      tree = rpc.result(source, rpc.idOf(json), json);
    }
    try {
      return decoder.decode(tree);
    } catch (ShapeException e) {
      throw new UnexpectedResponseException(source, what + " result: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "ReplyParser[" + source + "]";
  }
}
