package io.github.goloswitness.it;

import io.github.goloswitness.crypto.Authority;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;

/**
 * The suite's keys: the testnet's init key (cyberfounder's every key and genesis signing key,
 * ../shared/golosd/README.md) and keys derived from fixed passwords, so a failed run's data can
 * be inspected with the same keys.
 */
final class Keys {
  /** STEEMIT_INIT_PRIVATE_KEY of the testnet build (printed by golosd at start). */
  static final String INIT_WIF = "5JVFFWRLwz6JoP9kguuRFfytToGU6cLgBVTL9t6NB3D3BQLbUBS";

  private Keys() {}

  static PrivateKey init() {
    return PrivateKey.fromWif(INIT_WIF);
  }

  /** An account's key of {@code role} (owner, active, posting, memo). */
  static PrivateKey of(String account, String role) {
    return PrivateKey.fromPassword(account, "golos-it", role);
  }

  static PrivateKey active(String account) {
    return of(account, "active");
  }

  /** The block signing key of one server (B0, B1, B2 for alpha; A for bravo). */
  static PrivateKey signing(String witness, String server) {
    return PrivateKey.fromPassword(witness, "golos-it-" + server, "signing");
  }

  static Authority authority(String account, String role) {
    return Authority.ofKey(of(account, role).publicKey());
  }

  static PublicKey memo(String account) {
    return of(account, "memo").publicKey();
  }
}
