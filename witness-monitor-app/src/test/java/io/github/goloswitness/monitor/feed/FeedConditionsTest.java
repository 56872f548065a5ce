package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class FeedConditionsTest {
  private static final Instant HEAD = Instant.parse("2026-11-29T03:00:00Z");
  private static final Duration MAX_AGE = Duration.ofHours(24);
  private static final FeedCalculation.Result NONE = new FeedCalculation.Result(OptionalDouble.empty(), List.of(),
      List.of(), List.of(), "no chain of usable pairs from GOLOS to GBG");
  private static final FeedCalculation.Result SOME = new FeedCalculation.Result(OptionalDouble.of(0.05), List.of(Pair.FEED),
      List.of(), List.of(), null);

  private static FeedReport report(FeedReport.Outcome outcome, Duration age) {
    PublishRule.Decision d = new PublishRule.Decision(PublishRule.Reason.UP_TO_DATE, true, age, 1, "x");
    boolean priced = outcome != FeedReport.Outcome.NO_PRICE;
    return new FeedReport(HEAD, priced ? SOME : NONE, priced ? FeedPrice.of(0.05) : null,
        new ChainFeed("GLS7k", 0.05, HEAD.minus(age), 0.05, HEAD), d, outcome, null, "detail " + outcome);
  }

  private static List<String> names(FeedConditions.Step step) {
    return step.events().stream().map(FeedConditions.Event::event).toList();
  }

  @Test
  void alertsOnceWhenAConditionStartsAndOnceWhenItEnds() {
    FeedConditions.Step s1 = FeedConditions.NONE.next(report(FeedReport.Outcome.NO_PRICE, Duration.ofHours(25)), MAX_AGE);
    assertThat(names(s1)).containsExactly("feed_no_price", "feed_too_old");
    assertThat(s1.events().get(0).message()).isEqualTo("detail NO_PRICE");
    assertThat(s1.events().get(1).message()).isEqualTo("the witness's feed on chain is 90000 s old (max_age 86400 s)");
    FeedConditions.Step s2 = s1.conditions().next(report(FeedReport.Outcome.NO_PRICE, Duration.ofHours(26)), MAX_AGE);
    assertThat(s2.events()).isEmpty();
    FeedConditions.Step s3 = s2.conditions().next(report(FeedReport.Outcome.PUBLISHED, Duration.ZERO), MAX_AGE);
    assertThat(names(s3)).containsExactly("feed_price_again", "feed_fresh_again");
    assertThat(s3.conditions()).isEqualTo(FeedConditions.NONE);
  }

  @Test
  void everyFailedPublicationIsReported() {
    FeedConditions.Step s = FeedConditions.NONE.next(report(FeedReport.Outcome.PUBLISH_FAILED, Duration.ofHours(1)), MAX_AGE);
    assertThat(names(s)).containsExactly("feed_publish_failed");
    assertThat(names(s.conditions().next(report(FeedReport.Outcome.PUBLISH_FAILED, Duration.ofHours(1)), MAX_AGE)))
        .containsExactly("feed_publish_failed");
  }

  @Test
  void anUnreadableChainKeepsTheAgeCondition() {
    FeedConditions old = new FeedConditions(false, true);
    FeedReport unreadable = new FeedReport(HEAD, SOME, FeedPrice.of(0.05), null, null,
        FeedReport.Outcome.CHAIN_UNREADABLE, null, "chain not readable");
    FeedConditions.Step s = old.next(unreadable, MAX_AGE);
    assertThat(s.events()).isEmpty();
    assertThat(s.conditions()).isEqualTo(old);
  }
}
