package io.github.goloswitness.client;

import java.time.Instant;
import java.util.Objects;

/**
 * golosd's {@code witness_api_object} ({@code witness_api.get_witness_by_account}), with the node's
 * field names in camelCase. 64-bit values arrive as JSON numbers or strings; both are accepted.
 *
 * @param owner {@code owner}: the witness account
 * @param url {@code url}
 * @param votes {@code votes} (int64)
 * @param totalMissed {@code total_missed}: blocks this witness missed, ever
 * @param lastConfirmedBlockNum {@code last_confirmed_block_num}
 * @param lastAslot {@code last_aslot}
 * @param signingKey {@code signing_key}: "GLS…"; the null key
 *     {@value #NULL_SIGNING_KEY} means the witness is disabled
 * @param props {@code props}: the chain properties this witness votes for
 * @param runningVersion {@code running_version}, e.g. "0.30.0"
 * @param hardforkVersionVote {@code hardfork_version_vote}
 * @param hardforkTimeVote {@code hardfork_time_vote} (UTC)
 * @param created {@code created} (UTC)
 */
public record Witness(
    String owner,
    String url,
    long votes,
    long totalMissed,
    long lastConfirmedBlockNum,
    long lastAslot,
    String signingKey,
    ChainProperties props,
    String runningVersion,
    String hardforkVersionVote,
    Instant hardforkTimeVote,
    Instant created) {

  /** The public key golosd prints for "no key": a disabled witness produces no blocks. */
  public static final String NULL_SIGNING_KEY = "GLS1111111111111111111111111111111114T1Anm";

  public Witness {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(props, "props");
    Objects.requireNonNull(runningVersion, "runningVersion");
    Objects.requireNonNull(hardforkVersionVote, "hardforkVersionVote");
    Objects.requireNonNull(hardforkTimeVote, "hardforkTimeVote");
    Objects.requireNonNull(created, "created");
    if (totalMissed < 0) {
      throw new IllegalArgumentException("totalMissed < 0: " + totalMissed);
    }
  }

  /** Whether the signing key is the null key (the witness is disabled). */
  public boolean disabled() {
    return NULL_SIGNING_KEY.equals(signingKey);
  }
}
