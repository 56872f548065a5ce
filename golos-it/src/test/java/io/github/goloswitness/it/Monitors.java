package io.github.goloswitness.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The three {@code witness-monitor run} daemons of alpha, one beside each server's golosd, each its
 * own OS process with its own config (docs/configuration.md): its local node first (B1's over
 * WebSocket, the others' over HTTP, so the daemon runs on both transports), node A as a
 * quorum node, priority 0-2, the two other servers as peers with their monitors' {@code /peer},
 * alpha's active key and the server's signing key in files (mode 600), metrics on loopback, and a
 * {@code feed:} section reading the server's own price from the {@link FakePriceSource}.
 */
final class Monitors {
  /** Each server's price (GBG per GOLOS): distinct, so the feed on chain names its publisher. */
  static final Map<String, String> PRICES = Map.of("b0", "0.500", "b1", "0.520", "b2", "0.540");

  private static final String STARTED = "started: witness";

  private final Testnet net;
  private final Map<String, MonitorProcess> daemons = new LinkedHashMap<>();

  Monitors(Testnet net, Path work) {
    this.net = net;
    for (String s : Testnet.SERVERS) {
      daemons.put(s, new MonitorProcess("m-" + s, work));
    }
  }

  /** How the daemons reach server {@code s}'s golosd: B1 over WebSocket, B0 and B2 over HTTP. */
  java.net.URI url(String s) {
    return s.equals("b1") ? net.node(s).ws() : net.node(s).http();
  }

  static int metricsPort(String server) {
    return 28250 + Testnet.SERVERS.indexOf(server);
  }

  MonitorProcess daemon(String server) {
    MonitorProcess m = daemons.get(server);
    if (m == null) {
      throw new IllegalArgumentException("no monitor for " + server);
    }
    return m;
  }

  void startAll() {
    Map<String, Integer> before = new LinkedHashMap<>();
    Testnet.SERVERS.forEach(s -> before.put(s, startOnly(s)));
    before.forEach(this::awaitStarted);
  }

  /** Starts server {@code s}'s daemon and waits for its "started" line. */
  void start(String s) {
    awaitStarted(s, startOnly(s));
  }

  /** Starts the daemon; returns how many "started" lines its log had before. */
  private int startOnly(String s) {
    net.prices().set(s, PRICES.get(s));
    MonitorProcess m = daemon(s);
    int before = m.logLines(STARTED).size();
    m.start("run", "--config", writeConfig(s).toString());
    return before;
  }

  private void awaitStarted(String s, int before) {
    MonitorProcess m = daemon(s);
    net.poll().untilTrue("monitor " + s + " started (log " + m.log() + ")", Duration.ofSeconds(90), () -> {
      if (!m.alive()) {
        throw new AssertionError("monitor " + s + " exited; log:\n" + m.logText());
      }
      return m.logLines(STARTED).size() > before;
    });
  }

  void kill(String s) {
    daemon(s).kill();
  }

  void killAll() {
    daemons.values().forEach(MonitorProcess::kill);
  }

  /** Server {@code s}'s config file (written on each start), also used by the CLI tests. */
  Path writeConfig(String s) {
    MonitorProcess m = daemon(s);
    Path activeKey = m.writePrivate("active.key", Keys.active(Bootstrap.ALPHA).toWif() + "\n");
    Path signingKey = m.writePrivate("signing.key", Testnet.signing(s).toWif() + "\n");
    StringJoiner peers = new StringJoiner("\n");
    for (String p : Testnet.SERVERS) {
      if (!p.equals(s)) {
        peers.add("  - {signing_key: " + Testnet.signing(p).publicKey() + ", node: " + url(p)
            + ", monitor: http://127.0.0.1:" + metricsPort(p) + "}");
      }
    }
    String yaml = "# golos-it: the daemon beside server " + s + " (written by Monitors)\n"
        + "node:\n  - " + url(s) + "\n"
        + "witness: " + Bootstrap.ALPHA + "\n"
        + "witness_pubkey: " + Testnet.signing(s).publicKey() + "\n"
        + "priority: " + Testnet.SERVERS.indexOf(s) + "\n"
        + "allowed_misses: 1\n"
        + "miss_window: 3600\n"
        + "cooldown: 1\n"
        + "peers:\n" + peers + "\n"
        + "quorum_nodes:\n  - " + net.node("a").ws() + "\n"
        + "key_file: " + activeKey + "\n"
        + "signing_key_files:\n  - " + signingKey + "\n"
        + "state_file: " + m.dir().resolve("state.json") + "\n"
        + "metrics:\n  address: 127.0.0.1:" + metricsPort(s) + "\n"
        + "log_format: text\n"
        + "feed:\n"
        + "  interval: 3\n"
        + "  threshold_pct: 1\n"
        + "  max_age: 86400\n"
        + "  backup_grace: 3600\n"
        + "  min_sources: 1\n"
        + "  max_jump_pct: 50\n"
        + "  timeout: 2\n"
        + "  sources:\n"
        + "    - {type: http_json, name: fake-" + s + ", url: \"" + net.prices().url(s)
        + "\", pointer: /price, pair: GOLOS/GBG}\n";
    return m.writePrivate("monitor.yml", yaml);
  }
}
