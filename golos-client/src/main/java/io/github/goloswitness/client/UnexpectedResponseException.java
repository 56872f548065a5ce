package io.github.goloswitness.client;

import java.net.URI;

/**
 * The node answered, but not with what golosd sends: a body that is not JSON, an envelope with
 * neither {@code result} nor {@code error}, or a result of the wrong shape (a missing or mistyped
 * field). Such a node is treated as broken, never as a source of facts.
 */
public final class UnexpectedResponseException extends NodeException {
  private static final long serialVersionUID = 1L;

  UnexpectedResponseException(URI node, String what) {
    super(node, "unexpected response: " + what, null);
  }

  UnexpectedResponseException(URI node, String what, Throwable cause) {
    super(node, "unexpected response: " + what, cause);
  }
}
