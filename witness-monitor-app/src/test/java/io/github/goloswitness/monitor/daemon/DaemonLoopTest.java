package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLoopTest {
  @TempDir Path dir;

  @Test
  void aStopRequestedDuringATickFinishesItSavesTheStateAndReturns() throws Exception {
    try (FakeChain chain = new FakeChain(MonitorTest.KEY_A, MonitorTest.ACTIVE.publicKey().toString())) {
      FakeChain.Node node = chain.node();
      Path state = dir.resolve("state.json");
      MonitorConfig config = ConfigLoader.parse("node: " + node.uri() + "\nwitness: alpha-wit\nwitness_pubkey: "
          + MonitorTest.KEY_B + "\nstate_file: " + state + "\n", "test.yml", Map.of()).config();
      MonitorMetrics metrics = MonitorMetrics.create();
      try (Wiring wiring = Wiring.open(config, Optional.empty(), chain.clock(), metrics)) {
        Monitor monitor = wiring.monitor("t", config, FailoverState.initial(), chain.clock(), a -> { }, metrics);
        StopSignal stop = new StopSignal();
        stop.stop(); // SIGTERM arrived while the first tick was running
        long ticks = new DaemonLoop(monitor, new Ticker(Duration.ofSeconds(3), Duration.ofMillis(500)),
            chain.clock(), stop).run();
        assertThat(ticks).isEqualTo(1);
        assertThat(Files.readString(state)).contains(MonitorTest.KEY_A).contains("\"head_block\" : \"1000\"");
        assertThat(monitor.health().up()).isTrue();
      }
    }
  }
}
