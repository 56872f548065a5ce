package io.github.goloswitness.monitor.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code --json} form of a {@link FeedReport}: one object with the computed price, each
 * source's value and use, the markets, the chain's view, the decision and the transaction id.
 */
public final class FeedReportJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedReportJson() {}

  /** {@code report} as one line of JSON. */
  public static String write(FeedReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("time", report.time().toString());
    root.put("outcome", report.outcome().name().toLowerCase(java.util.Locale.ROOT));
    root.put("detail", report.detail());
    FeedCalculation.Result calc = report.calculation();
    if (calc.price().isPresent()) {
      root.put("computed_gbg_per_golos", calc.price().getAsDouble());
    } else {
      root.putNull("computed_gbg_per_golos");
    }
    if (report.price() != null) {
      ObjectNode rate = root.putObject("exchange_rate");
      rate.put("base", report.price().toPrice().base().toString());
      rate.put("quote", report.price().toPrice().quote().toString());
    } else {
      root.putNull("exchange_rate");
    }
    root.put("problem", calc.problem());
    ArrayNode path = root.putArray("path");
    calc.path().forEach(p -> path.add(p.toString()));
    ArrayNode sources = root.putArray("sources");
    for (FeedCalculation.SourceOutcome s : calc.sources()) {
      ObjectNode o = sources.addObject();
      o.put("name", s.reading().source());
      o.put("pair", s.reading().pair().toString());
      if (s.reading().ok()) {
        o.put("value", s.reading().value());
      } else {
        o.putNull("value");
      }
      o.put("used", s.use() == FeedCalculation.Use.USED);
      o.put("use", s.use().name().toLowerCase(java.util.Locale.ROOT));
      if (!Double.isNaN(s.deviationPct())) {
        o.put("deviation_pct", s.deviationPct());
      }
      if (!s.reading().ok()) {
        o.put("failure", s.reading().failure());
      }
    }
    ArrayNode markets = root.putArray("markets");
    for (FeedCalculation.Market m : calc.markets()) {
      ObjectNode o = markets.addObject();
      o.put("pair", m.pair().toString());
      if (Double.isNaN(m.median())) {
        o.putNull("median");
      } else {
        o.put("median", m.median());
      }
      o.put("sources_used", m.used());
      if (m.problem() != null) {
        o.put("problem", m.problem());
      }
    }
    if (report.chain() != null) {
      ObjectNode c = root.putObject("chain");
      c.put("signing_key", report.chain().signingKey());
      c.put("feed_gbg_per_golos", report.chain().published());
      c.put("last_update", report.chain().lastUpdate().toString());
      c.put("median_gbg_per_golos", report.chain().median());
      c.put("head_time", report.chain().headTime().toString());
    } else {
      root.putNull("chain");
    }
    if (report.decision() != null) {
      ObjectNode d = root.putObject("decision");
      d.put("publish", report.decision().publish());
      d.put("reason", report.decision().reason().name().toLowerCase(java.util.Locale.ROOT));
      d.put("producer", report.decision().producer());
      d.put("feed_age_seconds", report.decision().feedAge().getSeconds());
      if (Double.isFinite(report.decision().movedPct())) {
        d.put("moved_pct", report.decision().movedPct());
      }
      d.put("detail", report.decision().detail());
    } else {
      root.putNull("decision");
    }
    root.put("transaction_id", report.transactionId());
    return root.toString();
  }
}
