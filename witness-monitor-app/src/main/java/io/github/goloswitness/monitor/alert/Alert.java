package io.github.goloswitness.monitor.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One alert for the operator.
 *
 * @param event what happened, a lower_snake_case name such as {@code switched} or {@code
 *     switch_failed} (see {@code docs/operations.md}); sent as the webhook's {@code event}
 * @param key what the event is about (a node, a signing key), used with {@code event} to drop
 *     repeats; may be empty
 * @param witness the witness account
 * @param node the node that saw it (a URL without credentials) or an empty string
 * @param message a one-line human explanation; must not contain secrets
 * @param time when it happened
 */
public record Alert(String event, String key, String witness, String node, String message, Instant time) {
  private static final Pattern EVENT = Pattern.compile("[a-z][a-z0-9_]*");

  public Alert {
    Objects.requireNonNull(event, "event");
    if (!EVENT.matcher(event).matches()) {
      throw new IllegalArgumentException("event must be lower_snake_case: \"" + event + "\"");
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(time, "time");
  }

  /** The identity used to drop repeats: event and key. */
  String dedupKey() {
    return event + "\u0000" + key;
  }

  /** A one-line text form for chats and logs: {@code [event] witness @ node: message}. */
  public String text() {
    return "[" + event + "] " + witness + (node.isEmpty() ? "" : " @ " + node) + ": " + message;
  }
}
