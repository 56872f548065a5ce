package io.github.goloswitness.monitor.observe;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The daemon's health as served on {@code /health}: 200 {@code {"status":"UP",…details}} or 503
 * {@code {"status":"DOWN","reason":…,…details}}.
 *
 * @param up whether the daemon is doing its job
 * @param reason why not, empty when up
 * @param details extra facts (e.g. {@code witness}, {@code producing}, {@code lastPoll}); keys
 *     {@code status} and {@code reason} are reserved
 */
public record Health(boolean up, String reason, Map<String, String> details) {

  public Health {
    Objects.requireNonNull(reason, "reason");
    details = Map.copyOf(details);
    if (details.containsKey("status") || details.containsKey("reason")) {
      throw new IllegalArgumentException("details may not use the reserved keys status and reason: " + details.keySet());
    }
    if (!up && reason.isBlank()) {
      throw new IllegalArgumentException("a DOWN health needs a reason");
    }
  }

  /** Healthy. */
  public static Health up(Map<String, String> details) {
    return new Health(true, "", details);
  }

  /** Unhealthy because of {@code reason}. */
  public static Health down(String reason, Map<String, String> details) {
    return new Health(false, reason, details);
  }

  /** The JSON body fields in output order: status, reason (if down), then details sorted by key. */
  Map<String, String> fields() {
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("status", up ? "UP" : "DOWN");
    if (!up) {
      fields.put("reason", reason);
    }
    fields.putAll(new TreeMap<>(details));
    return fields;
  }
}
