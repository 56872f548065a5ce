package io.github.goloswitness.monitor.config;

import static io.github.goloswitness.monitor.config.ConfigFields.NODE_SCHEMES;
import static io.github.goloswitness.monitor.config.ConfigLoader.DEFAULT_METRICS_ADDRESS;
import static io.github.goloswitness.monitor.config.ConfigLoader.NULL_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.monitor.config.ConfigFields.Problem;
import io.github.goloswitness.monitor.config.ConfigLoader.Value;
import io.github.goloswitness.monitor.config.MonitorConfig.ListenAddress;
import io.github.goloswitness.monitor.config.MonitorConfig.Peer;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** {@link ConfigLoader}'s reading of node URLs, public keys, peers and the metrics address. */
final class NodeConfig {
  /** A peer's monitor is its HTTP server ({@code metrics.address}), possibly behind a TLS proxy. */
  static final Set<String> MONITOR_SCHEMES = Set.of("http", "https");
  private static final Pattern PUBKEY = Pattern.compile("GLS[1-9A-HJ-NP-Za-km-z]{45,55}");

  private NodeConfig() {}

  static String publicKey(String label, String text) {
    if (text.equals(NULL_KEY)) {
      throw new Problem(label, "is the null key " + NULL_KEY + " (it disables the witness; give this node's own signing key)");
    }
    if (!PUBKEY.matcher(text).matches()) {
      String hint = KeyFiles.WIF.matcher(text).matches() ? " (this looks like a PRIVATE key: never put it here; value not shown)" : ", got \"" + text + "\"";
      throw new Problem(label, "must be a public key GLS... in base58" + hint);
    }
    return text;
  }

  static List<URI> urls(Value value) {
    List<JsonNode> items = ConfigFields.list(value.label(), value.node());
    if (items.isEmpty()) {
      throw new Problem(value.label(), "must list at least one URL");
    }
    List<URI> urls = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String label = value.node().isArray() ? value.label() + "[" + i + "]" : value.label();
      URI url = ConfigFields.url(label, items.get(i), NODE_SCHEMES);
      if (urls.contains(url)) {
        throw new Problem(label, "duplicate URL (already listed)");
      }
      urls.add(url);
    }
    return urls;
  }

  static List<Peer> peers(ConfigFields f, String ownKey) {
    JsonNode value = f.get("peers");
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new Problem("peers", "must be a list of {signing_key, node, monitor}");
    }
    List<Peer> peers = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(List.of(ownKey));
    for (int i = 0; i < value.size(); i++) {
      String label = "peers[" + i + "]";
      ConfigFields p = new ConfigFields(label, value.get(i), Set.of("signing_key", "node", "monitor"));
      if (p.get("signing_key") == null || p.get("node") == null) {
        throw new Problem(label, "needs both signing_key and node");
      }
      String key = publicKey(p.label("signing_key"), ConfigFields.text(p.label("signing_key"), p.get("signing_key")));
      if (!keys.add(key)) {
        throw new Problem(p.label("signing_key"), key.equals(ownKey)
            ? "is this node's witness_pubkey: each server needs its own signing key, never the same key twice"
            : "is used by another peer: each server needs its own signing key");
      }
      Optional<URI> monitor = p.get("monitor") == null ? Optional.empty()
          : Optional.of(ConfigFields.url(p.label("monitor"), p.get("monitor"), MONITOR_SCHEMES));
      peers.add(new Peer(key, ConfigFields.url(p.label("node"), p.get("node"), NODE_SCHEMES), monitor));
    }
    return peers;
  }

  /**
   * Rule 9 needs both directions: when this server names its peers' monitors, they presumably name
   * this one, which they read on {@code metrics.address}.
   */
  static List<String> peerWarnings(MonitorConfig config) {
    List<String> warnings = new ArrayList<>();
    boolean monitors = config.peers().stream().anyMatch(p -> p.monitor().isPresent());
    if (monitors && config.metrics().isEmpty()) {
      warnings.add("peers name their monitors but metrics is off: the other servers cannot read this one's /peer"
          + " (set metrics.address to an address they reach)");
    } else if (monitors && isLoopback(config.metrics().get().host())
        && config.peers().stream().anyMatch(p -> p.monitor().isPresent() && !isLoopback(p.monitor().get().getHost()))) {
      warnings.add("metrics.address " + config.metrics().get() + " is loopback: the other servers cannot read this"
          + " one's /peer (listen on an address they reach, behind a firewall)");
    }
    if (!config.peers().isEmpty() && !monitors) {
      warnings.add("peers without monitor: the early takeover judges the producer from this server alone (a"
          + " producer whose RPC alone breaks is taken for dead); add each peer's monitor URL");
    }
    return warnings;
  }

  private static boolean isLoopback(String host) {
    return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
        || host.equals("[::1]"));
  }

  static Optional<ListenAddress> metrics(JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    ConfigFields m = new ConfigFields("metrics", value, Set.of("address"));
    String text = m.get("address") == null ? DEFAULT_METRICS_ADDRESS : ConfigFields.text("metrics.address", m.get("address"));
    return Optional.of(listenAddress("metrics.address", text));
  }

  static ListenAddress listenAddress(String label, String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0) {
      throw new Problem(label, "must be HOST:PORT, e.g. " + DEFAULT_METRICS_ADDRESS + ", got \"" + text + "\"");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 0 || port > 65535) {
      throw new Problem(label, "port must be 0..65535, got \"" + text.substring(colon + 1) + "\"");
    }
    return new ListenAddress(host, port);
  }
}
