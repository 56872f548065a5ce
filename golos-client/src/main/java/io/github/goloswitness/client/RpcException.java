package io.github.goloswitness.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The node answered with a JSON-RPC error object: a definite answer from the node (for example a
 * rejected transaction), not a transport failure, so the client does not fail over on it.
 *
 * <p>The message is one line: {@code node said tx_missing_active_auth: Missing Active Authority
 * ["alpha-wit"] (code -32004)}, prefixed with the node. The detail is the first stack entry's {@code format}
 * with its {@code data} substituted (how golosd renders it), else the first line of the message.
 */
public final class RpcException extends NodeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String nodeMessage;
  private final String name;
  private final String detail;

  RpcException(URI node, int code, String nodeMessage, String name, String detail) {
    super(node, summary(code, name, detail) + " (code " + code + ")", null);
    this.code = code;
    this.nodeMessage = Objects.requireNonNull(nodeMessage, "nodeMessage");
    this.name = name;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String summary(int code, String name, String detail) {
    return "node said " + (name == null ? "error " + code : name) + ": " + detail;
  }

  /** The JSON-RPC error code, e.g. -32004 (missing authority) or -32006 (invalid transaction). */
  public int code() {
    return code;
  }

  /** The node's {@code error.message}, verbatim (may span several lines). */
  public String nodeMessage() {
    return nodeMessage;
  }

  /** The golosd exception name from {@code error.data.name}, e.g. {@code tx_expired}, if any. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The one-line human detail, e.g. {@code Missing Active Authority ["alpha-wit"]}. */
  public String detail() {
    return detail;
  }

  /**
   * The short form without the node, e.g. {@code node said tx_expired: Transaction is expired...}
   * — suitable for a one-line CLI error.
   */
  public String summary() {
    return summary(code, name, detail);
  }
}
