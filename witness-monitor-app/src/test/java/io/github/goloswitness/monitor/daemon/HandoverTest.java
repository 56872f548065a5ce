package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PublicKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HandoverTest {
  private final FakeChain chain = new FakeChain(MonitorTest.KEY_A, MonitorTest.ACTIVE.publicKey().toString());
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private GolosClient client;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    chain.close();
  }

  private Handover handover(boolean dryRun) throws Exception {
    client = GolosClient.builder(chain.node().uri()).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
    Switcher switcher = new Switcher(client, client, 1, FakeChain.WITNESS, Optional.of(MonitorTest.ACTIVE), dryRun,
        Duration.ofSeconds(12), Duration.ofSeconds(9));
    Handover.Waiter never = () -> {
      throw new AssertionError("the handover waited for a block");
    };
    return new Handover(client, switcher, FakeChain.WITNESS, never, new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @Test
  void aScheduleTooSmallForAnySafeMomentFailsAtOnce() throws Exception {
    // Issue 18: on a small schedule the handover waited its 63 blocks and then failed.
    chain.schedule(FakeChain.WITNESS, "bob", "carol");
    Handover.Result result = handover(false).run(PublicKey.fromString(MonitorTest.KEY_B), 63);
    assertThat(result).isEqualTo(Handover.Result.FAILED);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED: the schedule has 3 witness(es): "
        + FakeChain.WITNESS + "'s slot is never more than 3 slots away, so no moment is 4 slots clear of it");
    assertThat(chain.broadcasts).isEmpty();
  }

  @Test
  void aDryRunDoesNotWaitAndPrintsTheSignedTransaction() throws Exception {
    chain.schedule(FakeChain.WITNESS); // the very next slot is the witness's: a real handover would wait
    Handover.Result result = handover(true).run(PublicKey.fromString(MonitorTest.KEY_B), 63);
    assertThat(result).isEqualTo(Handover.Result.DRY_RUN);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).containsPattern("dry run: signed, not broadcast, not waiting for a safe moment; tx [0-9a-f]{40}:")
        .contains("\"operations\":[[\"witness_update\",{\"owner\":\"" + FakeChain.WITNESS + "\"")
        .contains("\"block_signing_key\":\"" + MonitorTest.KEY_B + "\"").contains("\"signatures\":[\"");
    assertThat(chain.broadcasts).isEmpty();
  }
}
