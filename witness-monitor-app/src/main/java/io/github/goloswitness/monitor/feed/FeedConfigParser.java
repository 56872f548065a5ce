package io.github.goloswitness.monitor.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.monitor.feed.FeedConfig.SourceConfig;
import io.github.goloswitness.monitor.feed.FeedConfig.Type;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code feed:} mapping of the YAML tree. Every error is an
 * {@link IllegalArgumentException} whose message starts with the key's full label, e.g.
 * {@code feed.sources[1].pointer: must start with /}. Stateless. Slightly over 300 lines: the
 * section's own typed readers live here (the config package's are package-private there), so every
 * label is built one way.
 */
public final class FeedConfigParser {
  private static final Set<String> KEYS = Set.of("interval", "timeout", "threshold_pct", "max_age", "backup_grace",
      "follow_producer", "k", "min_sources", "max_spread_pct", "max_jump_pct", "sources");
  private static final Set<String> SOURCE_KEYS = Set.of("type", "name", "url", "pointer", "pair", "invert", "price",
      "use", "min", "max");

  private FeedConfigParser() {}

  /**
   * Parses {@code feed} (the value of the {@code feed:} key).
   *
   * @throws IllegalArgumentException naming the key and the problem
   */
  public static FeedConfig parse(JsonNode feed) {
    String label = "feed";
    mapping(label, feed, KEYS);
    Duration interval = seconds(feed, label, "interval", FeedConfig.DEFAULT_INTERVAL, 1);
    Duration timeout = seconds(feed, label, "timeout", FeedConfig.DEFAULT_TIMEOUT, 1);
    FeedCalculation.Settings dc = FeedConfig.DEFAULT_CALCULATION;
    int minSources = dc.minSources();
    Map<Pair, Integer> perPair = new LinkedHashMap<>();
    JsonNode min = value(feed, "min_sources");
    if (min != null && min.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = min.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        String entryLabel = label + ".min_sources." + key;
        int n = (int) number(min, label + ".min_sources", key, 1, 1, true);
        if (key.equals("default")) {
          minSources = n;
          continue;
        }
        Pair pair;
        try {
          pair = Pair.parse(key).normalise(1).pair();
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException(entryLabel + ": " + ex.getMessage() + " (keys are pairs or default)");
        }
        perPair.put(pair, n);
      }
    } else {
      minSources = (int) number(feed, label, "min_sources", dc.minSources(), 1, true);
    }
    double maxSpread = number(feed, label, "max_spread_pct", dc.maxSpreadPct(), Double.MIN_VALUE, false);
    double k = number(feed, label, "k", dc.k(), Double.MIN_VALUE, false);
    PublishRule.Settings dr = FeedConfig.DEFAULT_RULE;
    double threshold = number(feed, label, "threshold_pct", dr.thresholdPct(), 0, false);
    Duration maxAge = seconds(feed, label, "max_age", dr.maxAge(), 1);
    Duration grace = seconds(feed, label, "backup_grace", dr.backupGrace(), 0);
    boolean follow = bool(feed, label, "follow_producer", dr.followProducer());
    double maxJump = number(feed, label, "max_jump_pct", dr.maxJumpPct(), Double.MIN_VALUE, false);
    JsonNode list = feed.get("sources");
    if (list == null || list.isNull()) {
      throw new IllegalArgumentException(label + ".sources: missing (at least one source is needed)");
    }
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(label + ".sources: must be a non-empty list of sources");
    }
    List<SourceConfig> sources = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      sources.add(source(label + ".sources[" + i + "]", list.get(i)));
    }
    try {
      return new FeedConfig(interval, timeout, new FeedCalculation.Settings(minSources, perPair, maxSpread, k),
          new PublishRule.Settings(threshold, maxAge, grace, follow, maxJump), sources);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith("feed") ? e.getMessage() : label + ": " + e.getMessage());
    }
  }

  private static SourceConfig source(String label, JsonNode node) {
    mapping(label, node, SOURCE_KEYS);
    String typeText = text(node, label, "type", null);
    Type type;
    try {
      type = Type.valueOf(typeText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(label + ".type: unknown type \"" + typeText + "\" (http_json, cbr, chain_market or fixed)");
    }
    Pair pair = type == Type.CHAIN_MARKET ? Pair.FEED : pair(node, label);
    if (type == Type.CHAIN_MARKET && node.has("pair") && !pair(node, label).equals(Pair.FEED)) {
      throw new IllegalArgumentException(label + ".pair: chain_market always yields GOLOS/GBG");
    }
    URI url = null;
    String pointer = null;
    double price = Double.NaN;
    boolean invert = false;
    switch (type) {
      case HTTP_JSON -> {
        url = url(node, label, true);
        pointer = text(node, label, "pointer", null);
        try {
          HttpJsonSource.compile(pointer);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(label + ".pointer: " + e.getMessage());
        }
        invert = bool(node, label, "invert", false);
      }
      case CBR -> {
        url = url(node, label, false);
        try {
          CbrSource.checkPair(pair);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(label + ".pair: " + e.getMessage());
        }
      }
      case FIXED -> {
        if (!node.has("price")) {
          throw new IllegalArgumentException(label + ".price: missing (a fixed source needs its price)");
        }
        price = number(node, label, "price", 0, Double.MIN_VALUE, false);
      }
      case CHAIN_MARKET -> { }
      default -> throw new AssertionError(type);
    }
    if (type != Type.HTTP_JSON) {
      for (String key : List.of("pointer", "invert")) {
        if (node.has(key)) {
          throw new IllegalArgumentException(label + "." + key + ": only for type http_json");
        }
      }
    }
    if (type != Type.FIXED && node.has("price")) {
      throw new IllegalArgumentException(label + ".price: only for type fixed");
    }
    if ((type == Type.FIXED || type == Type.CHAIN_MARKET) && node.has("url")) {
      throw new IllegalArgumentException(label + ".url: not used by type " + typeText);
    }
    boolean counted = bool(node, label, "use", type != Type.CHAIN_MARKET);
    double min = number(node, label, "min", 0, 0, false);
    double max = number(node, label, "max", Double.POSITIVE_INFINITY, Double.MIN_VALUE, false);
    if (max <= min) {
      throw new IllegalArgumentException(label + ".max: must be above min (" + min + "), got " + max);
    }
    String name = text(node, label, "name", defaultName(type, pair, url));
    return new SourceConfig(type, name, pair, url, pointer, invert, price, counted, min, max);
  }

  private static String defaultName(Type type, Pair pair, URI url) {
    String kind = type.name().toLowerCase(Locale.ROOT);
    return url != null && type == Type.HTTP_JSON ? url.getHost() + " " + pair : kind + " " + pair;
  }

  private static void mapping(String label, JsonNode node, Set<String> known) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(label + ": must be a mapping of keys to values");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(label + "." + name + ": unknown key (known keys: "
            + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private static JsonNode value(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  private static String text(JsonNode node, String label, String key, String fallback) {
    JsonNode v = value(node, key);
    if (v == null) {
      if (fallback == null) {
        throw new IllegalArgumentException(label + "." + key + ": missing");
      }
      return fallback;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException(label + "." + key + ": must be a single value");
    }
    String text = v.asText().trim();
    if (text.isEmpty() && !key.equals("pointer")) {
      throw new IllegalArgumentException(label + "." + key + ": must not be empty");
    }
    return key.equals("pointer") ? v.asText() : text;
  }

  private static Pair pair(JsonNode node, String label) {
    try {
      return Pair.parse(text(node, label, "pair", null));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(e.getMessage().startsWith(label) ? e.getMessage() : label + ".pair: " + e.getMessage());
    }
  }

  private static URI url(JsonNode node, String label, boolean required) {
    JsonNode v = value(node, "url");
    if (v == null) {
      if (required) {
        throw new IllegalArgumentException(label + ".url: missing");
      }
      return null;
    }
    String text = text(node, label, "url", null);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(label + ".url: not a valid URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(label + ".url: must be http:// or https://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(label + ".url: URL has no host");
    }
    return uri;
  }

  private static boolean bool(JsonNode node, String label, String key, boolean fallback) {
    JsonNode v = value(node, key);
    if (v == null) {
      return fallback;
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    String text = v.asText().trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException(label + "." + key + ": must be true or false, got " + v);
  }

  private static double number(JsonNode node, String label, String key, double fallback, double min, boolean integer) {
    JsonNode v = value(node, key);
    if (v == null) {
      return fallback;
    }
    double d;
    if (v.isNumber()) {
      d = v.doubleValue();
    } else if (v.isTextual()) {
      try {
        d = Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(label + "." + key + ": must be a number, got \"" + v.asText() + "\"");
      }
    } else {
      throw new IllegalArgumentException(label + "." + key + ": must be a number, got " + v);
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException(label + "." + key + ": must be a finite number, got " + v.asText());
    }
    if (integer && d != Math.rint(d)) {
      throw new IllegalArgumentException(label + "." + key + ": must be an integer, got " + v.asText());
    }
    if (d < min) {
      throw new IllegalArgumentException(label + "." + key + ": must be " + (min == Double.MIN_VALUE ? "> 0" : ">= " + fmt(min))
          + ", got " + v.asText());
    }
    return d;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Seconds as an integer or a product such as {@code 60*60} (the original's eval style). */
  private static Duration seconds(JsonNode node, String label, String key, Duration fallback, long min) {
    JsonNode v = value(node, key);
    if (v == null) {
      return fallback;
    }
    String text = v.asText().trim();
    if (!text.matches("\\d+(\\s*\\*\\s*\\d+)*")) {
      throw new IllegalArgumentException(label + "." + key + ": must be whole seconds (e.g. 3600 or 60*60), got " + text);
    }
    BigInteger product = BigInteger.ONE;
    for (String factor : text.split("\\*")) {
      product = product.multiply(new BigInteger(factor.trim()));
    }
    if (product.bitLength() > 40) {
      throw new IllegalArgumentException(label + "." + key + ": too large: " + product);
    }
    if (product.longValue() < min) {
      throw new IllegalArgumentException(label + "." + key + ": must be >= " + min + " s, got " + text);
    }
    return Duration.ofSeconds(product.longValue());
  }
}
