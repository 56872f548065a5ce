package io.github.goloswitness.client;

import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PublicKey;
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
 * @param signingKey {@code signing_key}; {@link PublicKey#NULL}
 *     ({@code GLS1111111111111111111111111111111114T1Anm}) means the witness is disabled
 * @param props {@code props}: the first three chain properties this witness votes for (what
 *     {@code witness_update} carries)
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
    PublicKey signingKey,
    ChainProperties17 props,
    String runningVersion,
    String hardforkVersionVote,
    Instant hardforkTimeVote,
    Instant created) {

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
    return signingKey.isNull();
  }
}
