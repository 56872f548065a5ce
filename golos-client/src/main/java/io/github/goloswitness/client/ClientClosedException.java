package io.github.goloswitness.client;

import java.io.IOException;

/**
 * The {@link GolosClient} was closed while this call was running: its exchange was cancelled and
 * nothing more is tried (no failover, no retry). Not a {@link NodeException}: no node is at fault.
 * A broadcast cut off this way may still have reached the node; read the chain before sending it
 * again. A call started after {@code close()} throws {@code IllegalStateException} instead (a
 * closed client is not to be used).
 */
public final class ClientClosedException extends IOException {
  private static final long serialVersionUID = 1L;

  ClientClosedException(String call, Throwable cause) {
    super("client closed during " + call, cause);
  }
}
