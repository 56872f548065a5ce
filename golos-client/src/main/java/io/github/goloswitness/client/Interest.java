package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;

/**
 * interest (virtual op 87): {@code (owner)(interest)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record Interest(String owner, Asset interest) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Interest {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(interest, "interest");
  }
}
