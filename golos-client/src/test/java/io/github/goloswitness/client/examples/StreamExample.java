package io.github.goloswitness.client.examples;

import io.github.goloswitness.client.Block;
import io.github.goloswitness.client.BlockStream;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Sleeper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** docs/client.md "Streaming blocks". */
public final class StreamExample {

  /** Reads {@code count} irreversible blocks from {@code from}; returns "number:witness" per block. */
  public static List<String> run(URI node, long from, int count, InstantSource clock, Sleeper sleeper)
      throws IOException {
    List<String> seen = new ArrayList<>();
    // tag::stream[]
    try (GolosClient client = GolosClient.builder(node).build()) {
      BlockStream blocks = client.blockStream(clock)        // InstantSource.system() in your main
          .mode(BlockStream.Mode.IRREVERSIBLE)              // or HEAD: newer, but may be forked out
          .from(from)                                      // default: the chain's current end
          .deadline(Duration.ofMinutes(2))                 // next() gives up with BlockDeadlineException (default 60 s)
          .sleeper(sleeper)                                // Sleeper.system() outside tests
          .build();
      while (seen.size() < count) {
        Block b = blocks.next();                           // waits for the chain; retries node errors
        seen.add(b.number() + ":" + b.header().witness());
      }
    }
    // end::stream[]
    return seen;
  }

  private StreamExample() {}
}
