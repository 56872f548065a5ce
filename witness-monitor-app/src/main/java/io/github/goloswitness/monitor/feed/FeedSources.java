package io.github.goloswitness.monitor.feed;

import io.github.goloswitness.monitor.feed.FeedConfig.SourceConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Builds the configured sources. */
final class FeedSources {
  private FeedSources() {}

  /**
   * The sources of {@code config}, sharing one HTTP client.
   *
   * @param ticker the chain's internal market, for {@code chain_market} sources
   */
  static SourceReader build(FeedConfig config, ChainMarketSource.Ticker ticker) {
    Objects.requireNonNull(ticker, "ticker");
    PriceHttp http = new PriceHttp(config.timeout());
    List<SourceReader.Bounded> sources = new ArrayList<>();
    for (SourceConfig s : config.sources()) {
      PriceSource source = switch (s.type()) {
        case HTTP_JSON -> new HttpJsonSource(s.name(), s.url(), s.pointer(), s.pair(), s.invert(), s.counted(), http);
        case CBR -> new CbrSource(s.name(), s.pair(), s.url(), s.counted(), http);
        case CHAIN_MARKET -> new ChainMarketSource(s.name(), s.counted(), ticker);
        case FIXED -> new FixedSource(s.name(), s.pair(), s.price(), s.counted());
      };
      sources.add(new SourceReader.Bounded(source, s.min(), s.max()));
    }
    return new SourceReader(sources);
  }
}
