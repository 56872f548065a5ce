package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.Asset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code market_history.get_ticker} as the real golosd 0.30 answers it after one trade (recorded by
 * golos-it, recorded/README.md): {@code latest1}, {@code asset1_volume}, ... instead of Steem's
 * {@code latest}, {@code steem_volume}; the read failed before with "missing field latest".
 */
class RealTickerTest {
  @Test
  void tickerOfChainNode030() throws Exception {
    try (FakeGolosd node = FakeGolosd.start();
         GolosClient client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0)
             .build()) {
      Recorded.serve(node, "market_history", "get_ticker", "it-market_history.get_ticker.json");

      Ticker t = client.getTicker();

      assertThat(t.latest()).isEqualByComparingTo("0.5");
      assertThat(t.percentChange()).isEqualByComparingTo("0");
      assertThat(t.lowestAsk()).isEqualByComparingTo("0");
      assertThat(t.steemVolume()).isEqualTo(Asset.parse("10.000 GOLOS"));
      assertThat(t.sbdVolume()).isEqualTo(Asset.parse("5.000 GBG"));
    }
  }
}
