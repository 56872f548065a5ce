package io.github.goloswitness.monitor.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.monitor.config.ConfigFields.Problem;
import io.github.goloswitness.monitor.config.MonitorConfig.ListenAddress;
import io.github.goloswitness.monitor.config.MonitorConfig.Peer;
import io.github.goloswitness.monitor.feed.FeedConfig;
import io.github.goloswitness.monitor.feed.FeedConfigParser;
import io.github.goloswitness.monitor.observe.LogFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the YAML config (a superset of {@code witness_monitor.py}'s) and the original Docker
 * environment variables ({@code NODE}, {@code WITNESS}, {@code KEY}, {@code WITNESS_PUBKEY},
 * {@code MISS_WINDOW}, {@code ALLOWED_MISSES}; they override the file; an empty variable counts as
 * unset) plus {@code WITNESS_ACTIVE_KEY} and {@code TELEGRAM_BOT_TOKEN}. Stateless and thread-safe.
 */
public final class ConfigLoader {
  /** The state file used when {@code state_file} is not set. */
  public static final Path DEFAULT_STATE_FILE = Path.of("./witness-monitor.state");
  /** The metrics address used when {@code metrics} is present without {@code address}. */
  public static final String DEFAULT_METRICS_ADDRESS = "127.0.0.1:9464";

  static final String NULL_KEY = "GLS1111111111111111111111111111111114T1Anm";
  private static final long MAX_CONFIG_BYTES = 1 << 20;
  private static final Pattern ACCOUNT = Pattern.compile("[a-z][a-z0-9.-]{1,14}[a-z0-9]");
  private static final Set<String> TOP_KEYS = Set.of(
      "node", "witness", "witness_pubkey", "keys", "miss_window", "allowed_misses",
      "priority", "takeover_step", "max_head_lag", "min_participation", "cooldown",
      "max_switches_per_hour", "confirm_within", "reenable_disabled", "peer_grace",
      "peers", "quorum_nodes", "quorum", "key_file", "signing_key_files", "state_file",
      "metrics", "alerts", "dry_run", "log_format", "feed");

  /**
   * A loaded config and the warnings the operator should see (e.g. a key kept in clear).
   *
   * @param feed the {@code feed:} section (docs/feed.md), when present
   */
  public record Loaded(MonitorConfig config, List<String> warnings, Optional<FeedConfig> feed) {
    public Loaded {
      warnings = List.copyOf(warnings);
      Objects.requireNonNull(feed, "feed");
    }

    /** Without a {@code feed:} section. */
    public Loaded(MonitorConfig config, List<String> warnings) {
      this(config, warnings, Optional.empty());
    }
  }

  private ConfigLoader() {}

  /**
   * Reads and validates the config file {@code file} with {@code env} as the process environment.
   *
   * @throws ConfigException naming the file, the key and the problem (never a secret value)
   */
  public static Loaded load(Path file, Map<String, String> env) throws ConfigException {
    String yaml;
    try {
      if (Files.size(file) > MAX_CONFIG_BYTES) {
        throw new ConfigException("config " + file + ": larger than 1 MiB, is this the right file?");
      }
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("config " + file + ": cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    }
    return parse(yaml, file.toString(), env);
  }

  /**
   * Validates YAML text; {@code source} names it in error messages.
   *
   * @throws ConfigException naming {@code source}, the key and the problem
   */
  public static Loaded parse(String yaml, String source, Map<String, String> env) throws ConfigException {
    JsonNode root;
    try {
      root = new YAMLMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(yaml);
    } catch (JsonProcessingException e) {
      // Only the first line and the location: the YAML parser quotes the offending line, which may hold a key.
      String reason = KeyFiles.WIF.matcher(e.getOriginalMessage().lines().findFirst().orElse("")).replaceAll("[redacted]");
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ConfigException("config " + source + ": not valid YAML" + where + ": " + reason);
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw new ConfigException("config " + source + ": is empty (node, witness and witness_pubkey are required)");
    }
    refuseAliases(yaml, source);
    try {
      return read(new ConfigFields("", root, TOP_KEYS), env);
    } catch (Problem | IllegalArgumentException e) {
      throw new ConfigException("config " + source + ": " + e.getMessage());
    }
  }

  /**
   * Jackson's YAML tree reads an alias ({@code *name}) as the text {@code name}, so {@code
   * state_file: *kf} would silently become the file {@code kf}: refuse any alias, naming the key
   * (issue 10). Anchors alone ({@code &name}) change no value and are accepted.
   */
  private static void refuseAliases(String yaml, String source) throws ConfigException {
    try (YAMLParser parser = new YAMLFactory().createParser(yaml)) {
      while (parser.nextToken() != null) {
        if (parser.isCurrentAlias()) {
          throw new ConfigException("config " + source + ": " + label(parser.getParsingContext()) + ": YAML alias *"
              + parser.getText() + " is not supported; write the value out");
        }
      }
    } catch (IOException e) {
      // Unreachable in practice: the same text was just parsed into a tree.
      throw new ConfigException("config " + source + ": not valid YAML (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** {@code alerts.telegram}, {@code node[1]}: the labels ConfigFields uses. */
  private static String label(JsonStreamContext context) {
    StringBuilder label = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      String part = c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName();
      if (c.inObject() && label.length() > 0 && label.charAt(0) != '[') {
        part += ".";
      }
      label.insert(0, part);
    }
    return label.length() == 0 ? "(top level)" : label.toString();
  }

  private static Loaded read(ConfigFields f, Map<String, String> env) {
    List<String> warnings = new ArrayList<>();
    Value nodeValue = override(f, "node", env, "NODE", true);
    if (nodeValue == null) {
      throw new Problem("node", "missing (the local node's URL first, e.g. ws://127.0.0.1:8091; or environment NODE)");
    }
    List<URI> nodes = NodeConfig.urls(nodeValue);
    String witness = required(f, "witness", env, "WITNESS", "the witness account name");
    if (!ACCOUNT.matcher(witness).matches()) {
      throw new Problem(label(f, "witness", env, "WITNESS"), "\"" + witness + "\" is not a Golos account name (3-16 of a-z, 0-9, '.', '-')");
    }
    String pubkey = NodeConfig.publicKey(label(f, "witness_pubkey", env, "WITNESS_PUBKEY"),
        required(f, "witness_pubkey", env, "WITNESS_PUBKEY", "this node's signing public key, GLS..."));
    long missWindow = value(f, "miss_window", env, "MISS_WINDOW")
        .map(v -> ConfigFields.seconds(v.label(), v.node())).orElse(FailoverConfig.defaults().missWindow().toSeconds());
    atLeast(label(f, "miss_window", env, "MISS_WINDOW"), missWindow, 1);
    int allowedMisses = value(f, "allowed_misses", env, "ALLOWED_MISSES")
        .map(v -> ConfigFields.integer(v.label(), v.node())).orElse(FailoverConfig.defaults().allowedMisses());
    atLeast(label(f, "allowed_misses", env, "ALLOWED_MISSES"), allowedMisses, 0);

    PolicyValues d = PolicyValues.defaults();
    PolicyValues policy = new PolicyValues(
        integer(f, "priority", d.priority()), integer(f, "takeover_step", d.takeoverStep()),
        integer(f, "max_head_lag", d.maxHeadLag()), integer(f, "min_participation", d.minParticipation()),
        integer(f, "cooldown", d.cooldown()), integer(f, "max_switches_per_hour", d.maxSwitchesPerHour()),
        integer(f, "confirm_within", d.confirmWithin()),
        Optional.ofNullable(f.get("reenable_disabled")).map(v -> ConfigFields.bool("reenable_disabled", v)).orElse(d.reenableDisabled()),
        integer(f, "peer_grace", d.peerGrace()));

    List<Peer> peers = NodeConfig.peers(f, pubkey);
    List<URI> quorumNodes = f.get("quorum_nodes") == null ? List.of() : NodeConfig.urls(new Value("quorum_nodes", f.get("quorum_nodes")));
    Set<URI> distinct = new LinkedHashSet<>(nodes);
    distinct.addAll(quorumNodes);
    // Without independent quorum_nodes the node list is only for connection failover (as in the
    // original): requiring two of them to agree would make the producer's own node a vote, and its
    // death would then block the very failover it calls for.
    int defaultQuorum = quorumNodes.isEmpty() ? 1 : Math.min(2, distinct.size());
    int quorum = f.get("quorum") == null ? defaultQuorum : ConfigFields.integer("quorum", f.get("quorum"));
    if (quorum < 1 || quorum > distinct.size()) {
      throw new Problem("quorum", "must be between 1 and the number of distinct nodes in node and quorum_nodes ("
          + distinct.size() + "), got " + quorum);
    }

    ActiveKeySource activeKey = ActiveKeyConfig.read(f, env, warnings);
    List<Path> signingKeyFiles = f.get("signing_key_files") == null ? List.of()
        : paths("signing_key_files", ConfigFields.list("signing_key_files", f.get("signing_key_files")));
    Path stateFile = f.get("state_file") == null ? DEFAULT_STATE_FILE : ConfigFields.path("state_file", f.get("state_file"));
    Optional<ListenAddress> metrics = NodeConfig.metrics(f.get("metrics"));
    AlertSettings alerts = AlertConfig.read(f.get("alerts"), env, warnings);
    boolean dryRun = f.get("dry_run") != null && ConfigFields.bool("dry_run", f.get("dry_run"));
    LogFormat logFormat = logFormat(f.get("log_format"));
    MonitorConfig config = new MonitorConfig(nodes, witness, pubkey, Duration.ofSeconds(missWindow), allowedMisses,
        policy, peers, quorumNodes, quorum, activeKey, signingKeyFiles, stateFile, metrics, alerts, dryRun, logFormat);
    warnings.addAll(NodeConfig.peerWarnings(config));
    Optional<FeedConfig> feed = f.get("feed") == null ? Optional.empty() : Optional.of(FeedConfigParser.parse(f.get("feed")));
    return new Loaded(config, warnings, feed);
  }

  /** A raw value and the label to blame for it. */
  record Value(String label, JsonNode node) {}

  /** The environment variable {@code var} if set and not empty, else the YAML key. */
  static Optional<Value> value(ConfigFields f, String key, Map<String, String> env, String var) {
    return Optional.ofNullable(override(f, key, env, var, false));
  }

  private static Value override(ConfigFields f, String key, Map<String, String> env, String var, boolean commaList) {
    String fromEnv = var == null ? null : env.get(var);
    if (fromEnv != null && !fromEnv.isBlank()) {
      if (commaList) {
        List<JsonNode> parts = new ArrayList<>();
        for (String part : fromEnv.split(",")) {
          if (!part.isBlank()) {
            parts.add(TextNode.valueOf(part.trim()));
          }
        }
        return new Value("environment " + var, new ArrayNode(JsonNodeFactory.instance, parts));
      }
      return new Value("environment " + var, TextNode.valueOf(fromEnv.trim()));
    }
    JsonNode node = f.get(key);
    return node == null ? null : new Value(f.label(key), node);
  }

  private static String label(ConfigFields f, String key, Map<String, String> env, String var) {
    String fromEnv = env.get(var);
    return fromEnv != null && !fromEnv.isBlank() ? "environment " + var : f.label(key);
  }

  private static String required(ConfigFields f, String key, Map<String, String> env, String var, String what) {
    Value v = override(f, key, env, var, false);
    if (v == null) {
      throw new Problem(key, "missing (" + what + "; or environment " + var + ")");
    }
    return ConfigFields.text(v.label(), v.node());
  }

  private static void atLeast(String label, long value, long min) {
    if (value < min) {
      throw new Problem(label, "must be >= " + min + ", got " + value);
    }
  }

  private static int integer(ConfigFields f, String key, int fallback) {
    JsonNode v = f.get(key);
    return v == null ? fallback : ConfigFields.integer(key, v);
  }

  private static List<Path> paths(String label, List<JsonNode> items) {
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      paths.add(ConfigFields.path(label + "[" + i + "]", items.get(i)));
    }
    return paths;
  }

  private static LogFormat logFormat(JsonNode value) {
    if (value == null) {
      return LogFormat.TEXT;
    }
    String text = ConfigFields.text("log_format", value);
    for (LogFormat format : LogFormat.values()) {
      if (format.configName().equals(text)) {
        return format;
      }
    }
    throw new Problem("log_format", "must be text or json, got \"" + text + "\"");
  }
}
