package io.github.goloswitness.client;

import java.net.URI;

/**
 * The connection broke after the request was (possibly) sent and before the whole reply was read
 * (reset, closed, no HTTP response). The node may have acted on the request.
 */
public final class ConnectionLostException extends NodeException {
  private static final long serialVersionUID = 1L;

  ConnectionLostException(URI node, String what, Throwable cause) {
    super(node, "connection lost: " + what, cause);
  }
}
