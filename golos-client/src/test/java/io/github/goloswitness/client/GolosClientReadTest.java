package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.PublicKey;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Typed reads against the fake node, decoded from golosd-shaped fixtures. */
class GolosClientReadTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void sendsExactlyTheGolosdEnvelope() throws Exception {
    node.fixture("get_dynamic_global_properties").fixture("get_witness_by_account");

    client.getDynamicGlobalProperties();
    client.getWitnessByAccount("alpha-wit");

    assertThat(node.requests()).containsExactly(
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"call\",\"params\":[\"database_api\",\"get_dynamic_global_properties\",[]]}",
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"call\",\"params\":[\"witness_api\",\"get_witness_by_account\",[\"alpha-wit\"]]}");
    // and it is the fixture's request, field for field
    assertThat(Fixtures.parse(node.requests().get(1)).get("params"))
        .isEqualTo(Fixtures.request("get_witness_by_account").get("params"));
  }

  @Test
  void decodesDynamicGlobalProperties() throws Exception {
    node.fixture("get_dynamic_global_properties");

    DynamicGlobalProperties p = client.getDynamicGlobalProperties();

    assertThat(p.headBlockNumber()).isEqualTo(100043);
    assertThat(p.headBlockId()).isEqualTo("000186cb311b6559517229081bce8fc4d7ee0892");
    assertThat(p.time()).isEqualTo(Instant.parse("2026-11-26T04:18:57Z"));
    assertThat(p.currentWitness()).isEqualTo("charlie-wit");
    assertThat(p.participationCount()).isEqualTo(128);
    assertThat(p.participation()).isEqualTo(100.0);
    assertThat(p.lastIrreversibleBlockNum()).isEqualTo(100041);
    assertThat(p.currentAslot()).isEqualTo(100043);
    assertThat(p.recentSlotsFilled()).contains(BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
    assertThat(p.recentParticipation(21)).isEqualTo(100.0);
    GlobalSupply s = p.supply().orElseThrow();
    assertThat(s.currentSupply()).isEqualTo(Asset.parse("200000000.000 GOLOS"));
    assertThat(s.virtualSupply()).isEqualTo(Asset.parse("250000000.000 GOLOS"));
    assertThat(s.currentSbdSupply()).isEqualTo(Asset.parse("5000000.000 GBG"));
    assertThat(s.totalVestingFundSteem()).isEqualTo(Asset.parse("100000000.000 GOLOS"));
    assertThat(s.totalVestingShares()).isEqualTo(Asset.parse("400000000000.000000 GESTS"));
    assertThat(s.vestingSharePrice().quote()).isEqualTo(s.totalVestingShares());
    assertThat(s.sbdPrintRate()).isEqualTo(10000);
    assertThat(s.totalPow()).isEqualTo(new BigInteger("18446744073709551615"));
    assertThat(s.maxVirtualBandwidth()).isEqualTo(new BigInteger("5986734968066277376"));
    assertThat(s.isForcedMinPrice()).contains(true);
    assertThat(s.chainStatus()).contains(true);
    assertThat(s.transitBlockNum()).contains(4294967295L);
    assertThat(s.transitWitnesses()).isEmpty();
    assertThat(s.minGolosPowerToEmission()).containsExactly(
        Asset.parse("1000.000 GOLOS"), Asset.parse("1000.000 GOLOS"));
  }

  @Test
  void aMistypedSupplyFieldIsNamed() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_dynamic_global_properties").get("result").deepCopy();
    result.put("total_vesting_shares", "400000000000.000 GESTS");
    node.result("database_api", "get_dynamic_global_properties", result.toString());

    assertThatThrownBy(() -> client.getDynamicGlobalProperties())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("total_vesting_shares");
  }

  @Test
  void aReplyWithoutRecentSlotsFilledFallsBackToTheCount() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_dynamic_global_properties").get("result").deepCopy();
    result.remove("recent_slots_filled");
    result.put("participation_count", 96);
    node.result("database_api", "get_dynamic_global_properties", result.toString());

    DynamicGlobalProperties p = client.getDynamicGlobalProperties();

    assertThat(p.recentSlotsFilled()).isEmpty();
    assertThat(p.recentParticipation(21)).isEqualTo(p.participation()).isEqualTo(75.0);
  }

  @Test
  void decodesRecentSlotsFilledAsAnUnsigned128BitMask() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_dynamic_global_properties").get("result").deepCopy();
    // 2^127 + 7: the oldest slot and the three newest are filled; does not fit in a long
    result.put("recent_slots_filled", "170141183460469231731687303715884105735");
    result.put("participation_count", 4);
    node.result("database_api", "get_dynamic_global_properties", result.toString());

    DynamicGlobalProperties p = client.getDynamicGlobalProperties();

    assertThat(p.recentSlotsFilled()).contains(BigInteger.ONE.shiftLeft(127).add(BigInteger.valueOf(7)));
    assertThat(p.recentParticipation(4)).isEqualTo(75.0);
    assertThat(p.participation()).isEqualTo(3.125);
  }

  @Test
  void aMaskAbove128BitsIsAShapeError() throws Exception {
    ObjectNode result = (ObjectNode) Fixtures.response("get_dynamic_global_properties").get("result").deepCopy();
    result.put("recent_slots_filled", BigInteger.ONE.shiftLeft(128).toString());
    node.result("database_api", "get_dynamic_global_properties", result.toString());

    assertThatThrownBy(client::getDynamicGlobalProperties)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("field recent_slots_filled out of range");
  }

  @Test
  void decodesWitnessWithStringVotes() throws Exception {
    node.fixture("get_witness_by_account");

    Witness w = client.getWitnessByAccount("alpha-wit").orElseThrow();

    assertThat(w.owner()).isEqualTo("alpha-wit");
    assertThat(w.url()).isEqualTo("https://golos.example/@alpha-wit");
    assertThat(w.votes()).isEqualTo(3_000_000_000_000_000L);
    assertThat(w.totalMissed()).isZero();
    assertThat(w.lastConfirmedBlockNum()).isEqualTo(100041);
    assertThat(w.signingKey()).isEqualTo(PublicKey.fromString("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu"));
    assertThat(w.disabled()).isFalse();
    assertThat(w.props().accountCreationFee()).isEqualTo(Asset.parse("1.000 GOLOS"));
    assertThat(w.props().maximumBlockSize()).isEqualTo(131072);
    assertThat(w.runningVersion()).isEqualTo("0.30.0");
    assertThat(w.hardforkVersionVote()).isEqualTo("0.30.0");
    assertThat(w.created()).isEqualTo(Instant.parse("2016-10-18T11:00:00Z"));
  }

  @Test
  void unknownWitnessIsEmpty() throws Exception {
    node.fixture("get_witness_by_account.unknown");

    assertThat(client.getWitnessByAccount("nobody-here")).isEmpty();
  }

  @Test
  void nullSigningKeyMeansDisabled() throws Exception {
    String json = Fixtures.response("get_witness_by_account").get("result").toString()
        .replace("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu", "GLS1111111111111111111111111111111114T1Anm")
        .replace("\"total_missed\":0", "\"total_missed\":\"4294967296\"");
    node.result("witness_api", "get_witness_by_account", json);

    Witness w = client.getWitnessByAccount("alpha-wit").orElseThrow();

    assertThat(w.disabled()).isTrue();
    assertThat(w.signingKey()).isEqualTo(PublicKey.NULL);
    assertThat(w.totalMissed()).isEqualTo(4_294_967_296L);
  }

  @Test
  void decodesScheduleConfigPropertiesAndBlock() throws Exception {
    node.fixture("get_witness_schedule").fixture("get_config").fixture("get_chain_properties").fixture("get_block");

    WitnessSchedule s = client.getWitnessSchedule();
    assertThat(s.currentShuffledWitnesses()).containsExactly("alpha-wit", "bravo-wit", "charlie-wit");
    assertThat(s.numScheduledWitnesses()).isEqualTo(3);
    assertThat(s.nextShuffleBlockNum()).isEqualTo(100026);
    assertThat(s.majorityVersion()).isEqualTo("0.30.0");

    ChainConfig c = client.getConfig();
    assertThat(c.chainId().toHex()).isEqualTo("782a3039b478c839e4cb0c941ff4eaeb7df40bdd68bd441afd444b9da763de12");
    assertThat(c.addressPrefix()).isEqualTo("GLS");
    assertThat(c.blockInterval()).isEqualTo(3);
    assertThat(c.maxTimeUntilExpiration()).isEqualTo(3600);

    assertThat(client.getChainProperties().sbdInterestRate()).isZero();
    assertThat(client.getChainPropertiesFull())
        .isInstanceOfSatisfying(io.github.goloswitness.crypto.ChainProperties30.class,
            p -> assertThat(p.privateGroupCost()).isEqualTo(Asset.parse("1.000 GBG")));

    Block b = client.getBlock(100043).orElseThrow();
    assertThat(b.number()).isEqualTo(100043);
    assertThat(b.header().witness()).isEqualTo("charlie-wit");
    assertThat(b.header().timestamp()).isEqualTo(Instant.parse("2026-11-26T04:18:57Z"));
    assertThat(b.transactions()).isEmpty();
    assertThat(Fixtures.parse(node.requests().get(4)).get("params").get(2).get(0).asLong()).isEqualTo(100043); // request 4: after config and the two chain properties reads
  }

  @Test
  void missingBlockIsEmpty() throws Exception {
    node.result("database_api", "get_block_header", "null");

    assertThat(client.getBlockHeader(99_999_999)).isEmpty();
  }

  @Test
  void activeWitnessesDropEmptySlots() throws Exception {
    node.result("witness_api", "get_active_witnesses", "[\"alpha-wit\",\"bravo-wit\",\"\"]");

    assertThat(client.getActiveWitnesses()).containsExactly("alpha-wit", "bravo-wit");
  }

  @Test
  void decodesAccountAuthorities() throws Exception {
    String key = "GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu";
    String auth = "{\"weight_threshold\":1,\"account_auths\":[[\"bravo-wit\",1]],\"key_auths\":[[\"" + key + "\",1]]}";
    node.result("database_api", "get_accounts", "[{\"id\":7,\"name\":\"alpha-wit\",\"owner\":" + auth
        + ",\"active\":" + auth + ",\"posting\":" + auth + ",\"memo_key\":\"" + key + "\"}]");

    List<Account> accounts = client.getAccounts(List.of("alpha-wit"));

    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).active().keyAuths()).containsEntry(PublicKey.fromString(key), 1);
    assertThat(accounts.get(0).active().accountAuths()).containsEntry("bravo-wit", 1);
    assertThat(node.requests().get(0)).endsWith("\"params\":[\"database_api\",\"get_accounts\",[[\"alpha-wit\"]]]}");
  }

  @Test
  void genericCallReturnsResultJson() throws Exception {
    node.result("database_api", "get_hardfork_version", "\"0.30.0\"");

    assertThat(client.call("database_api", "get_hardfork_version")).isEqualTo("\"0.30.0\"");
    assertThat(client.getHardforkVersion()).isEqualTo("0.30.0");
    assertThat(client.callWithJsonArgs("database_api", "get_hardfork_version", "[]")).isEqualTo("\"0.30.0\"");
  }

  @Test
  void transactionHexSendsTheTransactionAsItsOnlyArg() throws Exception {
    node.result("database_api", "get_transaction_hex", "\"cb8631\"");
    String tx = Fixtures.firstArg("broadcast_transaction");

    assertThat(client.getTransactionHex(tx)).isEqualTo("cb8631");
    assertThat(Fixtures.parse(node.requests().get(0)).get("params").get(2).get(0)).isEqualTo(Fixtures.parse(tx));
  }
}
