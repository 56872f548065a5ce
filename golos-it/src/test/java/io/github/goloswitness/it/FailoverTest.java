package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.crypto.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daemons' failover on the real chain, four scenarios in a row: a backup's golosd down (no
 * switch), the producing server dies as a whole (golosd and its monitor SIGKILLed: B1, priority
 * 1, takes over), the producer comes back (no switch back, no flapping), the producer's golosd
 * dies while its monitor lives (B0, back and priority 0, takes over). Every figure is the node's:
 * {@code signing_key}, {@code total_missed}, the {@code witness_update}s in the blocks, the key
 * that signed alpha's blocks.
 */
@ExtendWith(TestnetExtension.class)
@Order(4)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverTest {
  private static final Duration TAKEOVER = Duration.ofSeconds(120);
  private final Testnet net;
  private final Map<Integer, String> rows = new ConcurrentHashMap<>();

  FailoverTest(Testnet net) {
    this.net = net;
  }

  private static PublicKey key(String server) {
    return Testnet.signing(server).publicKey();
  }

  @Test
  @Order(1)
  void aBackupsGolosdDownNeedsNoSwitchAndNoneHappens() throws Exception {
    assertThat(net.chain().witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b0"));
    FailoverScenario s = new FailoverScenario("backup B2's golosd down", net.chain());
    net.node("b2").kill();
    net.chain().awaitBlock(s.faultBlock + 15, Duration.ofSeconds(90)); // five of alpha's slots
    List<JsonNode> updates = s.witnessUpdates();
    long missed = s.missedSince();
    net.restartNode("b2");
    row(1, s, key("b0"), updates.size(), missed, "-", "-");
    assertThat(net.chain().witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b0"));
    assertThat(updates).as("witness_update by alpha").isEmpty();
    assertThat(missed).as("alpha's total_missed delta").isZero();
  }

  @Test
  @Order(2)
  void theProducersWholeServerDiesAndTheBackupOfPriority1TakesOver() throws Exception {
    FailoverScenario s = new FailoverScenario("producer B0 dies (golosd and monitor SIGKILL)", net.chain());
    net.monitors().kill("b0");
    net.node("b0").kill();
    s.awaitKey(key("b1"), TAKEOVER);
    Block first = s.firstBlockWith(key("b1"), TAKEOVER);
    net.chain().awaitBlock(first.number() + 6, Duration.ofSeconds(60)); // a late second switch would show by now
    List<JsonNode> updates = s.witnessUpdates();
    long missed = s.missedSince();
    row(2, s, key("b1"), updates.size(), missed, updates.isEmpty() ? "?" : s.secondsTo(FailoverScenario.time(updates.get(0))) + "",
        s.secondsTo(first.header().timestamp()) + " (block " + first.number() + ")");
    assertThat(updates).as("witness_update by alpha after the kill").hasSize(1);
    assertThat(updates.get(0).path("op").path(1).path("block_signing_key").asText()).isEqualTo(key("b1").toString());
    assertThat(net.chain().witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b1"));
    // the feed follows the producer: B1 publishes its own price now
    net.poll().untilTrue("alpha's feed = B1's price", Duration.ofSeconds(60),
        () -> net.chain().witness(Bootstrap.ALPHA).sbdExchangeRate().equals(FeedTest.stored("b1")));
  }

  @Test
  @Order(3)
  void theProducerComesBackAndNothingFlaps() throws Exception {
    net.node("b0").start();
    net.awaitSynced("b0", Duration.ofSeconds(120));
    net.monitors().start("b0");
    FailoverScenario s = new FailoverScenario("B0 comes back (golosd and monitor)", net.chain());
    // past the cooldown after the last switch (1 round = 21 blocks) and more
    net.chain().awaitBlock(s.faultBlock + 30, Duration.ofSeconds(150));
    List<JsonNode> updates = s.witnessUpdates();
    long missed = s.missedSince();
    row(3, s, net.chain().witness(Bootstrap.ALPHA).signingKey(), updates.size(), missed, "-", "-");
    assertThat(net.chain().witness(Bootstrap.ALPHA).signingKey()).as("no switch back").isEqualTo(key("b1"));
    assertThat(updates).as("witness_update by alpha while B0 is back").isEmpty();
    assertThat(missed).isZero();
  }

  @Test
  @Order(4)
  void theProducersGolosdDiesWhileItsMonitorLivesAndTheBestBackupTakesOver() throws Exception {
    FailoverScenario s = new FailoverScenario("producer B1's golosd dies, its monitor lives", net.chain());
    net.node("b1").kill();
    s.awaitKey(key("b0"), TAKEOVER);
    Block first = s.firstBlockWith(key("b0"), TAKEOVER);
    net.chain().awaitBlock(first.number() + 6, Duration.ofSeconds(60));
    List<JsonNode> updates = s.witnessUpdates();
    long missed = s.missedSince();
    row(4, s, key("b0"), updates.size(), missed, updates.isEmpty() ? "?" : s.secondsTo(FailoverScenario.time(updates.get(0))) + "",
        s.secondsTo(first.header().timestamp()) + " (block " + first.number() + ")");
    net.restartNode("b1");
    assertThat(updates).as("witness_update by alpha after B1's golosd died").hasSize(1);
    assertThat(updates.get(0).path("op").path(1).path("block_signing_key").asText()).isEqualTo(key("b0").toString());
  }

  private void row(int n, FailoverScenario s, PublicKey after, int updates, long missed, String toKey, String toBlock) {
    rows.put(n, "| " + s.name + " | " + server(s.keyBefore) + " -> " + server(after) + " | " + updates + " | " + missed
        + " | " + toKey + " | " + toBlock + " |");
  }

  private static String server(PublicKey k) {
    for (String s : Testnet.SERVERS) {
      if (key(s).equals(k)) {
        return s.toUpperCase(java.util.Locale.ROOT);
      }
    }
    return k.toString();
  }

  @AfterAll
  void figures() {
    StringBuilder t = new StringBuilder("## Failover on the real chain (3 daemons, priorities 0-2, peers with /peer)\n\n"
        + "Seconds from the fault (SIGKILL) to the chain time of the block holding the switch, and to the first block "
        + "alpha produced with the new key (the key recovered from its witness_signature). Misses: the node's "
        + "total_missed delta for alpha.\n\n"
        + "| scenario | key on chain | witness_update by alpha | total_missed delta | s to switch | s to new key's first block |\n"
        + "| --- | --- | --- | --- | --- | --- |\n");
    rows.keySet().stream().sorted().forEach(k -> t.append(rows.get(k)).append('\n'));
    net.figures().section("3-failover", t.toString());
  }
}
