package io.github.goloswitness.monitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads of one YAML mapping for {@link ConfigLoader}. Every failure is a {@link Problem}
 * naming the key's full label (e.g. {@code peers[0].node}). Values that may be secrets are never
 * echoed: callers read those with {@link #secretText}.
 */
final class ConfigFields {
  static final Set<String> NODE_SCHEMES = Set.of("http", "https", "ws", "wss");
  private static final Pattern PRODUCT = Pattern.compile("\\d+(\\s*\\*\\s*\\d+)*");

  private final JsonNode mapping;
  private final String prefix;

  /** Wraps {@code mapping} (labelled {@code label}), rejecting any key not in {@code known}. */
  ConfigFields(String label, JsonNode mapping, Set<String> known) {
    if (mapping == null || !mapping.isObject()) {
      throw new Problem(label.isEmpty() ? "(top level)" : label, "must be a mapping of keys to values");
    }
    this.mapping = mapping;
    this.prefix = label.isEmpty() ? "" : label + ".";
    for (Iterator<String> names = mapping.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new Problem(prefix + name, "unknown key (known keys: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  /** The full label of {@code key}. */
  String label(String key) {
    return prefix + key;
  }

  /** The value of {@code key}, or null when absent or YAML null ({@code key:} with nothing). */
  JsonNode get(String key) {
    JsonNode value = mapping.get(key);
    return value == null || value.isNull() ? null : value;
  }

  static String text(String label, JsonNode value) {
    if (!value.isValueNode() || value.isBinary()) {
      throw new Problem(label, "must be a single value, got a " + kind(value));
    }
    String text = value.asText().trim();
    if (text.isEmpty()) {
      throw new Problem(label, "must not be empty");
    }
    return text;
  }

  /** Like {@link #text} but the problem messages never contain the value. */
  static Secret secretText(String label, JsonNode value) {
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new Problem(label, "must be a non-empty string (value not shown)");
    }
    return Secret.of(value.asText().trim());
  }

  static int integer(String label, JsonNode value) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    if (value.isTextual()) {
      String text = value.asText().trim();
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new Problem(label, "must be an integer, got \"" + text + "\"");
      }
    }
    throw new Problem(label, "must be an integer, got " + value);
  }

  /** A file system path. */
  static Path path(String label, JsonNode value) {
    String text = text(label, value);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new Problem(label, "not a valid path (" + e.getReason() + ")");
    }
  }

  /** Seconds; also accepts the original's {@code eval}-style products such as {@code 60*60}. */
  static long seconds(String label, JsonNode value) {
    if (value.isTextual() && PRODUCT.matcher(value.asText().trim()).matches()) {
      BigInteger product = BigInteger.ONE;
      for (String factor : value.asText().split("\\*")) {
        product = product.multiply(new BigInteger(factor.trim()));
      }
      if (product.bitLength() > 40) {
        throw new Problem(label, "too large: " + product);
      }
      return product.longValue();
    }
    return integer(label, value);
  }

  static boolean bool(String label, JsonNode value) {
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.asText().trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new Problem(label, "must be true or false, got " + value);
  }

  /** A list of values; a single scalar counts as a one-element list (as the original's {@code node}). */
  static List<JsonNode> list(String label, JsonNode value) {
    List<JsonNode> items = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(items::add);
    } else if (value.isValueNode()) {
      items.add(value);
    } else {
      throw new Problem(label, "must be a value or a list, got a " + kind(value));
    }
    return items;
  }

  /** A URL whose scheme is one of {@code schemes}; the message names only the scheme, never userinfo. */
  static URI url(String label, JsonNode value, Set<String> schemes) {
    String text = text(label, value);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new Problem(label, "not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
    }
    if (uri.getScheme() == null) {
      throw new Problem(label, "missing scheme (use " + orList(schemes) + ", e.g. ws://127.0.0.1:8091)");
    }
    if (!schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
      throw new Problem(label, "unsupported scheme \"" + uri.getScheme() + "\" (use " + orList(schemes) + ")");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new Problem(label, "URL has no host");
    }
    return uri;
  }

  private static String orList(Set<String> schemes) {
    List<String> ordered = List.of("http", "https", "ws", "wss").stream().filter(schemes::contains).toList();
    return String.join(", ", ordered.subList(0, ordered.size() - 1)) + " or " + ordered.get(ordered.size() - 1);
  }

  private static String kind(JsonNode value) {
    return value.isObject() ? "mapping" : value.isArray() ? "list" : value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A problem with one key; {@link ConfigLoader} turns it into a {@link ConfigException}. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Problem(String label, String problem) {
      super(label + ": " + problem, null, false, false);
    }
  }
}
