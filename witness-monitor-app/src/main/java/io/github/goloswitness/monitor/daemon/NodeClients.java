package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Sleeper;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How commands get a {@link GolosClient} and how they wait: the real ones in production, fakes in
 * tests (so a test never sleeps).
 */
public interface NodeClients {

  /** A client of these endpoints, in order; the caller closes it. */
  GolosClient open(List<URI> nodes);

  /** How to wait between read-back polls. */
  Sleeper sleeper();

  /**
   * Real network: 10 s timeouts for reads, one retry round, real sleeping; 75 s for synchronous
   * broadcasts, which the node answers at inclusion or at expiration (switch's default is 60 s).
   */
  static NodeClients standard() {
    return new NodeClients() {
      @Override
      public GolosClient open(List<URI> nodes) {
        return GolosClient.builder(nodes).timeout(Duration.ofSeconds(10)).maxRetries(1)
            .broadcastTimeout(Duration.ofSeconds(75)).build();
      }

      @Override
      public Sleeper sleeper() {
        return Sleeper.system();
      }
    };
  }
}
