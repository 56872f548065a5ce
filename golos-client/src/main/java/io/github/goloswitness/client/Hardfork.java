package io.github.goloswitness.client;

import java.util.Objects;

/**
 * hardfork (virtual op 92): {@code (hardfork_id)}
 * (chain-node steem_virtual_operations.hpp).
 */
public record Hardfork(long hardforkId) implements VirtualOperation {

  /** Takes the components as given (values the node sent). */
  public Hardfork {
  }
}
