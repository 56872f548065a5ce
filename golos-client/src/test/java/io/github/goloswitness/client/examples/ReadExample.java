package io.github.goloswitness.client.examples;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.FeedHistory;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.crypto.Price;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** docs/client.md "Reading": typed reads with the public API only. */
public final class ReadExample {

  /** Reads the head, a witness's own feed and the median feed; returns a one-line summary. */
  public static String run(URI node) throws IOException {
    // tag::read[]
    try (GolosClient client = GolosClient.builder(node).timeout(Duration.ofSeconds(5)).build()) {
      DynamicGlobalProperties head = client.getDynamicGlobalProperties();
      Witness witness = client.getWitnessByAccount("alpha-wit")
          .orElseThrow(() -> new IllegalStateException("alpha-wit is not a witness"));
      Price ownFeed = witness.sbdExchangeRate();          // what this witness last published
      FeedHistory feeds = client.getFeedHistory();
      Price median = feeds.currentMedianHistory();        // what the chain converts GBG at
      return "head " + head.headBlockNumber() + ", feed " + ownFeed.base() + "/" + ownFeed.quote()
          + " since " + witness.lastSbdExchangeUpdate() + ", median " + median.base() + "/" + median.quote();
    }
    // end::read[]
  }

  private ReadExample() {}
}
