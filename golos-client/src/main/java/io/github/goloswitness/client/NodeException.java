package io.github.goloswitness.client;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * A call to one golosd endpoint did not produce a usable answer. Every subtype names the node
 * ({@link #node()}) in its message and says what happened there.
 *
 * <p>Only {@link RpcException} is an answer from the node itself; every other subtype is a transport
 * or protocol failure, after which {@link GolosClient} fails reads over to the next endpoint.
 */
public abstract sealed class NodeException extends IOException
    permits RpcException,
        NodeUnreachableException,
        NodeTimeoutException,
        ConnectionLostException,
        HttpStatusException,
        UnexpectedResponseException,
        ResponseTooLargeException,
        MismatchedIdException {

  private static final long serialVersionUID = 1L;

  private final URI node;

  NodeException(URI node, String message, Throwable cause) {
    super(node + ": " + message, cause);
    this.node = Objects.requireNonNull(node, "node");
  }

  /** The endpoint this failure came from. */
  public URI node() {
    return node;
  }

  /**
   * Whether the node may have received and acted on the request. {@code false} only when the
   * request provably never left this process (the connection could not be established), so that
   * a broadcast can safely be sent to another node.
   */
  public boolean requestMayHaveArrived() {
    return true;
  }
}
