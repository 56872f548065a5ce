package io.github.goloswitness.client;

import static io.github.goloswitness.client.Fields.array;
import static io.github.goloswitness.client.Fields.bool;
import static io.github.goloswitness.client.Fields.int32;
import static io.github.goloswitness.client.Fields.int64;
import static io.github.goloswitness.client.Fields.object;
import static io.github.goloswitness.client.Fields.optionalUint128;
import static io.github.goloswitness.client.Fields.text;
import static io.github.goloswitness.client.Fields.time;
import static io.github.goloswitness.client.Fields.unsigned;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.PublicKey;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decoders from golosd's result objects to our records. Field names are the node's FC_REFLECT
 * names (chain-node libraries/api/include/golos/api/*_api_object.hpp); unknown fields are ignored.
 * (Over 300 lines: one flat decoder per golosd object, every field; nothing else lives here.)
 */
final class Results {

  static DynamicGlobalProperties dynamicGlobalProperties(JsonNode r) throws ShapeException {
    return checked(() -> new DynamicGlobalProperties(
        unsigned(r, "head_block_number"),
        text(r, "head_block_id"),
        time(r, "time"),
        text(r, "current_witness"),
        int32(r, "participation_count"),
        unsigned(r, "last_irreversible_block_num"),
        unsigned(r, "current_aslot"),
        unsigned(r, "maximum_block_size"),
        optionalUint128(r, "recent_slots_filled"),
        r.has("current_supply") ? Optional.of(globalSupply(r)) : Optional.empty()));
  }

  static GlobalSupply globalSupply(JsonNode r) throws ShapeException {
    return checked(() -> new GlobalSupply(
        unsigned(r, "id"),
        asset(r, "virtual_supply"),
        asset(r, "current_supply"),
        asset(r, "confidential_supply"),
        asset(r, "current_sbd_supply"),
        asset(r, "confidential_sbd_supply"),
        asset(r, "total_vesting_fund_steem"),
        asset(r, "total_vesting_shares"),
        asset(r, "total_reward_fund_steem"),
        uint128(r, "total_reward_shares2"),
        int32(r, "sbd_interest_rate"),
        int32(r, "sbd_print_rate"),
        r.hasNonNull("sbd_debt_percent") ? Optional.of(int32(r, "sbd_debt_percent")) : Optional.empty(),
        r.hasNonNull("is_forced_min_price") ? Optional.of(bool(r, "is_forced_min_price")) : Optional.empty(),
        uint128(r, "total_pow"),
        unsigned(r, "num_pow_witnesses"),
        unsigned(r, "average_block_size"),
        uint128(r, "max_virtual_bandwidth"),
        unsigned(r, "current_reserve_ratio"),
        r.hasNonNull("custom_ops_bandwidth_multiplier")
            ? Optional.of(unsigned(r, "custom_ops_bandwidth_multiplier")) : Optional.empty(),
        r.hasNonNull("accumulative_balance") ? Optional.of(asset(r, "accumulative_balance")) : Optional.empty(),
        r.hasNonNull("accumulative_emission_per_day")
            ? Optional.of(asset(r, "accumulative_emission_per_day")) : Optional.empty(),
        r.hasNonNull("chain_status") ? Optional.of(bool(r, "chain_status")) : Optional.empty(),
        r.hasNonNull("transit_block_num") ? Optional.of(unsigned(r, "transit_block_num")) : Optional.empty(),
        r.hasNonNull("transit_witnesses")
            ? ShuffledWitnesses.read(r.get("transit_witnesses"), "transit_witnesses") : List.of(),
        assets(r, "min_golos_power_to_emission"),
        assets(r, "min_golos_power_for_groups")));
  }

  /** An optional array of assets; empty when absent. */
  private static List<Asset> assets(JsonNode r, String name) throws ShapeException {
    if (!r.hasNonNull(name)) {
      return List.of();
    }
    List<Asset> out = new ArrayList<>();
    JsonNode list = array(r, name);
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual()) {
        throw new ShapeException("field " + name + "[" + i + "] is not an asset: " + Fields.brief(list.get(i)));
      }
      try {
        out.add(Asset.parse(list.get(i).textValue()));
      } catch (IllegalArgumentException e) {
        throw new ShapeException("field " + name + "[" + i + "]: " + e.getMessage());
      }
    }
    return out;
  }

  /** The first three fields of chain_api_properties, i.e. chain_properties_17. */
  static ChainProperties17 chainProperties(JsonNode r) throws ShapeException {
    return checked(() -> new ChainProperties17(
        Asset.parse(text(r, "account_creation_fee")),
        unsigned(r, "maximum_block_size"),
        int32(r, "sbd_interest_rate")));
  }

  static Optional<Witness> witness(JsonNode r) throws ShapeException {
    if (r.isNull()) {
      return Optional.empty();
    }
    return Optional.of(checked(() -> new Witness(
        unsigned(r, "id"),
        text(r, "owner"),
        time(r, "created"),
        text(r, "url"),
        int64(r, "votes"),
        uint128(r, "virtual_last_update"),
        uint128(r, "virtual_position"),
        uint128(r, "virtual_scheduled_time"),
        unsigned(r, "total_missed"),
        unsigned(r, "last_aslot"),
        unsigned(r, "last_confirmed_block_num"),
        unsigned(r, "pow_worker"),
        key(text(r, "signing_key")),
        chainProperties(object(r, "props")),
        OperationJson.readNewestChainProperties(object(r, "props"), "props"),
        price(object(r, "sbd_exchange_rate")),
        time(r, "last_sbd_exchange_update"),
        text(r, "last_work"),
        text(r, "running_version"),
        text(r, "hardfork_version_vote"),
        time(r, "hardfork_time_vote"),
        r.hasNonNull("transit_to_cyberway_vote")
            ? Optional.of(time(r, "transit_to_cyberway_vote")) : Optional.empty())));
  }

  /**
   * A feed {@code price} object, {@code {"base":"1.000 GBG","quote":"2.500 GOLOS"}}: each side GBG
   * or GOLOS, as chain-node's {@code feed_publish_operation::validate} requires of every feed (an
   * unset feed is {@code 0.000 GOLOS / 0.000 GOLOS}).
   */
  static Price price(JsonNode r) throws ShapeException {
    return checked(() -> new Price(
        asset(r, "base", Asset.Symbol.GBG, Asset.Symbol.GOLOS),
        asset(r, "quote", Asset.Symbol.GBG, Asset.Symbol.GOLOS)));
  }

  static Asset asset(JsonNode r, String name) throws ShapeException {
    String text = text(r, name);
    try {
      return Asset.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ShapeException("field " + name + ": " + e.getMessage());
    }
  }

  /** An asset that the node only ever sends in one of {@code allowed} symbols (a balance, a feed). */
  static Asset asset(JsonNode r, String name, Asset.Symbol... allowed) throws ShapeException {
    Asset a = asset(r, name);
    for (Asset.Symbol s : allowed) {
      if (a.symbol().equals(s)) {
        return a;
      }
    }
    throw new ShapeException("field " + name + ": expected " + Arrays.stream(allowed)
        .map(Asset.Symbol::name).collect(Collectors.joining(" or "))
        + ", got \"" + text(r, name) + "\"");
  }

  static FeedHistory feedHistory(JsonNode r) throws ShapeException {
    List<Price> history = new ArrayList<>();
    for (JsonNode p : array(r, "price_history")) {
      history.add(price(p));
    }
    return checked(() -> new FeedHistory(unsigned(r, "id"), price(object(r, "current_median_history")), history));
  }

  static Ticker ticker(JsonNode r) throws ShapeException {
    return checked(() -> new Ticker(
        decimal(r, "latest"),
        decimal(r, "lowest_ask"),
        decimal(r, "highest_bid"),
        decimal(r, "percent_change"),
        asset(r, "steem_volume"),
        asset(r, "sbd_volume")));
  }

  /** An fc double: a JSON number, or the decimal string fc::json writes for it. */
  static BigDecimal decimal(JsonNode r, String name) throws ShapeException {
    JsonNode v = Fields.get(r, name);
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.textValue());
      } catch (NumberFormatException e) {
        // fall through to the error below
      }
    }
    throw new ShapeException("field " + name + " is not a decimal number: " + Fields.brief(v));
  }

  private static BigInteger uint128(JsonNode r, String name) throws ShapeException {
    Fields.get(r, name);
    return optionalUint128(r, name).orElseThrow();
  }

  static WitnessSchedule witnessSchedule(JsonNode r) throws ShapeException {
    return checked(() -> new WitnessSchedule(
        unsigned(r, "id"),
        uint128(r, "current_virtual_time"),
        unsigned(r, "next_shuffle_block_num"),
        ShuffledWitnesses.read(Fields.get(r, "current_shuffled_witnesses"), "current_shuffled_witnesses"),
        int32(r, "num_scheduled_witnesses"),
        int32(r, "top19_weight"),
        int32(r, "timeshare_weight"),
        int32(r, "miner_weight"),
        unsigned(r, "witness_pay_normalization_factor"),
        chainProperties(object(r, "median_props")),
        OperationJson.readNewestChainProperties(object(r, "median_props"), "median_props"),
        text(r, "majority_version")));
  }

  /** A JSON array of account names; empty strings (unused schedule slots) are dropped. */
  static List<String> names(JsonNode r, String what) throws ShapeException {
    if (!r.isArray()) {
      throw new ShapeException(what + " is not an array: " + Fields.brief(r));
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : r) {
      if (!n.isTextual()) {
        throw new ShapeException(what + " holds a non-string: " + Fields.brief(n));
      }
      if (!n.textValue().isEmpty()) {
        out.add(n.textValue());
      }
    }
    return out;
  }

  static ChainConfig chainConfig(JsonNode r) throws ShapeException {
    return checked(() -> new ChainConfig(
        ChainId.fromHex(text(r, "STEEMIT_CHAIN_ID")),
        text(r, "STEEMIT_ADDRESS_PREFIX"),
        int32(r, "STEEMIT_BLOCK_INTERVAL"),
        int32(r, "STEEMIT_MAX_WITNESSES"),
        int32(r, "STEEMIT_MAX_TIME_UNTIL_EXPIRATION"),
        text(r, "STEEMIT_BLOCKCHAIN_VERSION")));
  }

  static Optional<BlockHeader> blockHeader(JsonNode r) throws ShapeException {
    if (r.isNull()) {
      return Optional.empty();
    }
    return Optional.of(checked(() -> new BlockHeader(
        text(r, "previous"), time(r, "timestamp"), text(r, "witness"), text(r, "transaction_merkle_root"))));
  }

  static Optional<Block> block(JsonNode r) throws ShapeException {
    if (r.isNull()) {
      return Optional.empty();
    }
    BlockHeader header = blockHeader(r).orElseThrow();
    List<String> txs = new ArrayList<>();
    for (JsonNode tx : array(r, "transactions")) {
      txs.add(tx.toString());
    }
    List<String> extensions = new ArrayList<>();
    if (r.has("extensions")) {
      for (JsonNode e : array(r, "extensions")) {
        extensions.add(e.toString());
      }
    }
    return Optional.of(checked(() -> new Block(header, extensions, text(r, "witness_signature"), txs)));
  }

  static List<Account> accounts(JsonNode r) throws ShapeException {
    if (!r.isArray()) {
      throw new ShapeException("get_accounts result is not an array: " + Fields.brief(r));
    }
    List<Account> out = new ArrayList<>();
    for (JsonNode a : r) {
      out.add(checked(() -> new Account(
          text(a, "name"),
          authority(object(a, "owner")),
          authority(object(a, "active")),
          authority(object(a, "posting")),
          key(text(a, "memo_key")),
          a.has("balance") ? Optional.of(accountState(a)) : Optional.empty())));
    }
    return out;
  }

  static AccountState accountState(JsonNode a) throws ShapeException {
    List<Long> proxied = new ArrayList<>();
    if (a.hasNonNull("proxied_vsf_votes")) {
      for (JsonNode v : array(a, "proxied_vsf_votes")) {
        proxied.add(Fields.integer(v, "proxied_vsf_votes", Long.MIN_VALUE, Long.MAX_VALUE));
      }
    }
    return checked(() -> new AccountState(
        unsigned(a, "id"),
        text(a, "json_metadata"),
        text(a, "proxy"),
        time(a, "created"),
        text(a, "recovery_account"),
        asset(a, "balance", Asset.Symbol.GOLOS),
        asset(a, "savings_balance", Asset.Symbol.GOLOS),
        asset(a, "sbd_balance", Asset.Symbol.GBG),
        asset(a, "savings_sbd_balance", Asset.Symbol.GBG),
        asset(a, "vesting_shares", Asset.Symbol.GESTS),
        a.hasNonNull("delegated_vesting_shares")
            ? Optional.of(asset(a, "delegated_vesting_shares", Asset.Symbol.GESTS)) : Optional.empty(),
        a.hasNonNull("received_vesting_shares")
            ? Optional.of(asset(a, "received_vesting_shares", Asset.Symbol.GESTS)) : Optional.empty(),
        a.hasNonNull("vesting_withdraw_rate") ? Optional.of(asset(a, "vesting_withdraw_rate", Asset.Symbol.GESTS)) : Optional.empty(),
        a.hasNonNull("next_vesting_withdrawal") ? Optional.of(time(a, "next_vesting_withdrawal")) : Optional.empty(),
        int32(a, "witnesses_voted_for"),
        names(array(a, "witness_votes"), "witness_votes"),
        proxied));
  }

  static Authority authority(JsonNode r) throws ShapeException {
    Map<PublicKey, Integer> keys = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : weights(r, "key_auths").entrySet()) {
      keys.put(key(e.getKey()), e.getValue());
    }
    return new Authority(unsigned(r, "weight_threshold"), weights(r, "account_auths"), keys);
  }

  private static PublicKey key(String text) throws ShapeException {
    try {
      return PublicKey.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new ShapeException("not a public key: " + e.getMessage());
    }
  }

  /** {@code [[name_or_key, weight], ...]} as golosd writes flat_map. */
  private static Map<String, Integer> weights(JsonNode r, String name) throws ShapeException {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (JsonNode pair : array(r, name)) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual()) {
        throw new ShapeException(name + " entry is not [name, weight]: " + Fields.brief(pair));
      }
      int weight = (int) Fields.integer(pair.get(1), name + " weight", 0, 0xFFFF);
      out.put(pair.get(0).textValue(), weight);
    }
    return out;
  }

  static TransactionConfirmation confirmation(JsonNode r) throws ShapeException {
    return checked(() -> new TransactionConfirmation(
        text(r, "id"), unsigned(r, "block_num"), int32(r, "trx_num"), bool(r, "expired")));
  }

  static String string(JsonNode r) throws ShapeException {
    if (!r.isTextual()) {
      throw new ShapeException("result is not a string: " + Fields.brief(r));
    }
    return r.textValue();
  }

  /** broadcast_transaction returns golosd's void_type, an empty object. */
  static Void empty(JsonNode r) throws ShapeException {
    if (!r.isObject()) {
      throw new ShapeException("result is not an object: " + Fields.brief(r));
    }
    return null;
  }

  /** Record constructors reject impossible values with IllegalArgumentException: a shape error here. */
  private static <T> T checked(Construct<T> c) throws ShapeException {
    try {
      return c.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ShapeException(e.getMessage());
    }
  }

  @FunctionalInterface
  private interface Construct<T> {
    T get() throws ShapeException;
  }

  private Results() {}
}
