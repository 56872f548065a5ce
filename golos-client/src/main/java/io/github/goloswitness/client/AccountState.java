package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The money and vote side of golosd's {@code account_api_object} (chain-node
 * libraries/api/include/golos/api/account_api_object.hpp), with the node's field names in
 * camelCase: balances, savings, vesting and delegations, proxy and witness votes. Fields that nodes
 * before some version omit are optional (when each came, from the upstream history, is named per
 * field).
 *
 * @param id {@code id}
 * @param jsonMetadata {@code json_metadata}
 * @param proxy {@code proxy}: the account this one's witness votes are proxied to, "" for none
 * @param created {@code created} (UTC)
 * @param recoveryAccount {@code recovery_account}
 * @param balance {@code balance} (GOLOS)
 * @param savingsBalance {@code savings_balance} (GOLOS)
 * @param sbdBalance {@code sbd_balance} (GBG)
 * @param savingsSbdBalance {@code savings_sbd_balance} (GBG)
 * @param vestingShares {@code vesting_shares} (GESTS) owned
 * @param delegatedVestingShares {@code delegated_vesting_shares} (GESTS) delegated to others; from
 *     0.18 (delegation, upstream 725c67bb, 2018-04)
 * @param receivedVestingShares {@code received_vesting_shares} (GESTS) delegated by others; from 0.18
 * @param vestingWithdrawRate {@code vesting_withdraw_rate} (GESTS per week)
 * @param nextVestingWithdrawal {@code next_vesting_withdrawal} (UTC)
 * @param witnessesVotedFor {@code witnesses_voted_for}
 * @param witnessVotes {@code witness_votes}: the witnesses this account votes for
 * @param proxiedVsfVotes {@code proxied_vsf_votes}: GESTS proxied to this account, per proxy depth
 */
public record AccountState(
    long id,
    String jsonMetadata,
    String proxy,
    Instant created,
    String recoveryAccount,
    Asset balance,
    Asset savingsBalance,
    Asset sbdBalance,
    Asset savingsSbdBalance,
    Asset vestingShares,
    Optional<Asset> delegatedVestingShares,
    Optional<Asset> receivedVestingShares,
    Optional<Asset> vestingWithdrawRate,
    Optional<Instant> nextVestingWithdrawal,
    int witnessesVotedFor,
    List<String> witnessVotes,
    List<Long> proxiedVsfVotes) {

  /**
   * Checks that no component is null, and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null
   */
  public AccountState {
    Objects.requireNonNull(jsonMetadata, "jsonMetadata");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(recoveryAccount, "recoveryAccount");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(savingsBalance, "savingsBalance");
    Objects.requireNonNull(sbdBalance, "sbdBalance");
    Objects.requireNonNull(savingsSbdBalance, "savingsSbdBalance");
    Objects.requireNonNull(vestingShares, "vestingShares");
    Objects.requireNonNull(delegatedVestingShares, "delegatedVestingShares");
    Objects.requireNonNull(receivedVestingShares, "receivedVestingShares");
    Objects.requireNonNull(vestingWithdrawRate, "vestingWithdrawRate");
    Objects.requireNonNull(nextVestingWithdrawal, "nextVestingWithdrawal");
    witnessVotes = List.copyOf(witnessVotes);
    proxiedVsfVotes = List.copyOf(proxiedVsfVotes);
  }

  /**
   * GESTS this account votes with: own, minus delegated away, plus received (a node without
   * delegations has neither: own only).
   */
  public long effectiveVestingShares() {
    return Math.addExact(Math.subtractExact(vestingShares.amount(),
        delegatedVestingShares.map(Asset::amount).orElse(0L)), receivedVestingShares.map(Asset::amount).orElse(0L));
  }
}
