package io.github.goloswitness.client;

import java.util.Objects;

/**
 * shutdown_witness (virtual op 90): {@code (owner)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record ShutdownWitness(String owner) implements VirtualOperation {

  public ShutdownWitness {
    Objects.requireNonNull(owner, "owner");
  }
}
