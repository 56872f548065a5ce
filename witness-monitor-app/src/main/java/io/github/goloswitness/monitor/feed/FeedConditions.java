package io.github.goloswitness.monitor.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The lasting conditions an operator is alerted about, and their edges between two rounds. Pure:
 * {@link #next} returns the new conditions and the events; alerts fire once when a condition
 * starts, and once when it ends.
 *
 * @param noPrice the last round had no usable price
 * @param tooOld the witness's feed on chain was older than {@code max_age}
 */
public record FeedConditions(boolean noPrice, boolean tooOld) {
  /** Nothing wrong yet (the state before the first round). */
  public static final FeedConditions NONE = new FeedConditions(false, false);

  /**
   * An edge for the operator.
   *
   * @param event lower_snake_case: {@code feed_no_price}, {@code feed_price_again},
   *     {@code feed_too_old}, {@code feed_fresh_again}, {@code feed_publish_failed}
   * @param message one line
   */
  public record Event(String event, String message) {}

  /** The conditions and events after a round. */
  public record Step(FeedConditions conditions, List<Event> events) {
    public Step {
      Objects.requireNonNull(conditions, "conditions");
      events = List.copyOf(events);
    }
  }

  /** The conditions after {@code report}, with the edges from these. */
  public Step next(FeedReport report, Duration maxAge) {
    List<Event> events = new ArrayList<>();
    boolean nowNoPrice = report.outcome() == FeedReport.Outcome.NO_PRICE;
    if (nowNoPrice && !noPrice) {
      events.add(new Event("feed_no_price", report.detail()));
    } else if (!nowNoPrice && noPrice && report.price() != null) {
      events.add(new Event("feed_price_again", "usable price again: " + report.price()));
    }
    // Without a chain view the age is unknown: keep the last known state.
    boolean nowTooOld = report.decision() == null ? tooOld : report.decision().feedAge().compareTo(maxAge) > 0;
    if (nowTooOld && !tooOld) {
      events.add(new Event("feed_too_old", "the witness's feed on chain is " + report.decision().feedAge().getSeconds()
          + " s old (max_age " + maxAge.getSeconds() + " s)"));
    } else if (!nowTooOld && tooOld) {
      events.add(new Event("feed_fresh_again", "the witness's feed on chain is "
          + report.decision().feedAge().getSeconds() + " s old again"));
    }
    if (report.outcome() == FeedReport.Outcome.PUBLISH_FAILED) {
      events.add(new Event("feed_publish_failed", report.detail()));
    }
    return new Step(new FeedConditions(nowNoPrice, nowTooOld), events);
  }
}
