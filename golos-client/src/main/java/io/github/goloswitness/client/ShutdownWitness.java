package io.github.goloswitness.client;

import java.util.Objects;

/**
 * shutdown_witness (virtual op 90): {@code (owner)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record ShutdownWitness(String owner) implements VirtualOperation {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ShutdownWitness {
    Objects.requireNonNull(owner, "owner");
  }
}
