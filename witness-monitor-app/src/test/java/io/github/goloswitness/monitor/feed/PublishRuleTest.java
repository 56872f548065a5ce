package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.feed.PublishRule.Decision;
import io.github.goloswitness.monitor.feed.PublishRule.Reason;
import io.github.goloswitness.monitor.feed.PublishRule.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PublishRuleTest {
  private static final String MINE = "GLS7mine";
  private static final String OTHER = "GLS7other";
  private static final Instant HEAD = Instant.parse("2026-11-29T03:00:00Z");
  private static final Settings RULE = new Settings(10, Duration.ofHours(24), Duration.ofHours(1), true, 50);

  private static ChainFeed chain(String signingKey, double published, Duration age, double median) {
    return new ChainFeed(signingKey, published, HEAD.minus(age), median, HEAD);
  }

  private static Decision decide(double price, ChainFeed chain) {
    return PublishRule.decide(OptionalDouble.of(price), chain, MINE, RULE);
  }

  @Test
  void theProducerPublishesWhenThePriceMovedBeyondTheThreshold() {
    Decision d = decide(0.0561, chain(MINE, 0.050, Duration.ofHours(1), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.PRICE_MOVED);
    assertThat(d.publish()).isTrue();
    assertThat(d.producer()).isTrue();
    assertThat(d.movedPct()).isCloseTo(12.2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(d.detail()).isEqualTo("price moved 12.20% > threshold_pct 10");
  }

  @Test
  void theProducerWaitsWhileThePriceIsCloseAndTheFeedFresh() {
    Decision d = decide(0.0545, chain(MINE, 0.050, Duration.ofHours(23), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.UP_TO_DATE);
    assertThat(d.publish()).isFalse();
    assertThat(d.detail()).isEqualTo("price moved 9.00% <= threshold_pct 10, feed age 82800 s <= max_age 86400 s");
  }

  @Test
  void theProducerRepublishesAnOldFeedEvenIfThePriceDidNotMove() {
    Decision d = decide(0.050, chain(MINE, 0.050, Duration.ofHours(24).plusSeconds(1), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.FEED_TOO_OLD);
    assertThat(d.feedAge()).isEqualTo(Duration.ofSeconds(86_401));
  }

  @Test
  void aWitnessWithoutAFeedPublishes() {
    Decision d = decide(0.050, new ChainFeed(MINE, 0, Instant.EPOCH, 0, HEAD));
    assertThat(d.publish()).isTrue();
    assertThat(d.reason()).isEqualTo(Reason.FEED_TOO_OLD);
    Decision fresh = decide(0.050, chain(MINE, 0, Duration.ZERO, 0));
    assertThat(fresh.reason()).isEqualTo(Reason.PRICE_MOVED);
    assertThat(fresh.detail()).isEqualTo("no feed on chain yet");
  }

  @Test
  void aBackupLeavesTheDutyToTheProducer() {
    Decision d = decide(0.07, chain(OTHER, 0.050, Duration.ofHours(24).plusMinutes(30), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.PRODUCER_DUTY);
    assertThat(d.publish()).isFalse();
    assertThat(d.producer()).isFalse();
    assertThat(d.detail()).contains("GLS7other");
  }

  @Test
  void aBackupCoversAFeedOlderThanMaxAgePlusGrace() {
    Decision atLimit = decide(0.05, chain(OTHER, 0.050, Duration.ofHours(25), 0.05));
    assertThat(atLimit.reason()).isEqualTo(Reason.PRODUCER_DUTY);
    Decision d = decide(0.05, chain(OTHER, 0.050, Duration.ofHours(25).plusSeconds(1), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.BACKUP_COVERS);
    assertThat(d.publish()).isTrue();
    assertThat(d.detail()).isEqualTo("backup covers: feed age 90001 s > max_age + backup_grace 90000 s");
  }

  @Test
  void aDisabledWitnessIsCoveredByBackupsOnly() {
    Decision d = decide(0.05, chain("GLS1111111111111111111111111111111114T1Anm", 0.05, Duration.ofDays(2), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.BACKUP_COVERS);
  }

  @Test
  void withoutFollowProducerEveryServerActsAsProducer() {
    Settings everyone = new Settings(10, Duration.ofHours(24), Duration.ofHours(1), false, 50);
    Decision d = PublishRule.decide(OptionalDouble.of(0.06), chain(OTHER, 0.05, Duration.ofHours(1), 0.05), MINE, everyone);
    assertThat(d.reason()).isEqualTo(Reason.PRICE_MOVED);
    assertThat(d.producer()).isTrue();
  }

  @Test
  void noPriceNoPublication() {
    Decision d = PublishRule.decide(OptionalDouble.empty(), chain(MINE, 0.05, Duration.ofDays(3), 0.05), MINE, RULE);
    assertThat(d.reason()).isEqualTo(Reason.NO_PRICE);
    assertThat(d.publish()).isFalse();
  }

  @Test
  void aJumpFarFromTheChainMedianIsRefused() {
    Decision d = decide(0.5, chain(MINE, 0.05, Duration.ofDays(3), 0.05));
    assertThat(d.reason()).isEqualTo(Reason.PRICE_JUMP);
    assertThat(d.publish()).isFalse();
    assertThat(d.detail()).isEqualTo(
        "price 0.500000 is 900.0% away from the chain median 0.050000, beyond max_jump_pct 50; not published");
    // within 50 % of the median it goes through even though it moved 40 % from our own feed
    assertThat(decide(0.07, chain(MINE, 0.05, Duration.ofHours(1), 0.05)).reason()).isEqualTo(Reason.PRICE_MOVED);
  }

  @Test
  void withoutAMedianOurOwnFeedIsTheReference() {
    assertThat(decide(0.2, chain(MINE, 0.05, Duration.ofHours(1), 0)).reason()).isEqualTo(Reason.PRICE_JUMP);
    // nothing on chain at all (a new testnet): nothing to compare with
    assertThat(decide(0.2, chain(MINE, 0, Duration.ofHours(1), 0)).reason()).isEqualTo(Reason.PRICE_MOVED);
    // an own feed older than max_age is no reference either (a witness back after a long pause)
    assertThat(decide(0.2, chain(MINE, 0.05, Duration.ofDays(400), 0)).reason()).isEqualTo(Reason.FEED_TOO_OLD);
  }
}
