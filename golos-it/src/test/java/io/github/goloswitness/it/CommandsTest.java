package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.client.Block;
import io.github.goloswitness.crypto.PublicKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code handover} and {@code switch} commands as processes against the real node, beside the
 * running daemons; each is judged by the chain's {@code signing_key} after it.
 */
@ExtendWith(TestnetExtension.class)
@Order(5)
class CommandsTest {
  private final Testnet net;

  CommandsTest(Testnet net) {
    this.net = net;
  }

  private static PublicKey key(String server) {
    return Testnet.signing(server).publicKey();
  }

  @Test
  void handoverAndSwitchOnTheRealNode() throws Exception {
    Chain chain = net.chain();
    assertThat(chain.witness(Bootstrap.ALPHA).signingKey()).as("the failover test leaves B0 producing").isEqualTo(key("b0"));
    String url = chain.witness(Bootstrap.ALPHA).url();
    Path config = net.monitors().writeConfig("b0");
    StringBuilder figures = new StringBuilder("## handover and switch (the CLI as processes, against node B0 / A)\n\n"
        + "| command | exit | signing_key on chain after |\n| --- | --- | --- |\n");

    MonitorProcess dry = new MonitorProcess("cli-handover-dry", net.work());
    int exit = dry.runToEnd(120, "handover", "--config", config.toString(), "--to-key", key("b2").toString(), "--dry-run");
    assertThat(exit).as(dry.logText()).isZero();
    assertThat(dry.logText()).contains("witness_update").contains(key("b2").toString());
    assertThat(chain.witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b0"));
    figures.append("| handover --to-key B2 --dry-run | 0 | B0 (signed transaction printed) |\n");

    // the testnet schedules 3 witnesses a round: alpha's slot is never 4 slots away, so the
    // handover refuses at once rather than risk its next block (Handover: UNSAFE_SLOTS + 2)
    MonitorProcess handover = new MonitorProcess("cli-handover", net.work());
    exit = handover.runToEnd(180, "handover", "--config", config.toString(), "--to-key", key("b2").toString());
    assertThat(exit).as(handover.logText()).isEqualTo(1);
    assertThat(handover.logText()).contains("FAILED: the schedule has 3 witness(es)");
    assertThat(chain.witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b0"));
    figures.append("| handover --to-key B2 | 1 | B0 (\"the schedule has 3 witness(es) … not switching\") |\n");

    Path keyFile = net.monitors().daemon("b0").dir().resolve("active.key");
    long before = chain.head();
    MonitorProcess toB2 = new MonitorProcess("cli-switch-b2", net.work());
    exit = toB2.runToEnd(120, "switch", "--node", net.node("a").http().toString(), "--witness", Bootstrap.ALPHA,
        "--key-file", keyFile.toString(), "--to-key", key("b2").toString());
    assertThat(exit).as(toB2.logText()).isZero();
    assertThat(chain.witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b2"));
    assertThat(chain.witness(Bootstrap.ALPHA).url()).as("switch keeps the url").isEqualTo(url);
    Block first = new FailoverScenario("switch to B2", chain).firstBlockWith(key("b2"), Duration.ofSeconds(60));
    figures.append("| switch --to-key B2 | 0 | B2 (B2's first block: ").append(first.number()).append(") |\n");

    MonitorProcess toB0 = new MonitorProcess("cli-switch-b0", net.work());
    exit = toB0.runToEnd(120, "switch", "--node", net.node("b0").ws().toString(), "--witness", Bootstrap.ALPHA,
        "--key-file", keyFile.toString(), "--to-key", key("b0").toString());
    assertThat(exit).as(toB0.logText()).isZero();
    assertThat(chain.witness(Bootstrap.ALPHA).signingKey()).isEqualTo(key("b0"));
    new FailoverScenario("switch back to B0", chain).firstBlockWith(key("b0"), Duration.ofSeconds(60));
    List<JsonNode> updates = chain.opsInBlocks(before + 1, chain.head(), "witness_update");
    assertThat(updates).as("the two switches, and no daemon switching against them").hasSize(2);
    figures.append("| switch --to-key B0 (over ws) | 0 | B0; ").append(updates.size())
        .append(" witness_update in all, none by a daemon |\n");
    net.figures().section("5-commands", figures.toString());
  }
}
