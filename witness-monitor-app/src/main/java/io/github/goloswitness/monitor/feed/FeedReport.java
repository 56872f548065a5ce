package io.github.goloswitness.monitor.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One round of the publisher: what the sources said, the price, the chain's view, the decision
 * and what happened.
 *
 * @param time when the round ran (local clock)
 * @param calculation the sources and the computed price
 * @param price the price as it would be published (3 decimals per side), or null without a price
 * @param chain the chain's view, or null when it could not be read
 * @param decision the publish decision, or null when the chain could not be read
 * @param outcome what happened
 * @param transactionId the feed_publish transaction id when one was signed, else null
 * @param detail one line for people
 */
public record FeedReport(Instant time, FeedCalculation.Result calculation, FeedPrice price, ChainFeed chain,
    PublishRule.Decision decision, Outcome outcome, String transactionId, String detail) {

  public FeedReport {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(calculation, "calculation");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  /** What the round did. */
  public enum Outcome {
    /** feed_publish was accepted by the node. */
    PUBLISHED,
    /** It would have published, but this is a dry run: signed, not broadcast. */
    DRY_RUN,
    /** The decision was not to publish (up to date, or a backup's turn has not come). */
    NOT_NEEDED,
    /** No usable price (too few sources, no chain of pairs, or a jump beyond the sanity bound). */
    NO_PRICE,
    /** The chain could not be read; nothing decided. */
    CHAIN_UNREADABLE,
    /** The node refused the transaction or could not be reached. */
    PUBLISH_FAILED;

    /** Whether an operator should be alerted. */
    public boolean alarming() {
      return this == NO_PRICE || this == CHAIN_UNREADABLE || this == PUBLISH_FAILED;
    }
  }

  /** Source failures of this round (each an unusable source). */
  public long sourceFailures() {
    return calculation.sources().stream().filter(s -> s.use() == FeedCalculation.Use.FAILED).count();
  }
}
