package io.github.goloswitness.client;

import java.net.URI;

/** The reply exceeded the client's {@code maxResponseBytes}; reading stopped there. */
public final class ResponseTooLargeException extends NodeException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  ResponseTooLargeException(URI node, long limit) {
    super(node, "response larger than " + limit + " bytes", null);
    this.limit = limit;
  }

  /** The limit that was exceeded, in bytes (characters for WebSocket text). */
  public long limit() {
    return limit;
  }
}
