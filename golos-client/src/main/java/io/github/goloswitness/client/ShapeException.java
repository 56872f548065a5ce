package io.github.goloswitness.client;

/** A result had the wrong shape; becomes an {@link UnexpectedResponseException} naming the node. */
final class ShapeException extends Exception {
  private static final long serialVersionUID = 1L;

  ShapeException(String message) {
    super(message, null, false, false);
  }
}
