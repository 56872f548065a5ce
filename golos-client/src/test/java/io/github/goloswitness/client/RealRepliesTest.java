package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.AssetIssue;
import io.github.goloswitness.crypto.LimitOrderCreate2;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Transfer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed reads against replies recorded from the real golosd 0.30 (recorded/README.md), through
 * the client over HTTP. The global properties and the witness schedule failed before on the node's
 * hex form of name arrays; balances and operations in long-symbol assets failed on the symbols.
 */
class RealRepliesTest {

  private static final PublicKey INIT_KEY =
      PublicKey.fromString("GLS58g5rWYS3XFTuGDSxLVwiBiPLoAyCZgn6aB9Ueh8Hj5qwQA3r6");

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
  void dynamicGlobalPropertiesWithTheHexTransitWitnesses() throws Exception {
    Recorded.serve(node, "database_api", "get_dynamic_global_properties",
        "database_api.get_dynamic_global_properties.json");

    DynamicGlobalProperties p = client.getDynamicGlobalProperties();

    assertThat(p.headBlockNumber()).isEqualTo(332);
    assertThat(p.currentWitness()).isEqualTo("cyberfounder");
    GlobalSupply s = p.supply().orElseThrow();
    assertThat(s.transitWitnesses()).isEmpty();
    assertThat(s.sbdDebtPercent()).contains(0);
    assertThat(s.minGolosPowerToEmission()).hasSize(2);
  }

  @Test
  void witnessScheduleWithTheHexShuffledWitnesses() throws Exception {
    Recorded.serve(node, "witness_api", "get_witness_schedule", "witness_api.get_witness_schedule.json");

    WitnessSchedule s = client.getWitnessSchedule();

    assertThat(s.currentShuffledWitnesses()).containsExactly("cyberfounder");
  }

  @Test
  void witnessAccountsAndConfig() throws Exception {
    Recorded.serve(node, "witness_api", "get_witness_by_account", "witness_api.get_witness_by_account.cyberfounder.json");
    Recorded.serve(node, "database_api", "get_accounts", "database_api.get_accounts.json");
    Recorded.serve(node, "database_api", "get_config", "database_api.get_config.json");

    assertThat(client.getWitnessByAccount("cyberfounder").orElseThrow().signingKey()).isEqualTo(INIT_KEY);
    List<Account> accounts = client.getAccounts(List.of("cyberfounder", "reader"));
    assertThat(accounts).extracting(Account::name).containsExactly("cyberfounder", "reader");
    assertThat(accounts.get(1).memoKey()).isEqualTo(INIT_KEY);
    assertThat(client.getConfig().addressPrefix()).isEqualTo("GLS");
  }

  @Test
  void balancesInLongSymbols() throws Exception {
    Recorded.serve(node, "database_api", "get_accounts_balances", "database_api.get_accounts_balances.json");

    List<AssetBalance> balances = client.getAccountsBalances(List.of("cyberfounder", "reader"));

    assertThat(balances).extracting(b -> b.account() + " " + b.balance() + " / " + b.tipBalance() + " / "
        + b.marketBalance().orElseThrow()).containsExactly(
            "cyberfounder 77 FOURTEENLETTER / 0 FOURTEENLETTER / 0 FOURTEENLETTER",
            "cyberfounder 981.655 YMSTEEM / 1.000 YMSTEEM / 5.000 YMSTEEM",
            "reader 12.345 YMSTEEM / 0.000 YMSTEEM / 0.000 YMSTEEM",
            "reader 12.50000000 YMSTEEM.GOLOS / 0.00000000 YMSTEEM.GOLOS / 0.00000000 YMSTEEM.GOLOS");
    assertThat(balances.get(3).symbol()).isEqualTo(new Asset.Symbol("YMSTEEM.GOLOS", 8));
  }

  @Test
  void opsInBlock() throws Exception {
    Recorded.serve(node, "operation_history", "get_ops_in_block", "operation_history.get_ops_in_block.298.false.json");

    List<AppliedOperation> ops = client.getOpsInBlock(298, false);

    assertThat(ops).hasSize(1);
    AppliedOperation op = ops.get(0);
    assertThat(op.trxId()).isEqualTo("e030a5897791b0e2b367b0d53043edaabe51851f");
    assertThat(op.block()).isEqualTo(298);
    LimitOrderCreate2 order = (LimitOrderCreate2) op.operation().orElseThrow();
    assertThat(order.amountToSell().toString()).isEqualTo("5.000 YMSTEEM");
    assertThat(order.exchangeRate().quote().toString()).isEqualTo("2.000 GOLOS");
    assertThat(node.requests().get(0)).contains("[\"operation_history\",\"get_ops_in_block\",[298,false]]");
  }

  @Test
  void transactionById() throws Exception {
    String id = "ffc12a9db37e2e4874dcbba497672e9b3b58622d";
    Recorded.serve(node, "operation_history", "get_transaction", "operation_history.get_transaction." + id + ".json");

    AnnotatedTransaction tx = client.getTransaction(id).orElseThrow();

    assertThat(tx.blockNum()).isEqualTo(296);
    assertThat(tx.transactionNum()).isZero();
    assertThat(tx.signed().id()).isEqualTo(id);
    assertThat(((Transfer) tx.signed().transaction().operations().get(0)).amount().toString())
        .isEqualTo("12.345 YMSTEEM");
    assertThat(tx.operations()).hasSize(1);
  }

  @Test
  void anUnknownTransactionIsEmptyAndAnotherErrorIsThrown() throws Exception {
    Recorded.serve(node, "operation_history", "get_transaction", "operation_history.get_transaction.unknown.json");
    assertThat(client.getTransaction("1111111111111111111111111111111111111111")).isEmpty();

    Recorded.serve(node, "operation_history", "get_transaction",
        "operation_history.get_transaction.0000000000000000000000000000000000000000.json");
    assertThatThrownBy(() -> client.getTransaction("0".repeat(40)))
        .isInstanceOf(RpcException.class).hasMessageContaining("assert_exception");
    assertThatThrownBy(() -> client.getTransaction("xyz"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("transaction id is not 40 hex chars: xyz");
  }

  @Test
  void accountHistory() throws Exception {
    Recorded.serve(node, "account_history", "get_account_history", "account_history.get_account_history.reader.json");

    List<HistoryEntry> history = client.getAccountHistory("reader", -1, 10);

    assertThat(history).extracting(HistoryEntry::sequence).containsExactly(0L, 1L, 2L);
    AssetIssue issue = (AssetIssue) history.get(1).operation().operation().orElseThrow();
    assertThat(issue.amount().toString()).isEqualTo("12.50000000 YMSTEEM.GOLOS");
    assertThat(history.get(2).operation().trxId()).isEqualTo("ffc12a9db37e2e4874dcbba497672e9b3b58622d");
    assertThat(node.requests().get(0)).contains("[\"account_history\",\"get_account_history\",[\"reader\",-1,10]]");
    assertThatThrownBy(() -> client.getAccountHistory("reader", -2, 10)).hasMessage("from not in -1..2^32-1: -2");
    assertThatThrownBy(() -> client.getAccountHistory("reader", 5, 0)).hasMessage("limit not in 1..10000: 0");
  }

  @Test
  void theParserNamesTheSourceAndTheField() {
    ReplyParser parser = Recorded.parser("database_api.get_dynamic_global_properties.json");
    String broken = Recorded.text("database_api.get_dynamic_global_properties.json")
        .replace("\"head_block_number\":332,", "");

    assertThatThrownBy(() -> parser.dynamicGlobalProperties(broken))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageEndingWith("database_api.get_dynamic_global_properties.json: unexpected response:"
            + " get_dynamic_global_properties result: missing field head_block_number");
    assertThatThrownBy(() -> parser.dynamicGlobalProperties("{"))
        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not JSON");
  }

  @Test
  void theParserTakesAReplyOrABareResult() throws Exception {
    ReplyParser parser = Recorded.parser("witness_api.get_witness_schedule.json");
    String reply = Recorded.text("witness_api.get_witness_schedule.json");
    String result = Recorded.result("witness_api.get_witness_schedule.json").toString();

    assertThat(parser.witnessSchedule(reply)).isEqualTo(parser.witnessSchedule(result));
    assertThatThrownBy(() -> parser.transaction(Recorded.text("operation_history.get_transaction.unknown.json")))
        .isInstanceOf(RpcException.class).hasMessageContaining("missing_object");
  }
}
