package io.github.goloswitness.monitor.feed;

import io.github.goloswitness.monitor.alert.Alert;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the daemon does with each feed round: one log line (plus one per failed source), the
 * metrics, and alerts on the edges of {@link FeedConditions}. Used from the feed loop's thread only.
 */
public final class FeedService implements Consumer<FeedReport> {
  private static final Logger log = LoggerFactory.getLogger(FeedService.class);

  private final String witness;
  private final String node;
  private final Duration maxAge;
  private final Consumer<Alert> alerts;
  private final MonitorMetrics metrics;
  private FeedConditions conditions = FeedConditions.NONE;

  /**
   * @param node the local node as shown in alerts (no credentials)
   * @param alerts receives alerts (usually the dispatcher's submit)
   */
  public FeedService(String witness, String node, Duration maxAge, Consumer<Alert> alerts, MonitorMetrics metrics) {
    this.witness = Objects.requireNonNull(witness, "witness");
    this.node = Objects.requireNonNull(node, "node");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.alerts = Objects.requireNonNull(alerts, "alerts");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  @Override
  public void accept(FeedReport report) {
    List<FeedCalculation.SourceOutcome> failed = report.calculation().sources().stream()
        .filter(s -> s.use() == FeedCalculation.Use.FAILED).toList();
    failed.forEach(s -> log.warn("feed source {} ({}): {}", s.reading().source(), s.reading().pair(), s.reading().failure()));
    report.calculation().sources().stream().filter(s -> s.use() == FeedCalculation.Use.OUTLIER)
        .forEach(s -> log.warn("feed source {} ({}): outlier {} is {}% from its pair's median, dropped",
            s.reading().source(), s.reading().pair(), s.reading().value(), String.format("%.1f", s.deviationPct())));
    String line = "feed " + report.outcome().name().toLowerCase(java.util.Locale.ROOT) + ": " + report.detail()
        + (report.transactionId() == null ? "" : " (tx " + report.transactionId() + ")");
    if (report.outcome().alarming()) {
      log.warn(line);
    } else {
      log.info(line);
    }
    metrics.feedRound(report.calculation().price().orElse(Double.NaN),
        report.decision() == null ? null : report.decision().feedAge(),
        failed.stream().map(s -> s.reading().source()).toList(), report.outcome().name().toLowerCase(java.util.Locale.ROOT));
    FeedConditions.Step step = conditions.next(report, maxAge);
    conditions = step.conditions();
    for (FeedConditions.Event e : step.events()) {
      alerts.accept(new Alert(e.event(), "", witness, node, e.message(), report.time()));
    }
  }
}
