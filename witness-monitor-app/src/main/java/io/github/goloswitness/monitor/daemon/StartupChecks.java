package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.Account;
import io.github.goloswitness.client.DynamicGlobalProperties;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.monitor.config.ActiveKeySource;
import io.github.goloswitness.monitor.config.KeyFiles;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.config.Secret;
import io.github.goloswitness.monitor.observe.MonitorMetrics;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code run} and {@code handover} verify before doing anything: the key files are private
 * and hold valid keys, {@code witness_pubkey} belongs to one of the node's signing key files (when
 * given), the witness exists on chain and the active key really is one of its active keys. Every
 * failure is one line naming the key or file; no private key is ever part of a message.
 */
public final class StartupChecks {
  public static final int CONFIG = 2;
  static final int CHAIN_UNREACHABLE = 3;

  private StartupChecks() {}

  /** Checks the local files (no network); returns the parsed active keys, possibly none. */
  public static List<PrivateKey> localFiles(MonitorConfig config) throws StartupException {
    publicKey("witness_pubkey", config.witnessPubkey());
    for (int i = 0; i < config.peers().size(); i++) {
      publicKey("peers[" + i + "].signing_key", config.peers().get(i).signingKey());
    }
    List<PrivateKey> active = new ArrayList<>();
    String origin = origin(config.activeKey());
    try {
      for (Secret s : KeyFiles.activeKeys(config.activeKey())) {
        active.add(PrivateKey.fromWif(s.reveal()));
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new StartupException("active key (" + origin + "): " + Poller.message(e), CONFIG);
    }
    if (!config.signingKeyFiles().isEmpty()) {
      Map<Path, String> found = new LinkedHashMap<>();
      for (Path file : config.signingKeyFiles()) {
        try {
          found.put(file, PrivateKey.fromWif(KeyFiles.readKey(file).reveal()).publicKey().toString());
        } catch (IOException e) {
          throw new StartupException("signing_key_files: " + Poller.message(e), CONFIG);
        } catch (IllegalArgumentException e) {
          throw new StartupException("signing_key_files: key file " + file + ": " + e.getMessage(), CONFIG);
        }
      }
      if (!found.containsValue(config.witnessPubkey())) {
        // Name each file and the public key it holds (never the private one), so the wrong one shows.
        throw new StartupException("witness_pubkey " + config.witnessPubkey() + " matches none of the private keys"
            + " in signing_key_files: " + found.entrySet().stream().map(e -> e.getKey() + " holds the key of "
            + e.getValue()).collect(Collectors.joining(", ")) + "; this node would produce with another key", CONFIG);
      }
    }
    return active;
  }

  private static void publicKey(String key, String value) throws StartupException {
    try {
      PublicKey.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new StartupException(key + ": " + value + " is not a valid public key: " + e.getMessage(), CONFIG);
    }
  }

  /**
   * Checks the witness and the active key on chain; returns the active key that signs, empty when
   * none is configured (watch only).
   */
  public static Optional<PrivateKey> onChain(MonitorConfig config, List<PrivateKey> active, GolosClient nodes)
      throws StartupException {
    String witness = config.witness();
    List<Account> accounts;
    try {
      if (nodes.getWitnessByAccount(witness).isEmpty()) {
        throw new StartupException("witness: account \"" + witness + "\" is not a witness on chain"
            + " (get_witness_by_account returned null)", CONFIG);
      }
      accounts = nodes.getAccounts(List.of(witness));
    } catch (IOException e) {
      throw new StartupException("cannot check the witness on chain: " + Poller.message(e)
          + " (is the node up? node: " + config.localNode() + ")", CHAIN_UNREACHABLE);
    }
    if (active.isEmpty()) {
      return Optional.empty();
    }
    if (accounts.isEmpty()) {
      throw new StartupException("witness: account \"" + witness + "\" does not exist (get_accounts)", CONFIG);
    }
    List<PublicKey> onChain = new ArrayList<>(accounts.get(0).active().keyAuths().keySet());
    for (PrivateKey key : active) {
      if (onChain.contains(key.publicKey())) {
        return Optional.of(key);
      }
    }
    String mine = active.stream().map(k -> k.publicKey().toString()).collect(Collectors.joining(", "));
    throw new StartupException("active key (" + origin(config.activeKey()) + "): its public key " + mine
        + " is not an active key of account \"" + witness + "\" (on chain: " + onChain + ")", CONFIG);
  }

  /**
   * What the chain is, as the configured nodes say: the chain id, which every node that answers
   * must report alike (the id signed with must not depend on which node answers first), and the
   * head of the first node that answers (the local one when it is up).
   *
   * @param nodes every configured node ({@code node} and {@code quorum_nodes}), local first
   * @throws StartupException CONFIG when two nodes report different chain ids, CHAIN_UNREACHABLE
   *     when no node answers
   */
  public static ChainFacts chain(List<URI> nodes, GolosClient client) throws StartupException {
    Map<String, URI> ids = new LinkedHashMap<>();
    DynamicGlobalProperties head = null;
    String firstProblem = null;
    for (URI uri : nodes) {
      try {
        GolosClient node = client.only(uri);
        String id = node.getConfig().chainId().toHex();
        if (head == null) {
          head = node.getDynamicGlobalProperties();
        }
        ids.putIfAbsent(id, uri);
      } catch (IOException | RuntimeException e) {
        if (firstProblem == null) {
          firstProblem = MonitorMetrics.nodeTag(uri) + ": " + Poller.message(e);
        }
      }
    }
    if (ids.size() > 1) {
      throw new StartupException("node/quorum_nodes: the nodes are on different chains: " + ids.entrySet().stream()
          .map(e -> MonitorMetrics.nodeTag(e.getValue()) + " has chain_id " + e.getKey())
          .collect(Collectors.joining(", ")) + "; list nodes of one chain only", CONFIG);
    }
    if (ids.isEmpty() || head == null) {
      throw new StartupException("cannot read the chain id: no node answered (" + firstProblem + ")", CHAIN_UNREACHABLE);
    }
    return new ChainFacts(ids.keySet().iterator().next(), head.headBlockNumber(), head.time());
  }

  /**
   * One line when this server's clock and the chain's head time disagree by more than {@code
   * bound} (issue 18: with the chain 9 s behind the clock every monitor took its node for stale).
   * The monitor judges head ages by the chain's pace ({@code ChainClock}), but alert times, the
   * state file's sanity check and the operator's view of the log still use this clock.
   *
   * @param now this server's clock at start
   * @return the warning, empty when they agree
   */
  public static Optional<String> clock(ChainFacts chain, Instant now, java.time.Duration bound) {
    java.time.Duration off = java.time.Duration.between(chain.headTime(), now);
    if (off.abs().compareTo(bound) <= 0) {
      return Optional.empty();
    }
    long s = off.abs().toSeconds();
    return Optional.of("clock: this server's clock is " + s + " s " + (off.isNegative() ? "behind" : "ahead of")
        + " the chain's head (block " + chain.headBlock() + " stamped " + chain.headTime() + "): if the node is"
        + " synced, sync this clock (timedatectl status; chrony or ntpd) - head ages are judged by the chain's pace"
        + " meanwhile, but alert and log times use this clock");
  }

  /**
   * The chain as the nodes reported it at start.
   *
   * @param chainId the chain id in lower-case hex
   * @param headBlock the head block number of the first node that answered
   * @param headTime that head block's time
   */
  public record ChainFacts(String chainId, long headBlock, Instant headTime) {}

  private static String origin(ActiveKeySource source) {
    if (source instanceof ActiveKeySource.FromFile f) {
      return "key_file " + f.file();
    }
    if (source instanceof ActiveKeySource.Inline inline) {
      return inline.origin();
    }
    return "none";
  }
}
