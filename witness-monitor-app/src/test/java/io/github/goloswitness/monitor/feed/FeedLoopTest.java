package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FeedLoopTest {
  private static final Instant START = Instant.parse("2026-11-29T03:00:00Z");

  @Test
  void runsARoundEveryIntervalOnTheInjectedClockUntilStopped() throws Exception {
    AtomicReference<Instant> time = new AtomicReference<>(START);
    FeedConfig config = FeedConfigParser.parse(new YAMLMapper().readTree(
        "{interval: 600, sources: [{type: fixed, pair: GOLOS/GBG, price: 0.05}]}"));
    FakeFeedChain chain = new FakeFeedChain(new ChainFeed("GLS7mine", 0.05, START.minus(Duration.ofDays(2)), 0.05, START));
    FeedPublisher publisher = new FeedPublisher(config, chain, "lex", "GLS7mine", time::get, false);
    List<Instant> deadlines = new ArrayList<>();
    List<FeedReport> reports = new ArrayList<>();
    FeedLoop loop = new FeedLoop(publisher, config, time::get, deadline -> {
      deadlines.add(deadline);
      time.set(deadline); // the fake clock jumps to the next round
      return deadlines.size() < 3;
    }, report -> {
      reports.add(report);
      if (reports.size() == 2) {
        throw new IllegalStateException("listener bug");
      }
    }, e -> reports.add(null));
    loop.run();
    assertThat(deadlines).containsExactly(START.plusSeconds(600), START.plusSeconds(1200), START.plusSeconds(1800));
    // three rounds; the second listener call threw, was reported, and the loop went on
    assertThat(reports).hasSize(4);
    assertThat(reports.get(2)).isNull();
    assertThat(reports.get(0).time()).isEqualTo(START);
    assertThat(reports.get(3).time()).isEqualTo(START.plusSeconds(1200));
    assertThat(chain.published).hasSize(3); // the fake chain's feed stays 2 days old: every round republishes
  }
}
