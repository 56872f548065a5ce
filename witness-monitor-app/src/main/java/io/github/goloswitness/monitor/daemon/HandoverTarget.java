package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.failover.Version;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.observe.PeerStatus;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether the server holding a signing key can produce, asked before {@code handover} switches to
 * it (issue 18: a handover to a server that could not produce switched anyway and lost 12
 * blocks). This server: its node in sync with the other configured nodes (or, alone, its head
 * fresh by the clock), its binary not older than the hardfork, and its {@code signing_key_files}
 * holding the key. Another server: found among {@code peers} by its key, its monitor's {@code
 * /peer} fresh and saying its node is up and in sync and its key file verified. Stateless.
 */
public final class HandoverTarget {

  /** Whether the target is ready, and one line saying what was checked or what is wrong. */
  public record Verdict(boolean ready, String line) {}

  private HandoverTarget() {}

  /**
   * @param nodes a client of every configured node (local first)
   * @param now this server's clock
   * @param timeout for reading a peer monitor's {@code /peer}
   */
  public static Verdict check(MonitorConfig config, PublicKey target, GolosClient nodes, Instant now, Duration timeout) {
    String key = target.toString();
    if (key.equals(config.witnessPubkey())) {
      return self(config, nodes, now);
    }
    Optional<MonitorConfig.Peer> peer = config.peers().stream().filter(p -> p.signingKey().equals(key)).findFirst();
    if (peer.isEmpty()) {
      return new Verdict(false, key + " is neither this server's witness_pubkey nor a configured peer's signing_key:"
          + " list its server under peers (with its monitor) so the handover can check that it can produce");
    }
    if (peer.get().monitor().isEmpty()) {
      return new Verdict(false, "the peer with " + key + " has no monitor URL in peers: cannot check that its node is"
          + " in sync and holds the key; add its monitor, or run the handover there with --to-self");
    }
    URI monitor = peer.get().monitor().get();
    PeerStatus s;
    try {
      s = new PeerMonitorReader(timeout).read(monitor);
    } catch (IOException e) {
      return new Verdict(false, "its monitor " + PeerMonitorReader.endpoint(monitor) + " does not answer ("
          + Poller.message(e) + "): cannot check that its node is in sync and holds the key");
    }
    String where = "its monitor " + PeerMonitorReader.endpoint(monitor);
    Duration maxAge = PeerLinks.maxReportAge(Wiring.BLOCK_INTERVAL, TickReads.DEADLINE);
    if (!s.witness().equals(config.witness()) || !s.signingKey().equals(key)) {
      return new Verdict(false, where + " speaks for witness " + s.witness() + " key " + s.signingKey() + ", not "
          + config.witness() + " key " + key + ": check the peers entry");
    } else if (s.ageSeconds() > maxAge.toSeconds()) {
      return new Verdict(false, where + " serves a poll " + s.ageSeconds() + " s old: its monitor is stuck");
    } else if (!s.nodeUp() || !s.synced()) {
      return new Verdict(false, where + " reports its node " + (s.nodeUp() ? "not in sync" : "down or behind")
          + " (head block " + s.headBlock() + ", head age " + s.headAgeSeconds() + " s)");
    } else if (!s.signingKeyVerified()) {
      return new Verdict(false, where + " cannot tell that its golosd holds the key: set signing_key_files on that"
          + " server (the file golosd's private-key comes from) and restart its monitor");
    }
    return new Verdict(true, where + ": node up and in sync at block " + s.headBlock() + ", signing key file verified");
  }

  private static Verdict self(MonitorConfig config, GolosClient nodes, Instant now) {
    URI localUri = config.localNode();
    int maxHeadLag = Math.max(1, config.policy().maxHeadLag());
    DynamicGlobalProperties local;
    String running;
    String hardfork;
    try {
      GolosClient node = nodes.only(localUri);
      local = node.getDynamicGlobalProperties();
      running = node.getConfig().blockchainVersion();
      hardfork = node.getHardforkVersion();
    } catch (IOException e) {
      return new Verdict(false, "this server's node " + localUri + " does not answer (" + Poller.message(e) + ")");
    }
    long best = local.headBlockNumber();
    Set<URI> others = new LinkedHashSet<>(config.nodes());
    others.addAll(config.quorumNodes());
    others.remove(localUri);
    boolean compared = false;
    for (URI other : others) {
      try {
        best = Math.max(best, nodes.only(other).getDynamicGlobalProperties().headBlockNumber());
        compared = true;
      } catch (IOException e) {
        // another view is a bonus: without one the head's age decides
      }
    }
    if (best - local.headBlockNumber() > maxHeadLag) {
      return new Verdict(false, "this server's node is " + (best - local.headBlockNumber()) + " blocks behind the"
          + " other nodes (head " + local.headBlockNumber() + " < " + best + ")");
    }
    Duration age = Duration.between(local.time(), now);
    if (!compared && age.compareTo(Wiring.BLOCK_INTERVAL.multipliedBy(maxHeadLag)) > 0) {
      return new Verdict(false, "this server's node has a head " + age.toSeconds() + " s old and no other node to"
          + " compare with (is it synced? is this server's clock right?)");
    }
    try {
      if (Version.parse(running).isOlderThan(Version.parse(hardfork))) {
        return new Verdict(false, "this server's node runs " + running + ", older than the chain's hardfork " + hardfork);
      }
    } catch (IllegalArgumentException e) {
      return new Verdict(false, "this server's node reports an unreadable version: " + e.getMessage());
    }
    if (config.signingKeyFiles().isEmpty()) {
      return new Verdict(false, "cannot tell that this server's golosd holds the key " + config.witnessPubkey()
          + ": set signing_key_files (the file golosd's private-key comes from)");
    }
    return new Verdict(true, "this server's node is in sync at block " + local.headBlockNumber() + ", runs " + running
        + ", signing_key_files hold " + config.witnessPubkey());
  }
}
