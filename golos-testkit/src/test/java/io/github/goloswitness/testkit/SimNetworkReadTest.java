package io.github.goloswitness.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.client.Account;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.BlockHeader;
import io.github.goloswitness.client.ChainConfig;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.RpcException;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.client.WitnessSchedule;
import io.github.goloswitness.crypto.ChainId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reads through the real GolosClient: golosd's shapes, parsed by the client's records. */
class SimNetworkReadTest {

  private final SimNetwork net = SimNetworks.start(SimConfig.defaults());
  private final GolosClient client = SimClients.client(net.uri(0));

  @AfterEach
  void close() {
    client.close();
    net.close();
  }

  @Test
  void dynamicGlobalPropertiesFollowTheChain() throws IOException {
    DynamicGlobalProperties dgp = client.getDynamicGlobalProperties();

    assertThat(dgp.headBlockNumber()).isEqualTo(21); // the warm-up round
    assertThat(dgp.time()).isEqualTo(Instant.parse("2026-11-26T00:01:03Z")).isEqualTo(net.now());
    assertThat(dgp.currentWitness()).isEqualTo("uniform-wit");
    assertThat(dgp.participationCount()).isEqualTo(128);
    assertThat(dgp.headBlockId()).startsWith("00000015");
    assertThat(dgp.currentAslot()).isEqualTo(21);
    assertThat(dgp.lastIrreversibleBlockNum()).isBetween(1L, 20L);

    net.advanceSlot();
    DynamicGlobalProperties next = client.getDynamicGlobalProperties();
    assertThat(next.headBlockNumber()).isEqualTo(22);
    assertThat(next.currentWitness()).isEqualTo("alpha-wit");
    assertThat(next.time()).isEqualTo(dgp.time().plusSeconds(3));
  }

  @Test
  void blocksChainByPreviousIds() throws IOException {
    String headId = client.getDynamicGlobalProperties().headBlockId();
    net.advanceSlot();

    Block block = client.getBlock(22).orElseThrow();
    BlockHeader header = client.getBlockHeader(22).orElseThrow();

    assertThat(block.header().previous()).isEqualTo(headId);
    assertThat(block.number()).isEqualTo(22);
    assertThat(block.header().witness()).isEqualTo("alpha-wit");
    assertThat(block.transactions()).isEmpty();
    assertThat(header).isEqualTo(block.header());
    assertThat(client.getBlock(23)).isEmpty();
  }

  @Test
  void ourWitnessHasTheFirstNodesKeyAndUnknownNamesAreNull() throws IOException {
    Witness w = client.getWitnessByAccount("alpha-wit").orElseThrow();

    assertThat(w.signingKey()).isEqualTo(net.signingKey(0).publicKey()).isEqualTo(net.onChainSigningKey());
    assertThat(w.signingKey()).isNotEqualTo(net.signingKey(1).publicKey());
    assertThat(w.url()).isEqualTo("https://golos.example/@alpha-wit");
    assertThat(w.totalMissed()).isZero();
    assertThat(w.lastConfirmedBlockNum()).isEqualTo(1);
    assertThat(w.runningVersion()).isEqualTo("0.30.0");
    assertThat(w.props().maximumBlockSize()).isEqualTo(131072);
    assertThat(client.getWitnessByAccount("nobody-here")).isEmpty();
    assertThat(client.getWitnessByAccount("bravo-wit").orElseThrow().lastConfirmedBlockNum()).isEqualTo(2);
  }

  @Test
  void accountCarriesTheActiveKey() throws IOException {
    List<Account> accounts = client.getAccounts(List.of("alpha-wit", "nobody-here"));

    assertThat(accounts).hasSize(1);
    assertThat(accounts.get(0).active().keyAuths()).containsOnlyKeys(net.activeKey().publicKey());
    assertThat(accounts.get(0).active().weightThreshold()).isEqualTo(1);
  }

  @Test
  void configScheduleAndVersions() throws IOException {
    ChainConfig config = client.getConfig();
    WitnessSchedule schedule = client.getWitnessSchedule();

    assertThat(config.chainId()).isEqualTo(ChainId.GOLOS_MAINNET.toHex());
    assertThat(config.blockchainVersion()).isEqualTo("0.30.0");
    assertThat(config.maxTimeUntilExpiration()).isEqualTo(3600);
    assertThat(client.getHardforkVersion()).isEqualTo("0.30.0");
    assertThat(client.getChainProperties().maximumBlockSize()).isEqualTo(131072);
    assertThat(client.getActiveWitnesses()).hasSize(21).startsWith("alpha-wit", "bravo-wit");
    assertThat(schedule.numScheduledWitnesses()).isEqualTo(21);
  }

  @Test
  void envelopeErrorsAreGolosds() throws Exception {
    String notCall = post(net.uri(0),
        "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"database_api.get_dynamic_global_properties\",\"params\":[]}");
    assertThat(notCall).isEqualTo(
        "{\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32600,\"message\":\"A member \\\"method\\\" is not \\\"call\\\"\"},\"id\":8}");
    assertThat(post(net.uri(0), "{not json")).contains("\"code\":-32700").contains("\"id\":null");

    assertThatThrownBy(() -> client.call("nosuch_api", "get_x"))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(-32601));
    assertThatThrownBy(() -> client.call("witness_api", "get_witness_by_account"))
        .isInstanceOfSatisfying(RpcException.class, e -> {
          assertThat(e.code()).isEqualTo(-32002);
          assertThat(e.name()).contains("invalid_arguments_count");
          assertThat(e.detail()).isEqualTo("Expected 1 parameter, received 0");
        });
  }

  @Test
  void batchesAnswerEachRequest() throws Exception {
    String reply = post(net.uri(0), "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"call\",\"params\":"
        + "[\"database_api\",\"get_hardfork_version\",[]]},{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"x\"}]");

    assertThat(reply).startsWith("[{\"jsonrpc\":\"2.0\",\"result\":\"0.30.0\",\"id\":1},")
        .contains("\"code\":-32600").endsWith("\"id\":\"b\"}]");
  }

  static String post(URI uri, String body) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
