package io.github.goloswitness.monitor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.goloswitness.failover.FailoverConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the failover policy settings from YAML: the snake_case names of {@link FailoverConfig}'s
 * components ({@code allowed_misses}, {@code miss_window} in seconds, …) applied over {@link
 * FailoverConfig#defaults()}. Unknown keys and wrong types are rejected with the key's name.
 */
final class PolicySettings {

  /** The keys understood, in the order of the docs. */
  static final Set<String> KEYS = Set.of("allowed_misses", "miss_window", "priority", "takeover_step",
      "max_head_lag", "min_participation", "cooldown", "max_switches_per_hour", "confirm_within",
      "reenable_disabled", "peer_grace", "disable_on_own_failure");

  private PolicySettings() {}

  /**
   * Reads a YAML file holding only policy keys (an empty file means the defaults).
   *
   * @throws IOException when the file cannot be read or is not YAML
   * @throws IllegalArgumentException naming the file and the key that is unknown or invalid
   */
  static FailoverConfig read(Path file) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    Object root;
    try {
      root = Files.size(file) == 0 ? null : yaml.readValue(file.toFile(), Object.class);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null) {
      return FailoverConfig.defaults();
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(file + ": expected a mapping of policy settings");
    }
    return apply(FailoverConfig.defaults(), map, file.toString());
  }

  /**
   * Applies {@code values} (already parsed YAML, e.g. a {@code policy:} section of a larger file)
   * over {@code base}; {@code where} prefixes error messages.
   */
  static FailoverConfig apply(FailoverConfig base, Map<?, ?> values, String where) {
    Set<String> unknown = new TreeSet<>();
    for (Object k : values.keySet()) {
      if (!KEYS.contains(String.valueOf(k))) {
        unknown.add(String.valueOf(k));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(where + ": unknown key " + String.join(", ", unknown)
          + " (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
    }
    FailoverConfig c = base;
    for (Map.Entry<?, ?> e : values.entrySet()) {
      String key = String.valueOf(e.getKey());
      Object v = e.getValue();
      try {
        c = set(c, key, v);
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + key + ": " + ex.getMessage(), ex);
      }
    }
    return c;
  }

  private static FailoverConfig set(FailoverConfig c, String key, Object v) {
    switch (key) {
      case "allowed_misses": return c.withAllowedMisses(integer(v));
      case "miss_window": return c.withMissWindow(Duration.ofSeconds(integer(v)));
      case "priority": return c.withPriority(integer(v));
      case "takeover_step": return c.withTakeoverStep(integer(v));
      case "max_head_lag": return c.withMaxHeadLag(integer(v));
      case "min_participation": return c.withMinParticipation(integer(v));
      case "cooldown": return c.withCooldown(integer(v));
      case "max_switches_per_hour": return c.withMaxSwitchesPerHour(integer(v));
      case "confirm_within": return c.withConfirmWithin(integer(v));
      case "reenable_disabled": return c.withReenableDisabled(bool(v));
      case "peer_grace": return c.withPeerGrace(integer(v));
      case "disable_on_own_failure": return c.withDisableOnOwnFailure(bool(v));
      default: throw new IllegalArgumentException("unknown key");
    }
  }

  private static int integer(Object v) {
    if (v instanceof Integer i) {
      return i;
    }
    throw new IllegalArgumentException("expected an integer, got '" + v + "'");
  }

  private static boolean bool(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException("expected true or false, got '" + v + "'");
  }
}
