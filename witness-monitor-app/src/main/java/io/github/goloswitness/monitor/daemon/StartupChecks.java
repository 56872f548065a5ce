package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.client.Account;
import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.monitor.config.ActiveKeySource;
import io.github.goloswitness.monitor.config.KeyFiles;
import io.github.goloswitness.monitor.config.MonitorConfig;
import io.github.goloswitness.monitor.config.Secret;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    try {
      PublicKey.fromString(config.witnessPubkey());
      for (MonitorConfig.Peer peer : config.peers()) {
        PublicKey.fromString(peer.signingKey());
      }
    } catch (IllegalArgumentException e) {
      throw new StartupException("witness_pubkey/peers: " + e.getMessage(), CONFIG);
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
      List<String> found = new ArrayList<>();
      for (Path file : config.signingKeyFiles()) {
        try {
          found.add(PrivateKey.fromWif(KeyFiles.readKey(file).reveal()).publicKey().toString());
        } catch (IOException e) {
          throw new StartupException("signing_key_files: " + Poller.message(e), CONFIG);
        } catch (IllegalArgumentException e) {
          throw new StartupException("signing_key_files: " + file + ": " + e.getMessage(), CONFIG);
        }
      }
      if (!found.contains(config.witnessPubkey())) {
        throw new StartupException("witness_pubkey " + config.witnessPubkey()
            + " matches none of the private keys in signing_key_files " + config.signingKeyFiles()
            + " (they are for " + found + "): this node would produce with another key", CONFIG);
      }
    }
    return active;
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
