package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.PrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is on the simulated chain, derived from the seed: our nodes with their signing keys, every
 * account with its keys, and the witnesses' initial signing keys in schedule order (ours first).
 */
final class Roster {

  final List<NodeState> nodes;
  final Map<String, SimAccount> accounts;
  /** Account names in id order (the {@code id} field golosd prints). */
  final List<String> accountIds;
  /** Initial signing key per witness, in creation (= schedule) order. */
  final Map<String, String> signingKeys;

  private Roster(List<NodeState> nodes, Map<String, SimAccount> accounts, Map<String, String> signingKeys) {
    this.nodes = List.copyOf(nodes);
    this.accounts = Collections.unmodifiableMap(accounts);
    this.accountIds = List.copyOf(accounts.keySet());
    this.signingKeys = Collections.unmodifiableMap(signingKeys);
  }

  /** Every key is {@code PrivateKey.fromPassword(account, "sim-seed-" + seed, role)}. */
  static Roster of(SimConfig config, PrivateKey activeKey) {
    String seed = "sim-seed-" + config.seed();
    String ours = config.witness();
    List<NodeState> nodes = new ArrayList<>();
    for (int i = 0; i < config.nodes(); i++) {
      nodes.add(new NodeState(i, PrivateKey.fromPassword(ours, seed, "node" + i), config.hardforkVersion()));
    }
    Map<String, String> keys = new LinkedHashMap<>();
    Map<String, SimAccount> accounts = new LinkedHashMap<>();
    keys.put(ours, nodes.get(config.initialNode()).publicKey);
    accounts.put(ours, new SimAccount(ours, publicKey(ours, seed, "owner"), activeKey.publicKey().toString(),
        publicKey(ours, seed, "posting"), publicKey(ours, seed, "memo")));
    for (String other : OtherWitnesses.NAMES) {
      keys.put(other, publicKey(other, seed, "signing"));
      // Other witnesses' accounts are rarely read: one key for every role keeps start-up fast.
      String key = publicKey(other, seed, "active");
      accounts.put(other, new SimAccount(other, key, key, key, key));
    }
    return new Roster(nodes, accounts, keys);
  }

  private static String publicKey(String account, String seed, String role) {
    return PrivateKey.fromPassword(account, seed, role).publicKey().toString();
  }
}
