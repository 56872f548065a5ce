package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.AccountCreate;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.ChainProperties22;
import io.github.goloswitness.crypto.PublicKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Real replies of older chain-node versions (0.16.3 mainnet, 0.18 testnet, 0.22 mainnet) copied
 * from public sources, see recorded/README.md: fields that later versions added are empty, the
 * hex name arrays read as plain bytes, and nothing a status read needs is missing.
 */
class OlderRepliesTest {

  private static String older(String file) {
    return Recorded.text("older/" + file);
  }

  private static ReplyParser parser(String file) {
    return Recorded.parser("older/" + file);
  }

  @Test
  void anAccountFromBeforeDelegations() throws Exception {
    String file = "0.16-mainnet.get_accounts.golos.json";

    Account golos = parser(file).accounts(older(file)).get(0);

    AccountState s = golos.state().orElseThrow();
    assertThat(golos.name()).isEqualTo("golos");
    assertThat(s.balance().toString()).isEqualTo("47500.036 GOLOS");
    assertThat(s.delegatedVestingShares()).isEmpty();
    assertThat(s.receivedVestingShares()).isEmpty();
    assertThat(s.effectiveVestingShares()).isEqualTo(s.vestingShares().amount());
    assertThat(s.proxiedVsfVotes()).hasSize(8);
  }

  @Test
  void aWitnessAndTheScheduleOf016() throws Exception {
    String w = "0.16-mainnet.get_witness_by_account.primus.json";
    String s = "0.16-mainnet.get_witness_schedule.json";

    Witness primus = parser(w).witness(older(w)).orElseThrow();
    WitnessSchedule schedule = parser(s).witnessSchedule(older(s));

    assertThat(primus.signingKey())
        .isEqualTo(PublicKey.fromString("GLS6m778dFs9fH2DLWEXYym7PuMa3DkhMyfkPjeRVL8ymBguunfoq"));
    assertThat(primus.runningVersion()).isEqualTo("0.16.3");
    assertThat(primus.transitToCyberwayVote()).isEmpty();
    assertThat(primus.chainProperties()).isInstanceOf(ChainProperties17.class);
    assertThat(schedule.currentShuffledWitnesses()).hasSize(21)
        .startsWith("creator", "hipster", "aleksandraz").contains("smooth.witness", "primus").endsWith("arcange");
    assertThat(schedule.majorityVersion()).isEqualTo("0.16.3");
  }

  @Test
  void feedAndHistoryOf016() throws Exception {
    String f = "0.16-mainnet.get_feed_history.json";
    String h = "0.16-mainnet.get_account_history.golos.json";

    FeedHistory feeds = parser(f).feedHistory(older(f));
    List<HistoryEntry> history = parser(h).accountHistory(older(h));

    assertThat(feeds.currentMedianHistory().quote().toString()).isEqualTo("2.566 GOLOS");
    assertThat(feeds.priceHistory()).hasSize(5);
    assertThat(history).extracting(HistoryEntry::sequence).containsExactly(48L, 49L);
    AccountCreate created = (AccountCreate) history.get(0).operation().operation().orElseThrow();
    assertThat(created.newAccountName()).isEqualTo("radulova");
    assertThat(history.get(0).operation().jsonMetadata()).isEmpty();
  }

  @Test
  void globalPropertiesOf018WithoutTheLaterFields() throws Exception {
    // cli_wallet's info: get_dynamic_global_properties plus fields of its own, which are ignored
    String file = "0.18-testnet.cli_wallet_info.json";

    DynamicGlobalProperties p = parser(file).dynamicGlobalProperties(older(file));

    assertThat(p.headBlockNumber()).isEqualTo(522);
    assertThat(p.participationCount()).isEqualTo(63);
    GlobalSupply s = p.supply().orElseThrow();
    assertThat(s.sbdDebtPercent()).isEmpty();
    assertThat(s.isForcedMinPrice()).isEmpty();
    assertThat(s.customOpsBandwidthMultiplier()).isEmpty();
    assertThat(s.transitWitnesses()).isEmpty();
    assertThat(s.totalVestingShares().toString()).isEqualTo("362505.491356 GESTS");
  }

  @Test
  void theBlockIdOfA018BlockIsTheNodes() throws Exception {
    // cli_wallet's get_block is the node's annotated_signed_block: block_id and signing_key included
    String file = "0.18-testnet.get_block.500.json";

    Block block = parser(file).block(older(file)).orElseThrow();

    assertThat(block.number()).isEqualTo(500);
    assertThat(block.id()).isEqualTo("000001f42b036c326e585e1918319985bf82c125");
    assertThat(block.signingKey())
        .isEqualTo(PublicKey.fromString("GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6"));
  }

  @Test
  void globalPropertiesOf022WithTheHexTransitWitnesses() throws Exception {
    String file = "0.22-mainnet.get_dynamic_global_properties.json";

    DynamicGlobalProperties p = parser(file).dynamicGlobalProperties(older(file));

    GlobalSupply s = p.supply().orElseThrow();
    assertThat(s.sbdDebtPercent()).contains(4046);
    assertThat(s.isForcedMinPrice()).contains(true);
    assertThat(s.transitBlockNum()).contains(29585430L);
    assertThat(s.transitWitnesses()).hasSize(16).startsWith("vvk", "xtar", "dmilash").endsWith("primus");
  }

  @Test
  void chainPropertiesBlockAndVirtualOpsOf022() throws Exception {
    String props = "0.22-mainnet.get_chain_properties.json";
    String block = "0.22-mainnet.get_block.34940353.json";
    String ops = "0.22-mainnet.get_ops_in_block.31913871.json";

    assertThat(parser(props).chainPropertiesFull(older(props))).isInstanceOf(ChainProperties22.class);
    Block b = parser(block).block(older(block)).orElseThrow();
    assertThat(b.number()).isEqualTo(34940353);
    assertThat(b.id()).startsWith("021525c1");
    assertThat(b.transactionIds()).isEmpty();
    AppliedOperation reward = parser(ops).opsInBlock(older(ops)).get(0);
    assertThat(reward.virtualOperation().orElseThrow()).isInstanceOf(ProducerReward.class);
    assertThat(reward.trxInBlock()).isEqualTo(65535);
    assertThat(Optional.of(reward.block())).contains(31913871L);
  }
}
