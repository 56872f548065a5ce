package io.github.goloswitness.client;

import java.net.URI;
import java.time.Duration;

/**
 * The request was sent but no complete reply arrived within the per-call timeout. The node may
 * still have acted on it (a broadcast may have succeeded).
 */
public final class NodeTimeoutException extends NodeException {
  private static final long serialVersionUID = 1L;

  NodeTimeoutException(URI node, Duration timeout, Throwable cause) {
    super(node, "no reply within " + timeout.toMillis() + " ms", cause);
  }
}
