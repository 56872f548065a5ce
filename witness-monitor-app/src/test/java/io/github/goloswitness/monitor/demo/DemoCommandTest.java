package io.github.goloswitness.monitor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.LogCapture;
import io.github.goloswitness.monitor.Main;
import io.github.goloswitness.monitor.config.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCommandTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int demo(String... args) {
    // A clock that never moves: at --speed 0 the demo must not wait for it.
    Environment env = new Environment(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true),
        new PrintStream(err, true), Map.of(), () -> Instant.EPOCH);
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    return Main.run(env, all);
  }

  @Test
  void showsACompleteFailoverAndExitsZero() {
    try (LogCapture logs = new LogCapture()) {
      int code = demo("--speed", "0", "--seed", "3");
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(text + err).isZero();
      assertThat(text)
          .contains("node0: CRASHED")
          .contains("SLOT MISSED")
          .containsPattern("node1: SWITCH SENT: witness_update signing_key node1 \\(GLS[^)]*\\), tx [0-9a-f]{40}")
          .contains("KEY CONFIRMED ON CHAIN")
          .containsPattern("block [0-9]+ produced by node1")
          .contains("switches broadcast:            1")
          .containsPattern("final producer: +node1 GLS")
          .contains("result: FAILOVER OK");
      assertThat(LogCapture.WIF.matcher(text + err).find()).isFalse();
      assertThat(LogCapture.WIF.matcher(logs.text()).find()).isFalse();
    }
  }

  @Test
  void withPeersTheProducersServerDiesAndNoBlockIsLost() {
    try (LogCapture logs = new LogCapture()) {
      int code = demo("--speed", "0", "--seed", "3", "--peers");
      String text = out.toString(StandardCharsets.UTF_8);
      assertThat(code).as(text + err).isZero();
      assertThat(text)
          .contains("node0's monitor is down too")
          .contains("node0: CRASHED")
          .doesNotContain("SLOT MISSED")
          .containsPattern("node1: threshold reached: peer holding GLS[^ ]* down since block")
          .contains("KEY CONFIRMED ON CHAIN")
          .contains("misses after the crash:        0")
          .contains("result: NO BLOCK LOST");
      assertThat(LogCapture.WIF.matcher(text + err + logs.text()).find()).isFalse();
    }
  }

  @Test
  void refusesANegativeSpeed() {
    assertThat(demo("--speed", "-1")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--speed");
    assertThat(out.size()).isZero();
  }
}
