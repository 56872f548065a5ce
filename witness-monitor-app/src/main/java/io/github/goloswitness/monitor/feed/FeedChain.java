package io.github.goloswitness.monitor.feed;

import java.io.IOException;

/**
 * The chain as the feed publisher sees it: reads of the witness's feed and the median, the
 * internal market, and publishing. The app implements it on golos-client; tests on a fake.
 */
public interface FeedChain {
  /**
   * The witness's feed, signing key and the chain's median, as of the head block.
   *
   * @throws IOException when no node answers, or {@code witness} is not a witness
   */
  ChainFeed read(String witness) throws IOException;

  /**
   * The internal market's last trade, GBG per GOLOS.
   *
   * @throws IOException when the node does not answer or has no market history
   */
  double latestMarketPrice() throws IOException;

  /**
   * Signs {@code feed_publish} for {@code witness} with {@code price} and, if {@code broadcast},
   * broadcasts it.
   *
   * @param broadcast false for a dry run: the transaction is built and signed only
   * @return the transaction id
   * @throws IOException when the node refuses it or cannot be reached (the message says whether it may have arrived)
   */
  String publish(String witness, FeedPrice price, boolean broadcast) throws IOException;
}
