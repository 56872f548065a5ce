package io.github.goloswitness.client;

import java.net.URI;

/**
 * The reply carried another JSON-RPC {@code id} than the request: it answers some other question
 * (a confused proxy or a broken node) and must not be used.
 */
public final class MismatchedIdException extends NodeException {
  private static final long serialVersionUID = 1L;

  MismatchedIdException(URI node, long expected, String actual) {
    super(node, "reply id " + actual + " does not match request id " + expected, null);
  }
}
