package io.github.goloswitness.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.Transaction;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Blocking JSON-RPC client for golosd nodes, speaking only golosd's envelope
 * {@code {"jsonrpc":"2.0","id":N,"method":"call","params":[api, method, [args]]}} over HTTP(S) or
 * WebSocket. Method names are the node's, in camelCase.
 *
 * <p>Thread-safe; build once with {@link #builder(List)}, share, and {@link #close()} at the end.
 *
 * <p><b>Reads</b> go to the first healthy endpoint and fail over to the next on any transport or
 * protocol failure (never on an {@link RpcException}, which is the node's answer), with bounded
 * retry rounds and backoff. <b>Broadcasts</b> move to another endpoint only if the request never
 * reached the node ({@link NodeUnreachableException}); a timeout or lost connection is thrown,
 * because the transaction may already be on its way into a block. Over HTTP, a call whose
 * connection the node closed before any reply (golosd closes each after one reply) is first sent
 * again on a new connection, at most three times. See {@code docs/client.md}.
 *
 * <p>Every failure is a checked {@link IOException}: a {@link NodeException} subtype naming the
 * node, a {@link DisagreementException} from {@link #readQuorum}, a {@link ClientClosedException}
 * when {@link #close()} cut the call off, or an {@link java.io.InterruptedIOException} when the
 * calling thread was interrupted (the exchange in flight is abandoned at once and the thread's
 * interrupt flag is set again).
 *
 * <p>(Size: over 300 lines because this is the module's one entry type, one short method per golosd
 * call with its contract; the logic lives in {@code Dispatcher}, {@code Results} and
 * {@link BlockStream}.)
 */
public final class GolosClient implements AutoCloseable {

  private final Dispatcher dispatcher;
  private final Duration broadcastTimeout;
  private final boolean owner;
  private final AtomicBoolean closed;
  private final AtomicReference<ChainId> chainId = new AtomicReference<>();

  private GolosClient(Dispatcher dispatcher, Duration broadcastTimeout, boolean owner, AtomicBoolean closed) {
    this.dispatcher = dispatcher;
    this.broadcastTimeout = broadcastTimeout;
    this.owner = owner;
    this.closed = closed;
  }

  /** A builder for a client of these endpoints, in order of preference. */
  public static Builder builder(List<URI> nodes) {
    return new Builder(nodes);
  }

  /** Same as {@link #builder(List)}. */
  public static Builder builder(URI... nodes) {
    return new Builder(List.of(nodes));
  }

  /** The endpoints, in configured order. */
  public List<URI> nodes() {
    return dispatcher.transports().stream().map(Transport::uri).toList();
  }

  // ---- database_api ----

  /** {@code database_api.get_dynamic_global_properties}: head block, time, participation. */
  public DynamicGlobalProperties getDynamicGlobalProperties() throws IOException {
    return read("database_api", "get_dynamic_global_properties", args(), Results::dynamicGlobalProperties);
  }

  /** {@code database_api.get_config}: chain constants (chain id, address prefix, …). */
  public ChainConfig getConfig() throws IOException {
    return read("database_api", "get_config", args(), Results::chainConfig);
  }

  /**
   * {@code database_api.get_chain_properties}: the median chain properties voted by witnesses (the
   * first three fields; later ones are ignored).
   */
  public ChainProperties17 getChainProperties() throws IOException {
    return read("database_api", "get_chain_properties", args(), Results::chainProperties);
  }

  /**
   * {@code database_api.get_chain_properties} in full: the newest {@link ChainProperties} version
   * whose fields the node sent (e.g. {@code ChainProperties30} from a v0.30 node).
   */
  public ChainProperties getChainPropertiesFull() throws IOException {
    return read("database_api", "get_chain_properties", args(),
        r -> OperationJson.readNewestChainProperties(r, "result"));
  }

  /** {@code database_api.get_hardfork_version}, e.g. "0.30.0". */
  public String getHardforkVersion() throws IOException {
    return read("database_api", "get_hardfork_version", args(), Results::string);
  }

  /** {@code database_api.get_block_header}; empty if the node has no such block. */
  public Optional<BlockHeader> getBlockHeader(long blockNum) throws IOException {
    return read("database_api", "get_block_header", args().add(blockNumber(blockNum)), Results::blockHeader);
  }

  /**
   * {@code database_api.get_block}; empty if the node has no such block. A reply holding another
   * block than {@code blockNum} (judged by its {@code previous}) is an
   * {@link UnexpectedResponseException}, and a read fails over to the next node.
   */
  public Optional<Block> getBlock(long blockNum) throws IOException {
    return read("database_api", "get_block", args().add(blockNumber(blockNum)), r -> {
      Optional<Block> b = Results.block(r);
      if (b.isPresent() && b.get().number() != blockNum) {
        throw new ShapeException("asked for block " + blockNum + ", got block " + b.get().number());
      }
      return b;
    });
  }

  /**
   * A {@link BlockStream} builder reading through this client.
   *
   * @param clock what the stream's deadline is measured on (the system clock, taken in an
   *     application's {@code main}; tests pass a fake one that their sleeper advances)
   * @see BlockStream
   */
  public BlockStream.Builder blockStream(InstantSource clock) {
    return BlockStream.builder(this, clock);
  }

  /** {@code database_api.get_accounts}: the accounts that exist among {@code names}, in node order. */
  public List<Account> getAccounts(List<String> names) throws IOException {
    ArrayNode list = args();
    names.forEach(n -> list.add(Objects.requireNonNull(n, "names contains null")));
    return read("database_api", "get_accounts", args().add(list), Results::accounts);
  }

  /**
   * {@code database_api.get_accounts_balances}: every user-issued asset balance of the accounts
   * (e.g. {@code YMSTEEM}, {@code YMUSDT.GOLOS}), account by account in the order asked, symbols in
   * the node's order.
   */
  public List<AssetBalance> getAccountsBalances(List<String> names) throws IOException {
    ArrayNode list = args();
    names.forEach(n -> list.add(Objects.requireNonNull(n, "names contains null")));
    return read("database_api", "get_accounts_balances", args().add(list), HistoryResults::accountsBalances);
  }

  // ---- operation_history, account_history ----

  /**
   * {@code operation_history.get_ops_in_block}: the operations of a block, with the virtual ones the
   * node applied for it. An operation with fields this library cannot type comes as the node's JSON
   * (a {@code RawOperation} or {@link OtherVirtualOperation}); the node keeps only what its
   * {@code history-*-ops} settings allow.
   *
   * @param onlyVirtual only the virtual operations
   */
  public List<AppliedOperation> getOpsInBlock(long blockNum, boolean onlyVirtual) throws IOException {
    return read("operation_history", "get_ops_in_block", args().add(blockNumber(blockNum)).add(onlyVirtual),
        HistoryResults::opsInBlock);
  }

  /**
   * {@code operation_history.get_transaction}: a transaction by id with the block that holds it;
   * empty if the node answers {@code missing_object} (unknown to it, or older than its history).
   *
   * @param id 40 hex chars
   * @throws IllegalArgumentException if id is not 40 hex chars
   */
  public Optional<AnnotatedTransaction> getTransaction(String id) throws IOException {
    Objects.requireNonNull(id, "id");
    if (!id.matches("[0-9a-fA-F]{40}")) {
      throw new IllegalArgumentException("transaction id is not 40 hex chars: " + id);
    }
    try {
      return Optional.of(read("operation_history", "get_transaction", args().add(id.toLowerCase(java.util.Locale.ROOT)),
          HistoryResults::transaction));
    } catch (RpcException e) {
      if (e.name().filter("missing_object"::equals).isPresent()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * {@code account_history.get_account_history}: up to {@code limit} entries of an account's
   * history ending at sequence number {@code from}, oldest first. Operations are typed as in
   * {@link #getOpsInBlock}.
   *
   * @param from the newest sequence number wanted, or -1 for the most recent
   * @param limit 1 to 10000 (chain-node 0.30 ACCOUNT_HISTORY_MAX_LIMIT); the node also requires
   *     {@code from >= limit} unless {@code from} is -1
   * @throws IllegalArgumentException if from or limit is out of range
   */
  public List<HistoryEntry> getAccountHistory(String account, long from, int limit) throws IOException {
    Objects.requireNonNull(account, "account");
    if (from < -1 || from > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("from not in -1..2^32-1: " + from);
    }
    if (limit < 1 || limit > 10_000) {
      throw new IllegalArgumentException("limit not in 1..10000: " + limit);
    }
    return read("account_history", "get_account_history", args().add(account).add(from).add(limit),
        HistoryResults::accountHistory);
  }

  /**
   * {@code database_api.get_transaction_hex}: the node's fc::raw serialization of a transaction,
   * as hex — to check our own serializer against a node.
   *
   * @param transactionJson a transaction as golosd JSON
   * @throws IllegalArgumentException if it is not a JSON object
   */
  public String getTransactionHex(String transactionJson) throws IOException {
    return read("database_api", "get_transaction_hex", args().add(object(transactionJson)), Results::string);
  }

  /** As {@link #getTransactionHex(String)}, for one of our transactions. */
  public String getTransactionHex(Transaction transaction) throws IOException {
    Objects.requireNonNull(transaction, "transaction");
    return read("database_api", "get_transaction_hex", args().add(TransactionJson.toTree(transaction)),
        Results::string);
  }

  // ---- market_history ----

  /** {@code market_history.get_ticker}: the internal GOLOS/GBG market over the last 24 hours. */
  public Ticker getTicker() throws IOException {
    return read("market_history", "get_ticker", args(), Results::ticker);
  }

  // ---- witness_api ----

  /**
   * {@code witness_api.get_feed_history}: the median price feed and its recent history.
   */
  public FeedHistory getFeedHistory() throws IOException {
    return read("witness_api", "get_feed_history", args(), Results::feedHistory);
  }

  /** {@code witness_api.get_current_median_history_price}: the price the chain converts GBG at. */
  public Price getCurrentMedianHistoryPrice() throws IOException {
    return read("witness_api", "get_current_median_history_price", args(), Results::price);
  }

  /** {@code witness_api.get_witness_by_account}; empty if the account is not a witness. */
  public Optional<Witness> getWitnessByAccount(String account) throws IOException {
    Objects.requireNonNull(account, "account");
    return read("witness_api", "get_witness_by_account", args().add(account), Results::witness);
  }

  /** {@code witness_api.get_witness_schedule}. */
  public WitnessSchedule getWitnessSchedule() throws IOException {
    return read("witness_api", "get_witness_schedule", args(), Results::witnessSchedule);
  }

  /** {@code witness_api.get_active_witnesses}: the current round's witnesses (empty slots dropped). */
  public List<String> getActiveWitnesses() throws IOException {
    return read("witness_api", "get_active_witnesses", args(), r -> Results.names(r, "result"));
  }

  // ---- network_broadcast_api ----

  /**
   * {@code network_broadcast_api.broadcast_transaction}: returns once the node accepted the
   * transaction into its pending pool and relayed it (not yet in a block).
   *
   * @param signedTransactionJson a signed transaction as golosd JSON
   * @throws RpcException the node rejected it (e.g. {@code tx_missing_active_auth}, {@code tx_expired})
   * @throws NodeTimeoutException outcome unknown: it may or may not be on chain later
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public void broadcastTransaction(String signedTransactionJson) throws IOException {
    broadcast("broadcast_transaction", args().add(object(signedTransactionJson)), Results::empty);
  }

  /**
   * {@code network_broadcast_api.broadcast_transaction_synchronous}: waits until the transaction is
   * in a block (or expired), up to the builder's {@code broadcastTimeout}.
   *
   * @see #broadcastTransaction(String) for the failure contract
   */
  public TransactionConfirmation broadcastTransactionSynchronous(String signedTransactionJson) throws IOException {
    return broadcast("broadcast_transaction_synchronous", args().add(object(signedTransactionJson)),
        Results::confirmation);
  }

  /**
   * As {@link #broadcastTransactionSynchronous(String)}, and the node refuses (-32002) if its head
   * block is older than {@code maxBlockAge}: a stale node must not be trusted with the broadcast.
   */
  public TransactionConfirmation broadcastTransactionSynchronous(String signedTransactionJson, Duration maxBlockAge)
      throws IOException {
    return broadcast("broadcast_transaction_synchronous",
        args().add(object(signedTransactionJson)).add(seconds(maxBlockAge)), Results::confirmation);
  }

  /**
   * {@code network_broadcast_api.broadcast_transaction} of a signed transaction.
   *
   * @see #broadcastTransaction(String) for the failure contract
   */
  public void broadcastTransaction(SignedTransaction transaction) throws IOException {
    Objects.requireNonNull(transaction, "transaction");
    broadcast("broadcast_transaction", args().add(TransactionJson.toTree(transaction)), Results::empty);
  }

  /**
   * {@code network_broadcast_api.broadcast_transaction_synchronous} of a signed transaction; the
   * node must confirm this transaction's id, or the reply is an {@link UnexpectedResponseException}.
   * {@code maxBlockAge} may be null (no staleness check by the node).
   *
   * @see #broadcastTransactionSynchronous(String, Duration)
   */
  public TransactionConfirmation broadcastTransactionSynchronous(SignedTransaction transaction, Duration maxBlockAge)
      throws IOException {
    Objects.requireNonNull(transaction, "transaction");
    ArrayNode args = args().add(TransactionJson.toTree(transaction));
    if (maxBlockAge != null) {
      args.add(seconds(maxBlockAge));
    }
    String id = transaction.id();
    return broadcast("broadcast_transaction_synchronous", args, r -> {
      TransactionConfirmation c = Results.confirmation(r);
      if (!c.id().equals(id)) {
        throw new ShapeException("confirmed transaction " + c.id() + " but we sent " + id);
      }
      return c;
    });
  }

  // ---- prepare, sign, broadcast ----

  /**
   * The chain id from {@code get_config}, read once per client and then remembered (it never
   * changes for a chain).
   */
  public ChainId getChainId() throws IOException {
    ChainId known = chainId.get();
    if (known == null) {
      known = getConfig().chainId();
      chainId.compareAndSet(null, known);
    }
    return known;
  }

  /**
   * A transaction of {@code operations} referring to the current head block and expiring
   * {@code ttl} after the head block's time (both from {@code get_dynamic_global_properties},
   * never from the local clock).
   *
   * @param ttl 1 s .. 3600 s
   * @throws IllegalArgumentException if ttl is out of range or the operations are rejected
   */
  public Transaction prepareTransaction(Duration ttl, List<Operation> operations) throws IOException {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(operations, "operations");
    return TransactionHeader.from(getDynamicGlobalProperties(), ttl).toTransaction(operations);
  }

  /**
   * Prepares (see {@link #prepareTransaction}), signs with {@code keys} for this chain's id and
   * broadcasts synchronously, returning once the transaction is in a block (up to the builder's
   * {@code broadcastTimeout}). The pieces are public for callers that need control:
   * {@link #prepareTransaction}, {@link Transaction#sign}, {@link #broadcastTransactionSynchronous(SignedTransaction,
   * Duration)}.
   *
   * <p>Keys are used only to sign; they are never sent, logged or put in an exception.
   *
   * @param ttl time to live after the head block time, 1 s .. 3600 s
   * @param keys the private keys whose signatures the operations need (at least one)
   * @return the node's confirmation: block number and index, or {@code expired} if the
   *     transaction expired before a block took it
   * @throws RpcException the node rejected it (missing authority, bad operation, …)
   * @throws NodeTimeoutException outcome unknown: read the chain before trying again
   */
  public TransactionConfirmation signAndBroadcast(List<Operation> operations, Duration ttl, PrivateKey... keys)
      throws IOException {
    Objects.requireNonNull(keys, "keys");
    if (keys.length == 0) {
      throw new IllegalArgumentException("keys is empty: a transaction needs at least one signature");
    }
    Transaction tx = prepareTransaction(ttl, operations);
    SignedTransaction signed = tx.sign(getChainId(), keys);
    return broadcastTransactionSynchronous(signed, null);
  }

  // ---- generic ----

  /**
   * Calls any golosd method; {@code args} are Java values (String, Number, Boolean, null, List,
   * Map) sent as the positional args array. Calls to {@code network_broadcast_api} follow the
   * broadcast rule, everything else the read rule.
   *
   * @return the {@code result} as JSON text ({@code "null"} for a null result)
   */
  public String call(String api, String method, Object... args) throws IOException {
    return callWithJsonArgs(api, method, dispatcher.rpc().args(args).toString());
  }

  /**
   * As {@link #call}, with the args array given as JSON text, e.g. {@code ["alpha-wit"]}.
   *
   * @throws IllegalArgumentException if {@code argsJsonArray} is not a JSON array
   */
  public String callWithJsonArgs(String api, String method, String argsJsonArray) throws IOException {
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(method, "method");
    JsonNode parsed = dispatcher.rpc().parse(argsJsonArray, "argsJsonArray");
    if (!(parsed instanceof ArrayNode array)) {
      throw new IllegalArgumentException("argsJsonArray is not a JSON array: " + Fields.brief(parsed));
    }
    if (api.equals("network_broadcast_api")) {
      return broadcast(method, array, JsonNode::toString);
    }
    return read(api, method, array, JsonNode::toString);
  }

  // ---- quorum ----

  /**
   * Runs {@code read} against every endpoint (one after another, each with this client's retry
   * rules but no failover) and returns the value that at least {@code required} endpoints saw.
   *
   * @throws DisagreementException no value reached {@code required}; it says who saw what
   * @throws IllegalArgumentException if {@code required} is not in 1..number of endpoints
   */
  public <T> T readQuorum(int required, NodeRead<T> read) throws IOException {
    List<GolosClient> views = dispatcher.transports().stream().map(this::on).toList();
    return Quorum.read(views, required, read);
  }

  /** A view of this client that talks to {@code node} only (no failover); closing it does nothing. */
  public GolosClient only(URI node) {
    for (Transport t : dispatcher.transports()) {
      if (t.uri().equals(node)) {
        return on(t);
      }
    }
    throw new IllegalArgumentException("not an endpoint of this client: " + node);
  }

  private GolosClient on(Transport t) {
    return new GolosClient(dispatcher.only(t), broadcastTimeout, false, closed);
  }

  // ---- plumbing ----

  private <T> T read(String api, String method, ArrayNode args, Decoder<T> decoder) throws IOException {
    checkOpen();
    return dispatcher.read(api, method, args, decoder); // closed meanwhile: ClientClosedException
  }

  private <T> T broadcast(String method, ArrayNode args, Decoder<T> decoder) throws IOException {
    checkOpen();
    return dispatcher.broadcast("network_broadcast_api", method, args, decoder, broadcastTimeout);
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("client is closed");
    }
  }

  private ArrayNode args() {
    return dispatcher.rpc().newArgs();
  }

  private JsonNode object(String json) {
    Objects.requireNonNull(json, "transaction JSON");
    JsonNode node = dispatcher.rpc().parse(json, "transaction JSON");
    if (!node.isObject()) {
      throw new IllegalArgumentException("transaction JSON is not an object: " + Fields.brief(node));
    }
    return node;
  }

  private static long blockNumber(long n) {
    if (n < 1 || n > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("blockNum not in 1..2^32-1: " + n);
    }
    return n;
  }

  private static long seconds(Duration maxBlockAge) {
    if (maxBlockAge.isNegative() || maxBlockAge.isZero()) {
      throw new IllegalArgumentException("maxBlockAge must be positive: " + maxBlockAge);
    }
    return maxBlockAge.toSeconds();
  }

  /**
   * Closes the client: the calls running on it are cut off and throw {@link ClientClosedException}
   * (checked; a broadcast cut off this way may have reached the node), an exchange in flight at
   * once, a read pausing between retry rounds when its pause ends; WebSocket connections are closed, and any later call throws
   * {@code IllegalStateException("client is closed")}. Views from {@link #only} and
   * {@link #readQuorum} share the connections and are closed with this one. Idempotent; does not
   * wait for the calls it cuts off. Idle pooled HTTP connections belong to the JDK's
   * {@code HttpClient}, which Java 17 cannot close: they are released when it is garbage-collected.
   */
  @Override
  public void close() {
    if (owner && closed.compareAndSet(false, true)) {
      dispatcher.transports().forEach(Transport::close);
    }
  }

  @Override
  public String toString() {
    return "GolosClient" + nodes();
  }

  /**
   * Settings of a {@link GolosClient}; every setting is validated when set. Not thread-safe.
   */
  public static final class Builder {
    private final List<URI> nodes;
    private Duration timeout = Duration.ofSeconds(10);
    private Duration broadcastTimeout = Duration.ofSeconds(60);
    private int maxRetries = 2;
    private Duration backoff = Duration.ofMillis(500);
    private long maxResponseBytes = 16L << 20;
    private Sleeper sleeper = Sleeper.system();
    private RpcListener listener = RpcListener.NONE;

    private Builder(List<URI> nodes) {
      if (nodes.isEmpty()) {
        throw new IllegalArgumentException("nodes is empty");
      }
      for (URI u : nodes) {
        Objects.requireNonNull(u, "nodes contains null");
        String scheme = String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT);
        if (!List.of("http", "https", "ws", "wss").contains(scheme) || u.getHost() == null) {
          throw new IllegalArgumentException("node is not an http(s):// or ws(s):// URL with a host: " + u);
        }
      }
      if (new HashSet<>(nodes).size() != nodes.size()) {
        throw new IllegalArgumentException("nodes has duplicates: " + nodes);
      }
      this.nodes = List.copyOf(nodes);
    }

    /** Connect timeout and longest wait for a reply's bytes, per call and endpoint (default 10 s). */
    public Builder timeout(Duration timeout) {
      this.timeout = positive(timeout, "timeout");
      return this;
    }

    /** The same for broadcasts, which may wait for inclusion in a block (default 60 s). */
    public Builder broadcastTimeout(Duration broadcastTimeout) {
      this.broadcastTimeout = positive(broadcastTimeout, "broadcastTimeout");
      return this;
    }

    /** Extra rounds over all endpoints after every one failed a read (default 2; 0 = none). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100) {
        throw new IllegalArgumentException("maxRetries not in 0..100: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Pause before the first retry round, doubled for each next one, capped at 30 s (default 500 ms). */
    public Builder backoff(Duration backoff) {
      Objects.requireNonNull(backoff, "backoff");
      if (backoff.isNegative()) {
        throw new IllegalArgumentException("backoff < 0: " + backoff);
      }
      this.backoff = backoff;
      return this;
    }

    /** Largest accepted reply in bytes (characters over WebSocket); default 16 MiB. */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes < 1024: " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /** How to wait between retry rounds (default {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Told about every RPC attempt's outcome per node (default: none). */
    public Builder listener(RpcListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** A new client; opens no connection until the first call. */
    public GolosClient build() {
      JsonRpc rpc = new JsonRpc();
      List<Transport> transports = new ArrayList<>();
      for (URI u : nodes) {
        transports.add(u.getScheme().toLowerCase(java.util.Locale.ROOT).startsWith("ws")
            ? new WebSocketTransport(u, timeout, maxResponseBytes, rpc)
            : new HttpTransport(u, timeout, maxResponseBytes));
      }
      AtomicBoolean closed = new AtomicBoolean();
      return new GolosClient(new Dispatcher(transports, rpc, timeout, maxRetries, backoff, sleeper, listener, closed),
          broadcastTimeout, true, closed);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }
  }
}
