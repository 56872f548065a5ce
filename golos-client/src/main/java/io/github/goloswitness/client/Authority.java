package io.github.goloswitness.client;

import io.github.goloswitness.crypto.PublicKey;
import java.util.Map;

/**
 * An account authority ({@code owner}, {@code active} or {@code posting}).
 *
 * @param weightThreshold {@code weight_threshold}
 * @param accountAuths {@code account_auths}: account name to weight
 * @param keyAuths {@code key_auths}: public key to weight
 */
public record Authority(long weightThreshold, Map<String, Integer> accountAuths, Map<PublicKey, Integer> keyAuths) {

  /**
   * Keeps unmodifiable copies of the collections.
   *
   * @throws NullPointerException if a collection is null or holds a null
   */
  public Authority {
    accountAuths = Map.copyOf(accountAuths);
    keyAuths = Map.copyOf(keyAuths);
  }
}
