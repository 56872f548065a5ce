package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.Price;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The money side of golosd's {@code dynamic_global_property_api_object}: supplies, the vesting
 * fund, reward fund and GBG rates, plus the remaining bookkeeping fields, with the node's field
 * names in camelCase (chain-node libraries/chain/include/golos/chain/global_property_object.hpp
 * FC_REFLECT). Fields added after chain-node 0.16 are optional (empty when an older node omits them;
 * when each came, from the upstream history, is named per field).
 *
 * @param id {@code id}
 * @param virtualSupply {@code virtual_supply}
 * @param currentSupply {@code current_supply}
 * @param confidentialSupply {@code confidential_supply}
 * @param currentSbdSupply {@code current_sbd_supply}
 * @param confidentialSbdSupply {@code confidential_sbd_supply}
 * @param totalVestingFundSteem {@code total_vesting_fund_steem}: GOLOS held by the vesting fund
 * @param totalVestingShares {@code total_vesting_shares}: GESTS outstanding
 * @param totalRewardFundSteem {@code total_reward_fund_steem}
 * @param totalRewardShares2 {@code total_reward_shares2} (uint128)
 * @param sbdInterestRate {@code sbd_interest_rate} (basis points)
 * @param sbdPrintRate {@code sbd_print_rate} (basis points)
 * @param sbdDebtPercent {@code sbd_debt_percent} (basis points); from 0.22 (upstream 1129b477, 2019-12)
 * @param isForcedMinPrice {@code is_forced_min_price}; from 0.19 (upstream e8390eef, 2018-11)
 * @param totalPow {@code total_pow} (uint64, may exceed a long: kept as BigInteger)
 * @param numPowWitnesses {@code num_pow_witnesses}
 * @param averageBlockSize {@code average_block_size}
 * @param maxVirtualBandwidth {@code max_virtual_bandwidth} (uint128)
 * @param currentReserveRatio {@code current_reserve_ratio}
 * @param customOpsBandwidthMultiplier {@code custom_ops_bandwidth_multiplier}; from 0.19 (upstream
 *     ab4e3463, 2018-09)
 * @param accumulativeBalance {@code accumulative_balance}
 * @param accumulativeEmissionPerDay {@code accumulative_emission_per_day}
 * @param chainStatus {@code chain_status}
 * @param transitBlockNum {@code transit_block_num}
 * @param transitWitnesses {@code transit_witnesses} without the empty slots
 * @param minGolosPowerToEmission {@code min_golos_power_to_emission}
 * @param minGolosPowerForGroups {@code min_golos_power_for_groups}
 */
public record GlobalSupply(
    long id,
    Asset virtualSupply,
    Asset currentSupply,
    Asset confidentialSupply,
    Asset currentSbdSupply,
    Asset confidentialSbdSupply,
    Asset totalVestingFundSteem,
    Asset totalVestingShares,
    Asset totalRewardFundSteem,
    BigInteger totalRewardShares2,
    int sbdInterestRate,
    int sbdPrintRate,
    Optional<Integer> sbdDebtPercent,
    Optional<Boolean> isForcedMinPrice,
    BigInteger totalPow,
    long numPowWitnesses,
    long averageBlockSize,
    BigInteger maxVirtualBandwidth,
    long currentReserveRatio,
    Optional<Long> customOpsBandwidthMultiplier,
    Optional<Asset> accumulativeBalance,
    Optional<Asset> accumulativeEmissionPerDay,
    Optional<Boolean> chainStatus,
    Optional<Long> transitBlockNum,
    List<String> transitWitnesses,
    List<Asset> minGolosPowerToEmission,
    List<Asset> minGolosPowerForGroups) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
  public GlobalSupply {
    Objects.requireNonNull(virtualSupply, "virtualSupply");
    Objects.requireNonNull(currentSupply, "currentSupply");
    Objects.requireNonNull(confidentialSupply, "confidentialSupply");
    Objects.requireNonNull(currentSbdSupply, "currentSbdSupply");
    Objects.requireNonNull(confidentialSbdSupply, "confidentialSbdSupply");
    Objects.requireNonNull(totalVestingFundSteem, "totalVestingFundSteem");
    Objects.requireNonNull(totalVestingShares, "totalVestingShares");
    Objects.requireNonNull(totalRewardFundSteem, "totalRewardFundSteem");
    Objects.requireNonNull(totalRewardShares2, "totalRewardShares2");
    Objects.requireNonNull(totalPow, "totalPow");
    Objects.requireNonNull(maxVirtualBandwidth, "maxVirtualBandwidth");
    Objects.requireNonNull(sbdDebtPercent, "sbdDebtPercent");
    Objects.requireNonNull(isForcedMinPrice, "isForcedMinPrice");
    Objects.requireNonNull(customOpsBandwidthMultiplier, "customOpsBandwidthMultiplier");
    Objects.requireNonNull(accumulativeBalance, "accumulativeBalance");
    Objects.requireNonNull(accumulativeEmissionPerDay, "accumulativeEmissionPerDay");
    Objects.requireNonNull(chainStatus, "chainStatus");
    Objects.requireNonNull(transitBlockNum, "transitBlockNum");
    transitWitnesses = List.copyOf(transitWitnesses);
    minGolosPowerToEmission = List.copyOf(minGolosPowerToEmission);
    minGolosPowerForGroups = List.copyOf(minGolosPowerForGroups);
  }

  /**
   * The vesting share price the chain uses to turn GOLOS into GESTS:
   * {@code total_vesting_fund_steem / total_vesting_shares} (chain-node get_vesting_share_price).
   */
  public Price vestingSharePrice() {
    return new Price(totalVestingFundSteem, totalVestingShares);
  }
}
