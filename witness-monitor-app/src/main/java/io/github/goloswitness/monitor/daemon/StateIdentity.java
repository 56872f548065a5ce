package io.github.goloswitness.monitor.daemon;

import java.util.Objects;

/**
 * What a state file belongs to: the witness, this server's signing key and the chain id. Written
 * with every save and compared at start, so a state file of another monitor (two monitors on one
 * host sharing the default {@code ./witness-monitor.state}) or of another chain is refused
 * instead of silently steering the policy.
 *
 * @param witness the witness account
 * @param signingKey this server's {@code witness_pubkey}
 * @param chainId the chain id in hex, as {@code get_config} gives it
 */
public record StateIdentity(String witness, String signingKey, String chainId) {

  public StateIdentity {
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(chainId, "chainId");
  }

  @Override
  public String toString() {
    return "witness " + witness + ", key " + signingKey + ", chain "
        + (chainId.length() > 12 ? chainId.substring(0, 12) + "…" : chainId);
  }
}
