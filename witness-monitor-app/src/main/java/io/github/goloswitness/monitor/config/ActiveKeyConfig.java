package io.github.goloswitness.monitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.monitor.config.ConfigFields.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Works out the {@link ActiveKeySource} from {@code key_file}, env {@code WITNESS_ACTIVE_KEY} and
 * the original's {@code keys} / env {@code KEY}. No message ever contains a key.
 */
final class ActiveKeyConfig {
  static final String ENV_ACTIVE_KEY = "WITNESS_ACTIVE_KEY";
  static final String ENV_LEGACY_KEY = "KEY";

  private ActiveKeyConfig() {}

  static ActiveKeySource read(ConfigFields f, Map<String, String> env, List<String> warnings) {
    String envKey = nonBlank(env.get(ENV_ACTIVE_KEY));
    JsonNode keyFile = f.get("key_file");
    ActiveKeySource chosen = new ActiveKeySource.None();
    if (envKey != null && keyFile != null) {
      throw new Problem("key_file", "set together with environment " + ENV_ACTIVE_KEY + ": use one of them");
    }
    if (envKey != null) {
      chosen = new ActiveKeySource.Inline(ENV_ACTIVE_KEY, List.of(Secret.of(envKey)));
    } else if (keyFile != null) {
      chosen = new ActiveKeySource.FromFile(ConfigFields.path("key_file", keyFile));
    }

    String legacyEnv = nonBlank(env.get(ENV_LEGACY_KEY));
    JsonNode legacyYaml = f.get("keys");
    if (legacyEnv == null && legacyYaml == null) {
      return chosen;
    }
    String origin = legacyEnv != null ? "environment " + ENV_LEGACY_KEY : "keys";
    List<Secret> legacy = new ArrayList<>();
    if (legacyEnv != null) {
      legacy.add(Secret.of(legacyEnv));
    } else if (legacyYaml.isArray()) {
      for (int i = 0; i < legacyYaml.size(); i++) {
        legacy.add(ConfigFields.secretText("keys[" + i + "]", legacyYaml.get(i)));
      }
    } else {
      legacy.add(ConfigFields.secretText("keys", legacyYaml));
    }
    if (legacy.isEmpty()) {
      throw new Problem("keys", "is an empty list");
    }
    if (!(chosen instanceof ActiveKeySource.None)) {
      warnings.add(origin + ": ignored because " + (envKey != null ? "environment " + ENV_ACTIVE_KEY : "key_file")
          + " is set; remove it so the key is not kept in clear");
      return chosen;
    }
    warnings.add(origin + ": the active key is kept in clear (accepted for compatibility with witness_monitor.py);"
        + " move it to key_file (chmod 600) or environment " + ENV_ACTIVE_KEY);
    return new ActiveKeySource.Inline(origin, legacy);
  }

  static String nonBlank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
