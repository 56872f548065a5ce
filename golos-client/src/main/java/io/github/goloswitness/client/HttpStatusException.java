package io.github.goloswitness.client;

import java.net.URI;

/**
 * The HTTP reply had a status other than 200. golosd itself answers 200 even for JSON-RPC errors,
 * so this usually comes from a proxy in front of the node (502, 503) or from a request the node
 * could not dispatch at all (404 "Could not call API").
 */
public final class HttpStatusException extends NodeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  HttpStatusException(URI node, int status, String bodyStart) {
    super(node, "HTTP " + status + (bodyStart.isEmpty() ? "" : ": " + bodyStart), null);
    this.status = status;
  }

  /** The HTTP status code, e.g. 502. */
  public int status() {
    return status;
  }
}
