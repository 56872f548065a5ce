package io.github.goloswitness.client;

import io.github.goloswitness.crypto.ChainProperties;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.PublicKey;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * golosd's {@code witness_api_object} ({@code witness_api.get_witness_by_account}), every field,
 * with the node's field names in camelCase (chain-node
 * plugins/witness_api/include/golos/plugins/witness_api/api_objects/witness_api_object.hpp). 64-bit
 * values arrive as JSON numbers or strings; both are accepted.
 *
 * @param id {@code id}: the object id in the node's witness index
 * @param owner {@code owner}: the witness account
 * @param created {@code created} (UTC)
 * @param url {@code url}
 * @param votes {@code votes} (int64, in GESTS units)
 * @param virtualLastUpdate {@code virtual_last_update} (uint128)
 * @param virtualPosition {@code virtual_position} (uint128)
 * @param virtualScheduledTime {@code virtual_scheduled_time} (uint128)
 * @param totalMissed {@code total_missed}: blocks this witness missed, ever
 * @param lastAslot {@code last_aslot}
 * @param lastConfirmedBlockNum {@code last_confirmed_block_num}
 * @param powWorker {@code pow_worker}
 * @param signingKey {@code signing_key}; {@link PublicKey#NULL}
 *     ({@code GLS1111111111111111111111111111111114T1Anm}) means the witness is disabled
 * @param props {@code props}: the first three chain properties this witness votes for (what
 *     {@code witness_update} carries)
 * @param chainProperties {@code props} in full: the newest {@link ChainProperties} version whose
 *     fields the node sent (fields newer than our newest version are ignored)
 * @param sbdExchangeRate {@code sbd_exchange_rate}: this witness's last published price feed
 * @param lastSbdExchangeUpdate {@code last_sbd_exchange_update} (UTC)
 * @param lastWork {@code last_work} (hex)
 * @param runningVersion {@code running_version}, e.g. "0.30.0"
 * @param hardforkVersionVote {@code hardfork_version_vote}
 * @param hardforkTimeVote {@code hardfork_time_vote} (UTC)
 * @param transitToCyberwayVote {@code transit_to_cyberway_vote} (UTC); empty on nodes without it
 */
public record Witness(
    long id,
    String owner,
    Instant created,
    String url,
    long votes,
    BigInteger virtualLastUpdate,
    BigInteger virtualPosition,
    BigInteger virtualScheduledTime,
    long totalMissed,
    long lastAslot,
    long lastConfirmedBlockNum,
    long powWorker,
    PublicKey signingKey,
    ChainProperties17 props,
    ChainProperties chainProperties,
    Price sbdExchangeRate,
    Instant lastSbdExchangeUpdate,
    String lastWork,
    String runningVersion,
    String hardforkVersionVote,
    Instant hardforkTimeVote,
    Optional<Instant> transitToCyberwayVote) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Witness {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(virtualLastUpdate, "virtualLastUpdate");
    Objects.requireNonNull(virtualPosition, "virtualPosition");
    Objects.requireNonNull(virtualScheduledTime, "virtualScheduledTime");
    Objects.requireNonNull(signingKey, "signingKey");
    Objects.requireNonNull(props, "props");
    Objects.requireNonNull(chainProperties, "chainProperties");
    Objects.requireNonNull(sbdExchangeRate, "sbdExchangeRate");
    Objects.requireNonNull(lastSbdExchangeUpdate, "lastSbdExchangeUpdate");
    Objects.requireNonNull(lastWork, "lastWork");
    Objects.requireNonNull(runningVersion, "runningVersion");
    Objects.requireNonNull(hardforkVersionVote, "hardforkVersionVote");
    Objects.requireNonNull(hardforkTimeVote, "hardforkTimeVote");
    Objects.requireNonNull(transitToCyberwayVote, "transitToCyberwayVote");
    if (totalMissed < 0) {
      throw new IllegalArgumentException("totalMissed < 0: " + totalMissed);
    }
  }

  /** Whether the signing key is the null key (the witness is disabled). */
  public boolean disabled() {
    return signingKey.isNull();
  }
}
