package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.goloswitness.client.AppliedOperation;
import io.github.goloswitness.client.AssetBalance;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.BlockHeader;
import io.github.goloswitness.client.BlockStream;
import io.github.goloswitness.client.ChainConfig;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.FeedHistory;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.HistoryEntry;
import io.github.goloswitness.client.Ticker;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.client.WitnessSchedule;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.ChainProperties30;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.SignedTransaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every typed read of golos-client against node A, over HTTP and over WebSocket: each value the
 * client returns is compared with the node's raw JSON for the same call on the same transport
 * (values that move with the head are read raw first, then typed, and compared at the same head).
 * Runs after the every-operation test, so there are UIA balances, history, market activity and
 * transactions to read.
 */
@ExtendWith(TestnetExtension.class)
@Order(3)
class TypedReadsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Testnet net;
  private final Map<String, AtomicInteger> checked = new ConcurrentHashMap<>();

  TypedReadsTest(Testnet net) {
    this.net = net;
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "ws"})
  void everyTypedReadEqualsTheNodesRawReply(String transport) throws Exception {
    GolosdNode a = net.node("a");
    URI uri = transport.equals("http") ? a.http() : a.ws();
    try (GolosClient c = GolosClient.builder(uri).timeout(Duration.ofSeconds(10)).build()) {
      dynamicGlobalProperties(c);
      config(c);
      chainProperties(c);
      check("get_hardfork_version", c.getHardforkVersion(), raw(c, "database_api", "get_hardfork_version").asText());
      long n = blockWithTransactions(c);
      block(c, n);
      accounts(c);
      history(c, n);
      feeds(c);
      witnesses(c);
      quorum(c);
    }
    List<String> names = new ArrayList<>(checked.keySet());
    names.sort(null);
    StringBuilder t = new StringBuilder("| read | values compared |\n| --- | --- |\n");
    names.forEach(k -> t.append("| ").append(k).append(" | ").append(checked.get(k)).append(" |\n"));
    net.figures().section("2-reads-" + transport, "## Typed reads over " + transport + " (node A), against the node's raw JSON\n\n"
        + names.size() + " reads, every one equal to the raw reply:\n\n" + t);
    assertThat(names).hasSizeGreaterThanOrEqualTo(20);
  }

  private void dynamicGlobalProperties(GolosClient c) throws IOException {
    for (int attempt = 0; ; attempt++) {
      JsonNode r = raw(c, "database_api", "get_dynamic_global_properties");
      DynamicGlobalProperties d = c.getDynamicGlobalProperties();
      if (d.headBlockNumber() != r.path("head_block_number").asLong() && attempt < 5) {
        continue; // a block came in between: read both again
      }
      check("get_dynamic_global_properties", d.headBlockNumber(), r.path("head_block_number").asLong());
      check("get_dynamic_global_properties", d.headBlockId(), r.path("head_block_id").asText());
      check("get_dynamic_global_properties", d.time(), instant(r.path("time")));
      check("get_dynamic_global_properties", d.currentWitness(), r.path("current_witness").asText());
      check("get_dynamic_global_properties", (long) d.participationCount(), r.path("participation_count").asLong());
      check("get_dynamic_global_properties", d.lastIrreversibleBlockNum(), r.path("last_irreversible_block_num").asLong());
      check("get_dynamic_global_properties", d.maximumBlockSize(), r.path("maximum_block_size").asLong());
      check("get_dynamic_global_properties", d.supply().orElseThrow().currentSupply().toString(),
          r.path("current_supply").asText());
      check("get_dynamic_global_properties", d.supply().orElseThrow().totalVestingShares().toString(),
          r.path("total_vesting_shares").asText());
      return;
    }
  }

  private void config(GolosClient c) throws IOException {
    JsonNode r = raw(c, "database_api", "get_config");
    ChainConfig cfg = c.getConfig();
    check("get_config", cfg.chainId().toHex(), r.path("STEEMIT_CHAIN_ID").asText());
    check("get_config", cfg.addressPrefix(), r.path("STEEMIT_ADDRESS_PREFIX").asText());
    check("get_config", (long) cfg.blockInterval(), r.path("STEEMIT_BLOCK_INTERVAL").asLong());
    check("get_config", (long) cfg.maxWitnesses(), r.path("STEEMIT_MAX_WITNESSES").asLong());
    check("get_config", (long) cfg.maxTimeUntilExpiration(), r.path("STEEMIT_MAX_TIME_UNTIL_EXPIRATION").asLong());
    check("get_config", cfg.blockchainVersion(), r.path("STEEMIT_BLOCKCHAIN_VERSION").asText());
    check("get_config (getChainId)", c.getChainId().toHex(), r.path("STEEMIT_CHAIN_ID").asText());
  }

  private void chainProperties(GolosClient c) throws IOException {
    JsonNode r = raw(c, "database_api", "get_chain_properties");
    ChainProperties17 p = c.getChainProperties();
    check("get_chain_properties", p.accountCreationFee().toString(), r.path("account_creation_fee").asText());
    check("get_chain_properties", p.maximumBlockSize(), r.path("maximum_block_size").asLong());
    check("get_chain_properties", (long) p.sbdInterestRate(), r.path("sbd_interest_rate").asLong());
    ChainProperties30 full = (ChainProperties30) c.getChainPropertiesFull();
    check("get_chain_properties (full, v30)", full.privateGroupGolosPower().toString(),
        r.path("private_group_golos_power").asText());
    check("get_chain_properties (full, v30)", full.base().nftIssueCost().toString(), r.path("nft_issue_cost").asText());
    check("get_chain_properties (full, v30)", full.base().base().base().base().convertFeePercent() + "",
        r.path("convert_fee_percent").asText());
  }

  /** The block of alpha's newest transaction (its feed or a vote), as its account history says. */
  private static long blockWithTransactions(GolosClient c) throws IOException {
    JsonNode h = raw(c, "account_history", "get_account_history", Bootstrap.ALPHA, -1, 20);
    for (int i = h.size() - 1; i >= 0; i--) {
      JsonNode op = h.get(i).path(1);
      if (!op.path("trx_id").asText().matches("0+")) {
        return op.path("block").asLong();
      }
    }
    throw new AssertionError("alpha's history has no transaction: " + h);
  }

  private void block(GolosClient c, long n) throws IOException {
    JsonNode r = raw(c, "database_api", "get_block", n);
    Block b = c.getBlock(n).orElseThrow();
    check("get_block", b.header().previous(), r.path("previous").asText());
    check("get_block", b.header().timestamp(), instant(r.path("timestamp")));
    check("get_block", b.header().witness(), r.path("witness").asText());
    check("get_block", b.header().transactionMerkleRoot(), r.path("transaction_merkle_root").asText());
    check("get_block", b.witnessSignature(), r.path("witness_signature").asText());
    // database_api.get_block sends neither id nor signing key; operation_history's
    // get_block_with_virtual_ops does: golos-client computes both, the node states them
    JsonNode v = raw(c, "operation_history", "get_block_with_virtual_ops", n);
    check("get_block (id computed by golos-client)", b.id(), v.path("block_id").asText());
    check("get_block (signing key recovered by golos-client)", b.signingKey().toString(), v.path("signing_key").asText());
    List<String> ids = new ArrayList<>();
    v.path("transaction_ids").forEach(id -> ids.add(id.asText()));
    check("get_block (transaction ids computed by golos-client)",
        b.transactionIds().stream().map(o -> o.orElse("?")).toList(), ids);
    check("get_block", (long) b.transactions().size(), (long) r.path("transactions").size());
    BlockHeader h = c.getBlockHeader(n).orElseThrow();
    JsonNode rh = raw(c, "database_api", "get_block_header", n);
    check("get_block_header", h.previous(), rh.path("previous").asText());
    check("get_block_header", h.witness(), rh.path("witness").asText());
    check("get_block_header", h.transactionMerkleRoot(), rh.path("transaction_merkle_root").asText());
    BlockStream s = c.blockStream(net.poll().clock()).from(n).build();
    check("blockStream (get_block)", s.next().id(), v.path("block_id").asText());

    SignedTransaction tx = b.signedTransactions().get(0);
    String hex = c.getTransactionHex(tx.transaction());
    check("get_transaction_hex (the node's bytes = our serialization)", hex,
        HexFormat.of().formatHex(tx.transaction().toBytes()));
    check("get_transaction_hex", hex, raw(c, "database_api", "get_transaction_hex",
        JSON.readValue(TransactionJsonText.unsigned(r.path("transactions").get(0)), Map.class)).asText());

    String id = ids.get(0);
    var t = c.getTransaction(id).orElseThrow();
    JsonNode rt = raw(c, "operation_history", "get_transaction", id);
    check("get_transaction", t.blockNum(), rt.path("block_num").asLong());
    check("get_transaction", (long) t.transactionNum(), rt.path("transaction_num").asLong());
    check("get_transaction", t.transactionId(), rt.path("transaction_id").asText());

    List<AppliedOperation> ops = c.getOpsInBlock(n, false);
    JsonNode ro = raw(c, "operation_history", "get_ops_in_block", n, false);
    check("get_ops_in_block", (long) ops.size(), (long) ro.size());
    for (int i = 0; i < ops.size(); i++) {
      AppliedOperation o = ops.get(i);
      String name = o.operation().map(x -> x.name()).orElseGet(() -> o.virtualOperation().orElseThrow().name());
      check("get_ops_in_block", name, ro.get(i).path("op").path(0).asText());
      check("get_ops_in_block", o.trxId(), ro.get(i).path("trx_id").asText());
    }
  }

  private void accounts(GolosClient c) throws IOException {
    var acc = c.getAccounts(List.of(Bootstrap.ALPHA, Bootstrap.FOUNDER));
    JsonNode r = raw(c, "database_api", "get_accounts", List.of(Bootstrap.ALPHA, Bootstrap.FOUNDER));
    check("get_accounts", (long) acc.size(), (long) r.size());
    for (int i = 0; i < acc.size(); i++) {
      var a = acc.get(i);
      JsonNode ra = r.get(i);
      check("get_accounts", a.name(), ra.path("name").asText());
      check("get_accounts", a.memoKey().toString(), ra.path("memo_key").asText());
      check("get_accounts", a.active().keyAuths().keySet().iterator().next().toString(),
          ra.path("active").path("key_auths").path(0).path(0).asText());
      var st = a.state().orElseThrow();
      check("get_accounts", st.balance().toString(), ra.path("balance").asText());
      check("get_accounts", st.vestingShares().toString(), ra.path("vesting_shares").asText());
      check("get_accounts", st.sbdBalance().toString(), ra.path("sbd_balance").asText());
      List<String> votes = new ArrayList<>();
      ra.path("witness_votes").forEach(v -> votes.add(v.asText()));
      check("get_accounts", st.witnessVotes(), votes);
    }
    String holder = net.facts().getOrDefault("uia holder", Bootstrap.ALPHA);
    List<AssetBalance> balances = c.getAccountsBalances(List.of(holder));
    JsonNode rb = raw(c, "database_api", "get_accounts_balances", List.of(holder));
    List<String> typed = new ArrayList<>();
    balances.forEach(b -> typed.add(b.balance().toString()));
    List<String> rawBalances = new ArrayList<>();
    rb.path(0).fields().forEachRemaining(e -> rawBalances.add(e.getValue().path("balance").asText()));
    typed.sort(null);
    rawBalances.sort(null);
    check("get_accounts_balances (" + holder + ")", typed, rawBalances);
  }

  private void history(GolosClient c, long n) throws IOException {
    List<HistoryEntry> h = c.getAccountHistory(Bootstrap.ALPHA, -1, 10);
    JsonNode r = raw(c, "account_history", "get_account_history", Bootstrap.ALPHA, -1, 10);
    check("get_account_history", (long) h.size(), (long) r.size());
    for (int i = 0; i < h.size(); i++) {
      check("get_account_history", h.get(i).sequence(), r.get(i).path(0).asLong());
      AppliedOperation o = h.get(i).operation();
      String name = o.operation().map(x -> x.name()).orElseGet(() -> o.virtualOperation().orElseThrow().name());
      check("get_account_history", name, r.get(i).path(1).path("op").path(0).asText());
    }
  }

  private void feeds(GolosClient c) throws IOException {
    FeedHistory f = c.getFeedHistory();
    JsonNode r = raw(c, "witness_api", "get_feed_history");
    check("get_feed_history", price(f.currentMedianHistory()), price(r.path("current_median_history")));
    check("get_feed_history", (long) f.priceHistory().size(), (long) r.path("price_history").size());
    check("get_current_median_history_price", price(c.getCurrentMedianHistoryPrice()),
        price(raw(c, "witness_api", "get_current_median_history_price")));
    Ticker t = c.getTicker();
    JsonNode rt = raw(c, "market_history", "get_ticker");
    // chain-node 0.30's names: latest1 (GBG per GOLOS), asset1_volume (GOLOS), asset2_volume (GBG)
    check("get_ticker", t.latest().compareTo(new BigDecimal(rt.path("latest1").asText())), 0);
    check("get_ticker", t.steemVolume().toString(), rt.path("asset1_volume").asText());
    check("get_ticker", t.sbdVolume().toString(), rt.path("asset2_volume").asText());
  }

  private void witnesses(GolosClient c) throws IOException {
    Witness w = c.getWitnessByAccount(Bootstrap.ALPHA).orElseThrow();
    JsonNode r = raw(c, "witness_api", "get_witness_by_account", Bootstrap.ALPHA);
    check("get_witness_by_account", w.owner(), r.path("owner").asText());
    check("get_witness_by_account", w.url(), r.path("url").asText());
    check("get_witness_by_account", w.signingKey().toString(), r.path("signing_key").asText());
    check("get_witness_by_account", w.votes(), r.path("votes").asLong());
    check("get_witness_by_account", price(w.sbdExchangeRate()), price(r.path("sbd_exchange_rate")));
    check("get_witness_by_account", w.lastSbdExchangeUpdate(), instant(r.path("last_sbd_exchange_update")));
    check("get_witness_by_account", w.runningVersion(), r.path("running_version").asText());
    assertThat(c.getWitnessByAccount("nobody-here")).isEmpty();
    checked.computeIfAbsent("get_witness_by_account (unknown: empty)", k -> new AtomicInteger()).incrementAndGet();

    WitnessSchedule s = c.getWitnessSchedule();
    JsonNode rs = raw(c, "witness_api", "get_witness_schedule");
    check("get_witness_schedule", names(rs.path("current_shuffled_witnesses")), s.currentShuffledWitnesses());
    check("get_witness_schedule", (long) s.numScheduledWitnesses(), rs.path("num_scheduled_witnesses").asLong());
    check("get_witness_schedule", s.majorityVersion(), rs.path("majority_version").asText());
    List<String> active = new ArrayList<>();
    raw(c, "witness_api", "get_active_witnesses").forEach(x -> {
      if (!x.asText().isEmpty()) {
        active.add(x.asText());
      }
    });
    check("get_active_witnesses", c.getActiveWitnesses(), active);
  }

  private void quorum(GolosClient c) throws IOException {
    try (GolosClient both = GolosClient.builder(c.nodes().get(0), net.node("b1").ws()).build()) {
      String key = both.readQuorum(2, n -> n.getWitnessByAccount(Bootstrap.ALPHA).orElseThrow().signingKey().toString());
      check("readQuorum (node A and B1 agree)", key, raw(c, "witness_api", "get_witness_by_account", Bootstrap.ALPHA)
          .path("signing_key").asText());
    }
  }

  /** current_shuffled_witnesses: a hex string of 16-byte zero-padded names on golosd 0.30, or an array. */
  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      n.forEach(x -> out.add(x.asText()));
      return out;
    }
    byte[] b = HexFormat.of().parseHex(n.asText());
    for (int at = 0; at < b.length; at += 16) {
      int len = 0;
      while (len < 16 && b[at + len] != 0) {
        len++;
      }
      if (len > 0) {
        out.add(new String(b, at, len, StandardCharsets.US_ASCII));
      }
    }
    return out;
  }

  private static String price(Price p) {
    return p.base() + " / " + p.quote();
  }

  private static String price(JsonNode n) {
    return n.path("base").asText() + " / " + n.path("quote").asText();
  }

  private static Instant instant(JsonNode n) {
    return Instant.parse(n.asText() + "Z");
  }

  private void check(String read, Object typed, Object raw) {
    assertThat(typed).as(read + ": golos-client's value against the node's raw JSON").isEqualTo(raw);
    checked.computeIfAbsent(read, k -> new AtomicInteger()).incrementAndGet();
  }

  private static JsonNode raw(GolosClient c, String api, String method, Object... args) throws IOException {
    return JSON.readTree(c.call(api, method, args));
  }

  /** The node's JSON of a block's transaction without its signatures. */
  private static final class TransactionJsonText {
    static String unsigned(JsonNode tx) {
      var copy = tx.deepCopy();
      ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("signatures");
      return copy.toString();
    }
  }
}
