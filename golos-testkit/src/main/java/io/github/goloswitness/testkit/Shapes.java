package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.TimePointSec;
import java.time.Instant;
import java.util.List;

/**
 * golosd's result objects, field names and order from its FC_REFLECT declarations (protocol doc
 * §2.4, fixtures/golosd): times without zone, 64-bit values above 2^32 as strings. Values the
 * simulation does not model are the fixtures' constants.
 */
final class Shapes {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String GENESIS_TIME = "2016-10-18T11:00:00";

  /** {@code dynamic_global_property_api_object}. */
  static ObjectNode dynamicGlobalProperties(ChainView v) {
    ObjectNode o = NODES.objectNode();
    o.put("id", 0);
    o.put("head_block_number", v.headBlock());
    o.put("head_block_id", v.headId());
    o.put("time", time(v.headTime()));
    o.put("chain_status", true);
    o.put("current_witness", v.currentWitness());
    o.put("total_pow", "18446744073709551615");
    o.put("num_pow_witnesses", 0);
    o.put("virtual_supply", "250000000.000 GOLOS");
    o.put("current_supply", "200000000.000 GOLOS");
    o.put("confidential_supply", "0.000 GOLOS");
    o.put("current_sbd_supply", "5000000.000 GBG");
    o.put("confidential_sbd_supply", "0.000 GBG");
    o.put("total_vesting_fund_steem", "100000000.000 GOLOS");
    o.put("total_vesting_shares", "400000000000.000000 GESTS");
    o.put("accumulative_balance", "0.000 GOLOS");
    o.put("total_reward_fund_steem", "1000000.000 GOLOS");
    o.put("total_reward_shares2", "0");
    o.put("sbd_interest_rate", 0);
    o.put("sbd_print_rate", 10000);
    o.put("sbd_debt_percent", 0);
    o.put("average_block_size", 24);
    o.put("maximum_block_size", Ledger.PROPS.maximumBlockSize());
    uint64(o, "current_aslot", v.aslot());
    o.put("recent_slots_filled", v.recentSlotsFilled().toString());
    o.put("participation_count", v.participationCount());
    o.put("last_irreversible_block_num", v.lastIrreversible());
    o.put("max_virtual_bandwidth", "5986734968066277376");
    o.put("current_reserve_ratio", 20000);
    o.put("custom_ops_bandwidth_multiplier", 10);
    o.put("is_forced_min_price", true);
    o.put("transit_block_num", 4294967295L);
    // golosd 0.30 sends an fc::array of names as the hex of its memory (recorded real reply in
    // golos-client/src/test/resources/recorded): 21 empty 16-byte names
    o.put("transit_witnesses", hexNames(List.of(), 21));
    o.putArray("worker_requests");
    o.put("accumulative_emission_per_day", "0.000 GOLOS");
    o.putArray("min_golos_power_to_emission").add("1000.000 GOLOS").add("1000.000 GOLOS");
    o.putArray("min_golos_power_for_groups").add("1000.000 GOLOS").add("1000.000 GOLOS");
    return o;
  }

  /** {@code get_config}; {@code version} is the node binary's STEEMIT_BLOCKCHAIN_VERSION. */
  static ObjectNode config(ChainId chainId, String version) {
    ObjectNode o = NODES.objectNode();
    o.put("STEEMIT_BUILD_TESTNET", false);
    o.put("GRAPHENE_CURRENT_DB_VERSION", "GPH2.4");
    o.put("STEEMIT_100_PERCENT", 10000);
    o.put("STEEMIT_1_PERCENT", 100);
    o.put("STEEMIT_ADDRESS_PREFIX", "GLS");
    o.put("STEEMIT_BLOCKCHAIN_HARDFORK_VERSION", version);
    o.put("STEEMIT_BLOCKCHAIN_VERSION", version);
    o.put("STEEMIT_BLOCK_INTERVAL", 3);
    o.put("STEEMIT_BLOCKS_PER_DAY", 28800);
    o.put("STEEMIT_BLOCKS_PER_HOUR", 1200);
    o.put("STEEMIT_CHAIN_ID", chainId.toHex());
    o.put("STEEMIT_GENESIS_TIME", GENESIS_TIME);
    o.put("STEEMIT_INIT_PUBLIC_KEY_STR", "GLS7KVuKX87DK44xmhAD92hqJeR8Acd1TBKCtVnGLC5VDpER5CtWE");
    o.put("STEEMIT_IRREVERSIBLE_THRESHOLD", 7500);
    o.put("STEEMIT_MAX_ACCOUNT_NAME_LENGTH", 16);
    o.put("STEEMIT_MAX_TIME_UNTIL_EXPIRATION", 3600);
    o.put("STEEMIT_MAX_WITNESSES", 21);
    o.put("STEEMIT_MAX_VOTED_WITNESSES", 11);
    o.put("STEEMIT_MAX_RUNNER_WITNESSES", 10);
    o.put("STEEMIT_MAX_MINER_WITNESSES", 0);
    o.put("STEEMIT_MAX_WITNESS_URL_LENGTH", 2048);
    o.put("STEEMIT_MIN_ACCOUNT_NAME_LENGTH", 3);
    o.put("STEEMIT_MIN_BLOCK_SIZE_LIMIT", 65536);
    o.put("STEEMIT_MAX_TRANSACTION_SIZE", 65536);
    o.put("STEEMIT_NULL_ACCOUNT", "null");
    o.put("STEEMIT_SYMBOL", "GOLOS");
    o.put("STEEMIT_MIN_TRANSACTION_EXPIRATION_LIMIT", 15);
    return o;
  }

  /** {@code witness_api_object}. */
  static ObjectNode witness(WitnessView w, FeedBook.Feed feed, int id, String hardfork) {
    ObjectNode o = NODES.objectNode();
    o.put("id", id);
    o.put("owner", w.owner());
    o.put("created", GENESIS_TIME);
    o.put("url", w.url());
    o.put("votes", String.valueOf(3_000_000_000_000_000L - id * 1_000_000_000L));
    o.put("virtual_last_update", "0");
    o.put("virtual_position", "0");
    o.put("virtual_scheduled_time", "340282366920938463463374607431768211455");
    o.put("total_missed", w.totalMissed());
    uint64(o, "last_aslot", w.lastAslot());
    uint64(o, "last_confirmed_block_num", w.lastConfirmedBlock());
    o.put("pow_worker", 0);
    o.put("signing_key", w.signingKey());
    o.set("props", ChainPropertiesShape.full(w.props()));
    o.set("sbd_exchange_rate", price(feed.rate()));
    o.put("last_sbd_exchange_update", time(feed.updated()));
    o.put("last_work", "0".repeat(64));
    o.put("running_version", w.runningVersion());
    o.put("hardfork_version_vote", hardfork);
    o.put("hardfork_time_vote", GENESIS_TIME);
    o.put("transit_to_cyberway_vote", GENESIS_TIME);
    return o;
  }

  /** protocol::price: {@code {"base": "1.000 GBG", "quote": "2.500 GOLOS"}}. */
  static ObjectNode price(Price p) {
    ObjectNode o = NODES.objectNode();
    o.put("base", p.base().toString());
    o.put("quote", p.quote().toString());
    return o;
  }

  /** witness_api's {@code feed_history_api_object}. */
  static ObjectNode feedHistory(FeedBook.Snapshot f) {
    ObjectNode o = NODES.objectNode();
    o.put("id", 0);
    o.set("current_median_history", price(f.currentMedian()));
    ArrayNode history = o.putArray("price_history");
    f.history().forEach(p -> history.add(price(p)));
    return o;
  }

  /**
   * market_history's {@code market_ticker}. The simulation has no internal market: the last price
   * is the current median, with no volume.
   */
  static ObjectNode ticker(FeedBook.Snapshot f) {
    Price m = f.currentMedian();
    boolean gbgFirst = Asset.Symbol.GBG.equals(m.base().symbol());
    long gbg = gbgFirst ? m.base().amount() : m.quote().amount();
    long golos = gbgFirst ? m.quote().amount() : m.base().amount();
    String latest = gbg == 0 || golos == 0 ? "0.00000000000000000"
        : new java.math.BigDecimal(gbg).divide(new java.math.BigDecimal(golos), 17, java.math.RoundingMode.HALF_EVEN)
            .toPlainString();
    ObjectNode o = NODES.objectNode();
    o.put("latest", latest);
    o.put("lowest_ask", latest);
    o.put("highest_bid", latest);
    o.put("percent_change", "0.00000000000000000");
    o.put("steem_volume", "0.000 GOLOS");
    o.put("sbd_volume", "0.000 GBG");
    return o;
  }

  /** {@code witness_schedule_object}. */
  static ObjectNode schedule(ChainView v, String hardfork) {
    ObjectNode o = NODES.objectNode();
    o.put("id", 0);
    o.put("current_virtual_time", "0");
    o.put("next_shuffle_block_num", v.nextShuffleBlock());
    // The core cycles fewer than 21 active witnesses over the round; golosd lists each once.
    List<String> distinct = v.schedule().stream().filter(s -> !s.isEmpty()).distinct().toList();
    // the hex form golosd 0.30 sends (16 bytes per name, zero-padded), one slot per schedule entry
    o.put("current_shuffled_witnesses", hexNames(distinct, v.schedule().size()));
    o.put("num_scheduled_witnesses", distinct.size());
    o.put("top19_weight", 1);
    o.put("timeshare_weight", 5);
    o.put("miner_weight", 1);
    o.put("witness_pay_normalization_factor", 25);
    o.set("median_props", ChainPropertiesShape.full(Ledger.PROPS));
    o.put("majority_version", hardfork);
    return o;
  }

  /** {@code timed_block_header}, or with {@code full} the {@code timed_signed_block}. */
  static ObjectNode block(BlockRecord b, boolean full) {
    ObjectNode o = NODES.objectNode();
    o.put("previous", b.previous());
    o.put("timestamp", time(b.time()));
    o.put("witness", b.witness());
    o.put("transaction_merkle_root", "0".repeat(40));
    o.putArray("extensions");
    if (full) {
      // The simulation does not sign blocks: a zero signature like the fixture's.
      o.put("witness_signature", "0".repeat(130));
      ArrayNode txs = o.putArray("transactions");
      b.transactions().forEach(t -> txs.add(t.deepCopy()));
    }
    o.put("timestamp_msec", String.valueOf(b.time().toEpochMilli()));
    o.put("request_time_msec", String.valueOf(b.time().toEpochMilli()));
    return o;
  }

  /** {@code account_api_object}, the fields a witness tool reads plus the usual neighbours. */
  static ObjectNode account(SimAccount a, int id) {
    ObjectNode o = NODES.objectNode();
    o.put("id", id);
    o.put("name", a.name());
    o.set("owner", authority(a.owner()));
    o.set("active", authority(a.active()));
    o.set("posting", authority(a.posting()));
    o.put("memo_key", a.memo());
    o.put("json_metadata", "");
    o.put("proxy", "");
    o.put("last_owner_update", "1970-01-01T00:00:00");
    o.put("last_account_update", GENESIS_TIME);
    o.put("created", GENESIS_TIME);
    o.put("mined", false);
    o.put("recovery_account", "");
    o.put("reset_account", "null");
    o.put("balance", "1000.000 GOLOS");
    o.put("savings_balance", "0.000 GOLOS");
    o.put("sbd_balance", "0.000 GBG");
    o.put("savings_sbd_balance", "0.000 GBG");
    o.put("vesting_shares", "1000000.000000 GESTS");
    o.put("delegated_vesting_shares", "0.000000 GESTS");
    o.put("received_vesting_shares", "0.000000 GESTS");
    o.put("witnesses_voted_for", 0);
    o.putArray("witness_votes");
    return o;
  }

  private static ObjectNode authority(String key) {
    ObjectNode o = NODES.objectNode();
    o.put("weight_threshold", 1);
    o.putArray("account_auths");
    o.putArray("key_auths").addArray().add(key).add(1);
    return o;
  }

  /** A {@code time_point_sec}: {@code 2026-11-26T04:18:57}, UTC without zone. */
  static String time(Instant t) {
    return TimePointSec.of(t).toString();
  }

  /** fc::json writes 64-bit integers above 2^32-1 as strings. */
  private static void uint64(ObjectNode o, String field, long value) {
    if (value > 0xFFFF_FFFFL) {
      o.put(field, String.valueOf(value));
    } else {
      o.put(field, value);
    }
  }

  /** An empty array, for {@code get_accounts} with no known names. */
  static ArrayNode array(List<ObjectNode> items) {
    ArrayNode a = NODES.arrayNode();
    items.forEach(a::add);
    return a;
  }

  private Shapes() {}

  /** {@code fc::array<account_name_type, slots>} as fc's to_variant writes it: the hex of 16-byte names. */
  static String hexNames(List<String> names, int slots) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < slots; i++) {
      byte[] name = (i < names.size() ? names.get(i) : "").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      for (int b = 0; b < 16; b++) {
        hex.append(String.format("%02x", b < name.length ? name[b] : 0));
      }
    }
    return hex.toString();
  }
}
