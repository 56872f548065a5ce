package io.github.goloswitness.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts networks in field initializers. */
final class SimNetworks {

  static SimNetwork start(SimConfig config) {
    try {
      return SimNetwork.start(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SimNetworks() {}
}
