package io.github.goloswitness.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code authority} (chain-node libraries/protocol/include/golos/protocol/authority.hpp): {@code
 * (weight_threshold)(account_auths)(key_auths)}. Both maps are flat_maps: stored here sorted the way
 * the node sorts them (account names as strings, keys by their 33 compressed bytes, unsigned) and
 * without duplicates, so the bytes are the node's whatever order they are given in.
 *
 * @param weightThreshold uint32
 */
public record Authority(long weightThreshold, List<AccountAuth> accountAuths, List<KeyAuth> keyAuths) {

  /** One account entry: {@code ["bob", 1]}. @param weight uint16 */
  public record AccountAuth(String account, int weight) implements WirePair {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     * @throws NullPointerException if a required component is null; the message names it
     */
    public AccountAuth {
      Fields.account(account, "account_auths.account");
      Fields.uint16(weight, "account_auths.weight");
    }
  }

  /** One key entry: {@code ["GLS…", 1]}. @param weight uint16 */
  public record KeyAuth(PublicKey key, int weight) implements WirePair {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     * @throws NullPointerException if a required component is null; the message names it
     */
    public KeyAuth {
      Fields.required(key, "key_auths.key");
      Fields.uint16(weight, "key_auths.weight");
    }
  }

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Authority {
    Fields.uint32(weightThreshold, "weight_threshold");
    accountAuths = new ArrayList<>(Fields.required(accountAuths, "account_auths"));
    accountAuths.sort(Comparator.comparing(AccountAuth::account));
    for (int i = 1; i < accountAuths.size(); i++) {
      if (accountAuths.get(i).account().equals(accountAuths.get(i - 1).account())) {
        throw new IllegalArgumentException(
            "account_auths lists " + accountAuths.get(i).account() + " twice");
      }
    }
    accountAuths = List.copyOf(accountAuths);
    keyAuths = new ArrayList<>(Fields.required(keyAuths, "key_auths"));
    keyAuths.sort((a, b) -> Arrays.compareUnsigned(a.key().bytes(), b.key().bytes()));
    for (int i = 1; i < keyAuths.size(); i++) {
      if (keyAuths.get(i).key().equals(keyAuths.get(i - 1).key())) {
        throw new IllegalArgumentException("key_auths lists " + keyAuths.get(i).key() + " twice");
      }
    }
    keyAuths = List.copyOf(keyAuths);
  }

  /** A single key with weight 1 and threshold 1, the usual form. */
  public static Authority ofKey(PublicKey key) {
    return new Authority(1, List.of(), List.of(new KeyAuth(key, 1)));
  }

  void writeTo(GrapheneWriter out) {
    out.writeUint32(weightThreshold);
    out.writeVector(accountAuths, (w, a) -> w.writeString(a.account()).writeUint16(a.weight()));
    out.writeVector(keyAuths, (w, k) -> w.writePublicKey(k.key()).writeUint16(k.weight()));
  }

  static Authority readFrom(GrapheneReader in) {
    long threshold = in.readUint32();
    List<AccountAuth> accounts =
        in.readVector(r -> new AccountAuth(r.readString(), r.readUint16()));
    List<KeyAuth> keys = in.readVector(r -> new KeyAuth(r.readPublicKey(), r.readUint16()));
    return new Authority(threshold, accounts, keys);
  }
}
