package io.github.goloswitness.monitor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.NodeException;
import io.github.goloswitness.client.Witness;
import io.github.goloswitness.monitor.config.ConfigException;
import io.github.goloswitness.monitor.config.ConfigLoader;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.daemon.NodeClients;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code status}: what the chain says about one witness — head block, participation, signing key,
 * misses, schedule — and, with several nodes, whether they agree on it. With {@code --config
 * FILE} the nodes and witness come from a monitor's config, and the servers it names (this one
 * and its {@code peers}) are listed with the one whose key is on chain.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Shows a witness as the chain sees it (head block, signing key, misses, schedule);"
        + " with --config, which configured server holds the key.")
public final class StatusCommand implements Callable<Integer> {

  /** golosd prints times as "YYYY-MM-DDTHH:MM:SS" in UTC without a zone. */
  static final DateTimeFormatter CHAIN_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  @Option(names = "--node", paramLabel = "URL",
      description = "golosd JSON-RPC endpoint (http, https, ws, wss); repeat for several. Not with --config.")
  List<URI> nodes;

  @Option(names = "--witness", paramLabel = "NAME", description = "Witness account. Not with --config.")
  String witness;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A monitor's config: its nodes and witness, and which of its servers (this one, its peers)"
          + " holds the key on chain.")
  Path config;

  @Option(names = "--json", description = "Print JSON with the node's field names.")
  boolean json;

  @Option(names = "--verbose", description = "Print stack traces on errors.")
  boolean verbose;

  private final Environment env;
  private final NodeClients clients;

  public StatusCommand(Environment env) {
    this(env, NodeClients.standard());
  }

  public StatusCommand(Environment env, NodeClients clients) {
    this.env = env;
    this.clients = clients;
  }

  /** One node's view, for the agreement check. */
  record NodeView(URI node, long headBlockNumber, String signingKey, long totalMissed, String error) {}

  @Override
  public Integer call() {
    List<ConfiguredServer> servers = List.of();
    if (config != null) {
      if (nodes != null || witness != null) {
        env.err().println("witness-monitor status: --config gives the nodes and the witness: no --node or --witness with it");
        return 2;
      }
      MonitorConfig cfg;
      try {
        cfg = ConfigLoader.load(config, env.variables()).config();
      } catch (ConfigException e) {
        env.err().println("witness-monitor status: " + e.getMessage());
        return 2;
      }
      nodes = new ArrayList<>(new LinkedHashSet<>(cfg.nodes()));
      cfg.quorumNodes().stream().filter(u -> !nodes.contains(u)).forEach(nodes::add);
      witness = cfg.witness();
      servers = new ArrayList<>();
      servers.add(new ConfiguredServer("this server", cfg.witnessPubkey(), cfg.localNode()));
      for (int i = 0; i < cfg.peers().size(); i++) {
        servers.add(new ConfiguredServer("peers[" + i + "]", cfg.peers().get(i).signingKey(), cfg.peers().get(i).node()));
      }
    } else if (nodes == null || witness == null) {
      env.err().println("witness-monitor status: give --node URL and --witness NAME, or --config FILE");
      return 2;
    }
    try (GolosClient client = clients.open(nodes)) {
      DynamicGlobalProperties head = client.getDynamicGlobalProperties();
      Witness w = client.getWitnessByAccount(witness)
          .orElseThrow(() -> new IOException("witness " + witness + " does not exist (get_witness_by_account returned null)"));
      boolean scheduled = client.getActiveWitnesses().contains(witness);
      List<NodeView> views = nodes.size() > 1 ? views(client) : List.of();
      boolean agree = views.stream().allMatch(v -> v.error() == null)
          && views.stream().map(v -> v.signingKey() + "/" + v.totalMissed()).distinct().count() <= 1;
      if (json) {
        ObjectNode root = toJson(head, w, scheduled, views, agree);
        if (config != null) {
          serversJson(root, servers, w);
        }
        env.out().println(root);
      } else {
        print(env.out(), head, w, scheduled, views, agree);
        if (config != null) {
          printServers(env.out(), servers, w);
        }
      }
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      return FailureLine.report(env.err(), "status", e, verbose);
    }
  }

  private List<NodeView> views(GolosClient client) throws IOException {
    List<NodeView> out = new ArrayList<>();
    for (URI node : nodes) {
      GolosClient one = client.only(node);
      try {
        long headNum = one.getDynamicGlobalProperties().headBlockNumber();
        Witness w = one.getWitnessByAccount(witness).orElse(null);
        out.add(w == null
            ? new NodeView(node, headNum, null, -1, "witness not found")
            : new NodeView(node, headNum, w.signingKey().toString(), w.totalMissed(), null));
      } catch (NodeException e) {
        out.add(new NodeView(node, -1, null, -1, FailureLine.describe(e)));
      }
    }
    return out;
  }

  private static ObjectNode toJson(DynamicGlobalProperties head, Witness w, boolean scheduled, List<NodeView> views,
      boolean agree) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("head_block_number", head.headBlockNumber());
    root.put("head_block_id", head.headBlockId());
    root.put("time", CHAIN_TIME.format(head.time()));
    root.put("current_witness", head.currentWitness());
    root.put("participation_count", head.participationCount());
    root.put("participation", head.participation());
    root.put("last_irreversible_block_num", head.lastIrreversibleBlockNum());
    ObjectNode wit = root.putObject("witness");
    wit.put("owner", w.owner());
    wit.put("url", w.url());
    wit.put("signing_key", w.signingKey().toString());
    wit.put("signing_key_is_null", w.disabled());
    wit.put("total_missed", w.totalMissed());
    wit.put("last_confirmed_block_num", w.lastConfirmedBlockNum());
    wit.put("running_version", w.runningVersion());
    wit.put("hardfork_version_vote", w.hardforkVersionVote());
    root.put("in_active_witnesses", scheduled);
    if (!views.isEmpty()) {
      ArrayNode arr = root.putArray("nodes");
      for (NodeView v : views) {
        ObjectNode n = arr.addObject().put("node", v.node().toString());
        if (v.error() != null) {
          n.put("error", v.error());
        } else {
          n.put("head_block_number", v.headBlockNumber()).put("signing_key", v.signingKey())
              .put("total_missed", v.totalMissed());
        }
      }
      root.put("nodes_agree", agree);
    }
    return root;
  }

  /** A server named by the config: this one or a peer, its signing key and its node. */
  record ConfiguredServer(String name, String signingKey, URI node) {}

  /** Who holds the on-chain key among {@code servers}: a server's name, "disabled" or "none". */
  private static String holder(List<ConfiguredServer> servers, Witness w) {
    if (w.disabled()) {
      return "disabled";
    }
    return servers.stream().filter(s -> s.signingKey().equals(w.signingKey().toString())).map(ConfiguredServer::name)
        .findFirst().orElse("none");
  }

  private static void serversJson(ObjectNode root, List<ConfiguredServer> servers, Witness w) {
    ArrayNode arr = root.putArray("servers");
    for (ConfiguredServer s : servers) {
      arr.addObject().put("server", s.name()).put("signing_key", s.signingKey()).put("node", s.node().toString())
          .put("holds_key", s.signingKey().equals(w.signingKey().toString()));
    }
    root.put("key_held_by", holder(servers, w));
  }

  private static void printServers(PrintStream out, List<ConfiguredServer> servers, Witness w) {
    for (ConfiguredServer s : servers) {
      boolean holds = s.signingKey().equals(w.signingKey().toString());
      out.printf("server %-11s %s  node %s%s%n", s.name(), s.signingKey(), MonitorMetrics.nodeTag(s.node()),
          holds ? "  <- holds the key on chain" : "");
    }
    String holder = holder(servers, w);
    out.printf("key held by        %s%n", switch (holder) {
      case "disabled" -> "nobody: the null key is on chain (witness disabled)";
      case "none" -> "none of the configured servers (" + w.signingKey() + " is not this server's witness_pubkey"
          + " nor a peer's signing_key)";
      default -> holder;
    });
  }

  private static void print(PrintStream out, DynamicGlobalProperties head, Witness w, boolean scheduled,
      List<NodeView> views, boolean agree) {
    out.printf(Locale.ROOT, "head block         %d at %s (by %s, irreversible %d)%n", head.headBlockNumber(),
        CHAIN_TIME.format(head.time()), head.currentWitness(), head.lastIrreversibleBlockNum());
    out.printf(Locale.ROOT, "participation      %.1f%%%n", head.participation());
    out.printf("witness            %s%n", w.owner());
    out.printf("signing_key        %s%s%n", w.signingKey(), w.disabled() ? " (null key: witness disabled)" : "");
    out.printf("total_missed       %d%n", w.totalMissed());
    out.printf("last_confirmed     %d%n", w.lastConfirmedBlockNum());
    out.printf("running_version    %s%n", w.runningVersion());
    out.printf("url                %s%n", w.url());
    out.printf("in schedule        %s%n", scheduled ? "yes" : "no");
    for (NodeView v : views) {
      out.printf("node %s: %s%n", v.node(), v.error() != null ? "error: " + v.error()
          : "head " + v.headBlockNumber() + ", signing_key " + v.signingKey() + ", total_missed " + v.totalMissed());
    }
    if (!views.isEmpty()) {
      out.printf("nodes agree        %s%n", agree ? "yes" : "NO");
    }
  }
}
