package io.github.goloswitness.monitor.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A chain for the publisher: a settable view, a market price, and a record of what was published. */
final class FakeFeedChain implements FeedChain {
  record Published(String witness, FeedPrice price, boolean broadcast) {}

  volatile ChainFeed view;
  volatile IOException readFailure;
  volatile IOException publishFailure;
  volatile double market = 0.04;
  final List<Published> published = new ArrayList<>();

  FakeFeedChain(ChainFeed view) {
    this.view = view;
  }

  @Override
  public ChainFeed read(String witness) throws IOException {
    if (readFailure != null) {
      throw readFailure;
    }
    return view;
  }

  @Override
  public double latestMarketPrice() {
    return market;
  }

  @Override
  public synchronized String publish(String witness, FeedPrice price, boolean broadcast) throws IOException {
    if (publishFailure != null) {
      throw publishFailure;
    }
    published.add(new Published(witness, price, broadcast));
    return String.format("%040x", published.size());
  }
}
