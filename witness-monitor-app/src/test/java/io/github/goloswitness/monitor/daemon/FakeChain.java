package io.github.goloswitness.monitor.daemon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.goloswitness.client.TransactionJson;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny chain for Monitor unit tests: one witness, blocks stepped by the test, served by any
 * number of golosd-shaped JSON-RPC nodes over real HTTP on 127.0.0.1. A node can be stopped
 * (crash) or frozen (its head stops moving). Broadcast {@code witness_update}s signed by the
 * active key change the signing key at the next block. Synchronized: nodes answer on their threads.
 */
public final class FakeChain implements AutoCloseable {
  static final String WITNESS = "alpha-wit";
  static final String URL = "https://golos.example/@alpha-wit";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String activeKey;
  private long head = 1000;
  private Instant time = Instant.parse("2026-11-26T04:00:00Z");
  private String signingKey;
  private long totalMissed;
  private long lastConfirmed = 990;
  private int participation = 128;
  private BigInteger recentSlotsFilled; // null: not sent, like a reply from an older node
  private String rejectWith;
  private List<String> schedule = List.of(WITNESS);
  private final List<SignedTransaction> pending = new ArrayList<>();
  final List<SignedTransaction> broadcasts = new CopyOnWriteArrayList<>();
  private final List<Node> nodes = new ArrayList<>();

  public FakeChain(String signingKey, String activeKey) {
    this.signingKey = signingKey;
    this.activeKey = activeKey;
  }

  /** The chain's clock: head time plus one second (the monitors poll just after a block). */
  InstantSource clock() {
    return () -> now().plusSeconds(1);
  }

  synchronized Instant now() {
    return time;
  }

  synchronized String signingKey() {
    return signingKey;
  }

  synchronized long totalMissed() {
    return totalMissed;
  }

  /** Another witness's block; pending key changes are applied. */
  synchronized void block() {
    head++;
    time = time.plusSeconds(3);
    applyPending();
  }

  /** Our witness's slot: produced if {@code produced}, else a miss recorded by the next block. */
  synchronized void ourSlot(boolean produced) {
    if (produced) {
      block();
      lastConfirmed = head;
    } else {
      time = time.plusSeconds(3); // the empty slot
      block();
      totalMissed++;
    }
  }

  /** The names {@code get_witness_schedule} lists (current_shuffled_witnesses), from now on. */
  synchronized void schedule(String... names) {
    schedule = List.of(names);
  }

  synchronized void participation(int count) {
    participation = count;
  }

  /** Nodes send this {@code recent_slots_filled} (a decimal string, as golosd) from now on. */
  synchronized void recentSlotsFilled(BigInteger mask) {
    recentSlotsFilled = mask;
  }

  /** Broadcasts are answered with this golosd error name, or accepted when null. */
  synchronized void rejectBroadcasts(String errorName) {
    rejectWith = errorName;
  }

  private void applyPending() {
    for (SignedTransaction tx : pending) {
      signingKey = ((WitnessUpdate) tx.transaction().operations().get(0)).blockSigningKey().toString();
    }
    pending.clear();
  }

  public Node node() throws IOException {
    Node n = new Node();
    nodes.add(n);
    return n;
  }

  @Override
  public void close() {
    nodes.forEach(Node::stop);
  }

  /** One golosd over HTTP. */
  public final class Node {
    private final HttpServer server;
    private volatile ObjectNode frozenHead;
    private volatile boolean garbage;
    private volatile ChainId chainId = ChainId.GOLOS_MAINNET;

    private Node() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/", this::serve);
      server.start();
    }

    public URI uri() {
      return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void stop() {
      server.stop(0);
    }

    /** The node answers every call with a malformed result (a number where an object belongs). */
    void garbage(boolean on) {
      garbage = on;
    }

    /** The node reports {@code id} in {@code get_config} (a node of another chain). */
    public void chainId(ChainId id) {
      chainId = id;
    }

    /** The node's head stops moving (it lost its peers) until {@code freeze(false)}. */
    void freeze(boolean frozen) {
      synchronized (FakeChain.this) {
        frozenHead = frozen ? dgp() : null;
      }
    }

    private void serve(HttpExchange ex) throws IOException {
      try (ex) {
        JsonNode req = JSON.readTree(ex.getRequestBody());
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0");
        JsonNode params = req.get("params");
        try {
          reply.set("result", garbage ? JSON.getNodeFactory().numberNode(42) : answer(params.get(1).asText(), params.get(2)));
        } catch (RpcError e) {
          ObjectNode err = reply.putObject("error").put("code", e.code).put("message", e.getMessage());
          err.putObject("data").put("name", e.name).put("message", e.getMessage());
        }
        reply.set("id", req.get("id"));
        byte[] bytes = reply.toString().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
      }
    }

    private JsonNode answer(String method, JsonNode args) throws RpcError {
      synchronized (FakeChain.this) {
        switch (method) {
          case "get_dynamic_global_properties":
            return frozenHead != null ? frozenHead : dgp();
          case "get_witness_by_account":
            return args.get(0).asText().equals(WITNESS) ? witness() : JSON.nullNode();
          case "get_hardfork_version":
            return JSON.getNodeFactory().textNode("0.30.0");
          case "get_config":
            return JSON.createObjectNode().put("STEEMIT_CHAIN_ID", chainId.toHex())
                .put("STEEMIT_ADDRESS_PREFIX", "GLS").put("STEEMIT_BLOCK_INTERVAL", 3)
                .put("STEEMIT_MAX_WITNESSES", 21).put("STEEMIT_MAX_TIME_UNTIL_EXPIRATION", 3600)
                .put("STEEMIT_BLOCKCHAIN_VERSION", "0.30.0");
          case "get_accounts":
            return accounts(args.get(0));
          case "get_witness_schedule":
            return schedule();
          case "broadcast_transaction":
            return broadcast(args);
          default:
            throw new RpcError(-32601, "unknown_method", "Could not find method " + method);
        }
      }
    }

    private JsonNode broadcast(JsonNode args) throws RpcError {
      if (rejectWith != null) {
        throw new RpcError(-32003, rejectWith, "rejected by the test");
      }
      SignedTransaction tx = TransactionJson.readSigned(args.get(0).toString());
      if (!tx.signers(ChainId.GOLOS_MAINNET).stream().anyMatch(k -> k.toString().equals(activeKey))) {
        throw new RpcError(-32004, "tx_missing_active_auth", "Missing Active Authority [\"" + WITNESS + "\"]");
      }
      broadcasts.add(tx);
      pending.add(tx);
      return JSON.createObjectNode();
    }
  }

  private ObjectNode dgp() {
    ObjectNode dgp = JSON.createObjectNode();
    if (recentSlotsFilled != null) {
      dgp.put("recent_slots_filled", recentSlotsFilled.toString());
    }
    return dgp
        .put("head_block_number", head)
        .put("head_block_id", String.format("%08x", head) + "00112233445566778899aabbccddeeff")
        .put("time", time.truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", ""))
        .put("current_witness", "someone")
        .put("participation_count", participation)
        .put("last_irreversible_block_num", head - 2)
        .put("current_aslot", head)
        .put("maximum_block_size", 131072);
  }

  private ObjectNode schedule() {
    ObjectNode o = JSON.createObjectNode().put("id", 0).put("current_virtual_time", "0")
        .put("next_shuffle_block_num", head + 21);
    var names = o.putArray("current_shuffled_witnesses");
    schedule.forEach(names::add);
    o.put("num_scheduled_witnesses", schedule.size()).put("top19_weight", 1).put("timeshare_weight", 5)
        .put("miner_weight", 1).put("witness_pay_normalization_factor", 25);
    o.putObject("median_props").put("account_creation_fee", "1.000 GOLOS").put("maximum_block_size", 131072)
        .put("sbd_interest_rate", 0);
    return o.put("majority_version", "0.30.0");
  }

  private JsonNode accounts(JsonNode names) {
    var list = JSON.createArrayNode();
    for (JsonNode name : names) {
      if (name.asText().equals(WITNESS)) {
        ObjectNode a = list.addObject().put("name", WITNESS).put("memo_key", activeKey);
        for (String role : List.of("owner", "active", "posting")) {
          ObjectNode auth = a.putObject(role).put("weight_threshold", 1);
          auth.putArray("account_auths");
          auth.putArray("key_auths").addArray().add(activeKey).add(1);
        }
      }
    }
    return list;
  }

  private ObjectNode witness() {
    ObjectNode w = JSON.createObjectNode()
        .put("owner", WITNESS).put("url", URL).put("votes", "1000")
        .put("total_missed", totalMissed).put("last_confirmed_block_num", lastConfirmed)
        .put("last_aslot", head).put("signing_key", signingKey)
        .put("running_version", "0.30.0").put("hardfork_version_vote", "0.30.0")
        .put("hardfork_time_vote", "2026-01-01T00:00:00").put("created", "2016-10-18T11:00:00")
        // the rest of golosd's witness_api_object, which the client reads too
        .put("id", 0).put("virtual_last_update", "0").put("virtual_position", "0")
        .put("virtual_scheduled_time", "340282366920938463463374607431768211455").put("pow_worker", 0)
        .put("last_sbd_exchange_update", "2016-10-18T11:00:00").put("last_work", "0".repeat(64));
    w.putObject("sbd_exchange_rate").put("base", "1.000 GBG").put("quote", "1.000 GOLOS");
    w.putObject("props").put("account_creation_fee", "1.000 GOLOS").put("maximum_block_size", 131072)
        .put("sbd_interest_rate", 0);
    return w;
  }

  private static final class RpcError extends Exception {
    private static final long serialVersionUID = 1L;
    final int code;
    final String name;

    RpcError(int code, String name, String message) {
      super(message);
      this.code = code;
      this.name = name;
    }
  }
}
