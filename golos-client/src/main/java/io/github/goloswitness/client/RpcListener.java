package io.github.goloswitness.client;

import java.io.IOException;
import java.net.URI;

/**
 * Told about the outcome of every single RPC attempt, per node, so the application can count
 * successes and errors per node in its metrics (the library itself does not log). Called on the
 * calling thread; must be fast, thread-safe and must not throw (runtime exceptions are ignored).
 */
public interface RpcListener {

  /** A listener that ignores everything. */
  RpcListener NONE = new RpcListener() {};

  /** {@code node} answered {@code api.method} with a result. */
  default void onSuccess(URI node, String api, String method) {}

  /**
   * {@code node} failed {@code api.method}: an {@link RpcException} (the node's answer) or any other
   * {@link NodeException} (transport or protocol failure).
   */
  default void onFailure(URI node, String api, String method, NodeException error) {}
}
