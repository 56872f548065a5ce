package io.github.goloswitness.client;

import java.net.URI;

/**
 * No connection to the node could be established (refused, unknown host, connect timeout, TLS
 * handshake failure). The request was never sent, so retrying it elsewhere is always safe.
 */
public final class NodeUnreachableException extends NodeException {
  private static final long serialVersionUID = 1L;

  NodeUnreachableException(URI node, String what, Throwable cause) {
    super(node, "unreachable: " + what, cause);
  }

  /** Always {@code false}: nothing reached the node. */
  @Override
  public boolean requestMayHaveArrived() {
    return false;
  }
}
