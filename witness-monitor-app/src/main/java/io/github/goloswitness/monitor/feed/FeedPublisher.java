package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.time.InstantSource;
import java.util.Objects;

/**
 * One round of the price feed: ask the sources, compute GBG/GOLOS, read the chain, decide, publish.
 * Never throws for a source, chain or node failure: everything ends up in the {@link FeedReport}.
 * Stateless between rounds (the chain is the memory); not for concurrent use.
 */
public final class FeedPublisher {
  private final FeedConfig config;
  private final SourceReader sources;
  private final FeedChain chain;
  private final String witness;
  private final String ourKey;
  private final InstantSource clock;
  private final boolean dryRun;

  /**
   * @param witness the witness account
   * @param ourKey this server's block signing public key ({@code witness_pubkey})
   * @param clock the local clock (source date ranges, the report's time)
   * @param dryRun compute and decide, never broadcast
   */
  public FeedPublisher(FeedConfig config, FeedChain chain, String witness, String ourKey, InstantSource clock,
      boolean dryRun) {
    this(config, FeedSources.build(config, chain::latestMarketPrice), chain, witness, ourKey, clock, dryRun);
  }

  FeedPublisher(FeedConfig config, SourceReader sources, FeedChain chain, String witness, String ourKey,
      InstantSource clock, boolean dryRun) {
    this.config = Objects.requireNonNull(config, "config");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.chain = Objects.requireNonNull(chain, "chain");
    this.witness = Objects.requireNonNull(witness, "witness");
    this.ourKey = Objects.requireNonNull(ourKey, "ourKey");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.dryRun = dryRun;
  }

  /** Runs one round. */
  public FeedReport runOnce() {
    var now = clock.instant();
    FeedCalculation.Result calculation = FeedCalculation.compute(sources.readAll(now), config.calculation());
    FeedPrice price = null;
    String priceProblem = calculation.problem();
    if (calculation.price().isPresent()) {
      try {
        price = FeedPrice.of(calculation.price().getAsDouble());
      } catch (IllegalArgumentException e) {
        priceProblem = e.getMessage();
      }
    }
    ChainFeed view;
    try {
      view = chain.read(witness);
    } catch (IOException e) {
      return new FeedReport(now, calculation, price, null, null, FeedReport.Outcome.CHAIN_UNREADABLE, null,
          "chain not readable: " + message(e));
    }
    PublishRule.Decision decision = PublishRule.decide(
        price == null ? java.util.OptionalDouble.empty() : calculation.price(), view, ourKey, config.rule());
    if (decision.reason() == PublishRule.Reason.NO_PRICE) {
      return new FeedReport(now, calculation, null, view, decision, FeedReport.Outcome.NO_PRICE, null,
          "no usable price: " + priceProblem);
    }
    if (decision.reason() == PublishRule.Reason.PRICE_JUMP) {
      return new FeedReport(now, calculation, price, view, decision, FeedReport.Outcome.NO_PRICE, null, decision.detail());
    }
    if (!decision.publish()) {
      return new FeedReport(now, calculation, price, view, decision, FeedReport.Outcome.NOT_NEEDED, null, decision.detail());
    }
    try {
      String id = chain.publish(witness, price, !dryRun);
      return dryRun
          ? new FeedReport(now, calculation, price, view, decision, FeedReport.Outcome.DRY_RUN, id,
              "dry run: signed, not broadcast: " + price + " (" + decision.detail() + ")")
          : new FeedReport(now, calculation, price, view, decision, FeedReport.Outcome.PUBLISHED, id,
              "published " + price + " (" + decision.detail() + ")");
    } catch (IOException e) {
      return new FeedReport(now, calculation, price, view, decision, FeedReport.Outcome.PUBLISH_FAILED, null,
          "publishing " + price + " failed: " + message(e));
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
