package io.github.goloswitness.crypto;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry of operations: tag (chain-node libraries/protocol/include/golos/protocol/
 * operations.hpp), JSON name, record class and fc::raw reader. One line per operation, in tag
 * order. An operation without a record ({@code pow}, {@code pow2}: mining, disabled since HF17,
 * whose structs golos-lib-js does not encode) has a null type and is read from JSON as a {@link
 * RawOperation}; a tag or name missing here entirely is a newer operation (also a RawOperation).
 */
public enum OperationType {
  /** {@code vote} (tag 0): {@link Vote}. */
  VOTE(0, "vote", Vote.class, Vote::readFrom),
  /** {@code comment} (tag 1): {@link Comment}. */
  COMMENT(1, "comment", Comment.class, Comment::readFrom),
  /** {@code transfer} (tag 2): {@link Transfer}. */
  TRANSFER(2, "transfer", Transfer.class, Transfer::readFrom),
  /** {@code transfer_to_vesting} (tag 3): {@link TransferToVesting}. */
  TRANSFER_TO_VESTING(3, "transfer_to_vesting", TransferToVesting.class, TransferToVesting::readFrom),
  /** {@code withdraw_vesting} (tag 4): {@link WithdrawVesting}. */
  WITHDRAW_VESTING(4, "withdraw_vesting", WithdrawVesting.class, WithdrawVesting::readFrom),
  /** {@code limit_order_create} (tag 5): {@link LimitOrderCreate}. */
  LIMIT_ORDER_CREATE(5, "limit_order_create", LimitOrderCreate.class, LimitOrderCreate::readFrom),
  /** {@code limit_order_cancel} (tag 6): {@link LimitOrderCancel}. */
  LIMIT_ORDER_CANCEL(6, "limit_order_cancel", LimitOrderCancel.class, LimitOrderCancel::readFrom),
  /** {@code feed_publish} (tag 7): {@link FeedPublish}. */
  FEED_PUBLISH(7, "feed_publish", FeedPublish.class, FeedPublish::readFrom),
  /** {@code convert} (tag 8): {@link Convert}. */
  CONVERT(8, "convert", Convert.class, Convert::readFrom),
  /** {@code account_create} (tag 9): {@link AccountCreate}. */
  ACCOUNT_CREATE(9, "account_create", AccountCreate.class, AccountCreate::readFrom),
  /** {@code account_update} (tag 10): {@link AccountUpdate}. */
  ACCOUNT_UPDATE(10, "account_update", AccountUpdate.class, AccountUpdate::readFrom),
  /** {@code witness_update} (tag 11): {@link WitnessUpdate}. */
  WITNESS_UPDATE(11, "witness_update", WitnessUpdate.class, WitnessUpdate::readFrom),
  /** {@code account_witness_vote} (tag 12): {@link AccountWitnessVote}. */
  ACCOUNT_WITNESS_VOTE(12, "account_witness_vote", AccountWitnessVote.class, AccountWitnessVote::readFrom),
  /** {@code account_witness_proxy} (tag 13): {@link AccountWitnessProxy}. */
  ACCOUNT_WITNESS_PROXY(13, "account_witness_proxy", AccountWitnessProxy.class, AccountWitnessProxy::readFrom),
  /**
   * {@code pow} (tag 14): mining, disabled since HF17; no record, read from JSON as a {@link RawOperation} only.
   */
  POW(14, "pow", null, null), // disabled since HF17: read from JSON as RawOperation only
  /** {@code custom} (tag 15): {@link Custom}. */
  CUSTOM(15, "custom", Custom.class, Custom::readFrom),
  /** {@code report_over_production} (tag 16): {@link ReportOverProduction}. */
  REPORT_OVER_PRODUCTION(16, "report_over_production", ReportOverProduction.class, ReportOverProduction::readFrom),
  /** {@code delete_comment} (tag 17): {@link DeleteComment}. */
  DELETE_COMMENT(17, "delete_comment", DeleteComment.class, DeleteComment::readFrom),
  /** {@code custom_json} (tag 18): {@link CustomJson}. */
  CUSTOM_JSON(18, "custom_json", CustomJson.class, CustomJson::readFrom),
  /** {@code comment_options} (tag 19): {@link CommentOptions}. */
  COMMENT_OPTIONS(19, "comment_options", CommentOptions.class, CommentOptions::readFrom),
  /** {@code set_withdraw_vesting_route} (tag 20): {@link SetWithdrawVestingRoute}. */
  SET_WITHDRAW_VESTING_ROUTE(20, "set_withdraw_vesting_route", SetWithdrawVestingRoute.class, SetWithdrawVestingRoute::readFrom),
  /** {@code limit_order_create2} (tag 21): {@link LimitOrderCreate2}. */
  LIMIT_ORDER_CREATE2(21, "limit_order_create2", LimitOrderCreate2.class, LimitOrderCreate2::readFrom),
  /** {@code challenge_authority} (tag 22): {@link ChallengeAuthority}. */
  CHALLENGE_AUTHORITY(22, "challenge_authority", ChallengeAuthority.class, ChallengeAuthority::readFrom),
  /** {@code prove_authority} (tag 23): {@link ProveAuthority}. */
  PROVE_AUTHORITY(23, "prove_authority", ProveAuthority.class, ProveAuthority::readFrom),
  /** {@code request_account_recovery} (tag 24): {@link RequestAccountRecovery}. */
  REQUEST_ACCOUNT_RECOVERY(24, "request_account_recovery", RequestAccountRecovery.class, RequestAccountRecovery::readFrom),
  /** {@code recover_account} (tag 25): {@link RecoverAccount}. */
  RECOVER_ACCOUNT(25, "recover_account", RecoverAccount.class, RecoverAccount::readFrom),
  /** {@code change_recovery_account} (tag 26): {@link ChangeRecoveryAccount}. */
  CHANGE_RECOVERY_ACCOUNT(26, "change_recovery_account", ChangeRecoveryAccount.class, ChangeRecoveryAccount::readFrom),
  /** {@code escrow_transfer} (tag 27): {@link EscrowTransfer}. */
  ESCROW_TRANSFER(27, "escrow_transfer", EscrowTransfer.class, EscrowTransfer::readFrom),
  /** {@code escrow_dispute} (tag 28): {@link EscrowDispute}. */
  ESCROW_DISPUTE(28, "escrow_dispute", EscrowDispute.class, EscrowDispute::readFrom),
  /** {@code escrow_release} (tag 29): {@link EscrowRelease}. */
  ESCROW_RELEASE(29, "escrow_release", EscrowRelease.class, EscrowRelease::readFrom),
  /**
   * {@code pow2} (tag 30): mining, disabled since HF17; no record, read from JSON as a {@link RawOperation} only.
   */
  POW2(30, "pow2", null, null), // disabled since HF17: read from JSON as RawOperation only
  /** {@code escrow_approve} (tag 31): {@link EscrowApprove}. */
  ESCROW_APPROVE(31, "escrow_approve", EscrowApprove.class, EscrowApprove::readFrom),
  /** {@code transfer_to_savings} (tag 32): {@link TransferToSavings}. */
  TRANSFER_TO_SAVINGS(32, "transfer_to_savings", TransferToSavings.class, TransferToSavings::readFrom),
  /** {@code transfer_from_savings} (tag 33): {@link TransferFromSavings}. */
  TRANSFER_FROM_SAVINGS(33, "transfer_from_savings", TransferFromSavings.class, TransferFromSavings::readFrom),
  /** {@code cancel_transfer_from_savings} (tag 34): {@link CancelTransferFromSavings}. */
  CANCEL_TRANSFER_FROM_SAVINGS(34, "cancel_transfer_from_savings", CancelTransferFromSavings.class, CancelTransferFromSavings::readFrom),
  /** {@code custom_binary} (tag 35): {@link CustomBinary}. */
  CUSTOM_BINARY(35, "custom_binary", CustomBinary.class, CustomBinary::readFrom),
  /** {@code decline_voting_rights} (tag 36): {@link DeclineVotingRights}. */
  DECLINE_VOTING_RIGHTS(36, "decline_voting_rights", DeclineVotingRights.class, DeclineVotingRights::readFrom),
  /** {@code reset_account} (tag 37): {@link ResetAccount}. */
  RESET_ACCOUNT(37, "reset_account", ResetAccount.class, ResetAccount::readFrom),
  /** {@code set_reset_account} (tag 38): {@link SetResetAccount}. */
  SET_RESET_ACCOUNT(38, "set_reset_account", SetResetAccount.class, SetResetAccount::readFrom),
  /** {@code delegate_vesting_shares} (tag 39): {@link DelegateVestingShares}. */
  DELEGATE_VESTING_SHARES(39, "delegate_vesting_shares", DelegateVestingShares.class, DelegateVestingShares::readFrom),
  /** {@code account_create_with_delegation} (tag 40): {@link AccountCreateWithDelegation}. */
  ACCOUNT_CREATE_WITH_DELEGATION(40, "account_create_with_delegation", AccountCreateWithDelegation.class, AccountCreateWithDelegation::readFrom),
  /** {@code account_metadata} (tag 41): {@link AccountMetadata}. */
  ACCOUNT_METADATA(41, "account_metadata", AccountMetadata.class, AccountMetadata::readFrom),
  /** {@code proposal_create} (tag 42): {@link ProposalCreate}. */
  PROPOSAL_CREATE(42, "proposal_create", ProposalCreate.class, ProposalCreate::readFrom),
  /** {@code proposal_update} (tag 43): {@link ProposalUpdate}. */
  PROPOSAL_UPDATE(43, "proposal_update", ProposalUpdate.class, ProposalUpdate::readFrom),
  /** {@code proposal_delete} (tag 44): {@link ProposalDelete}. */
  PROPOSAL_DELETE(44, "proposal_delete", ProposalDelete.class, ProposalDelete::readFrom),
  /** {@code chain_properties_update} (tag 45): {@link ChainPropertiesUpdate}. */
  CHAIN_PROPERTIES_UPDATE(45, "chain_properties_update", ChainPropertiesUpdate.class, ChainPropertiesUpdate::readFrom),
  /** {@code break_free_referral} (tag 46): {@link BreakFreeReferral}. */
  BREAK_FREE_REFERRAL(46, "break_free_referral", BreakFreeReferral.class, BreakFreeReferral::readFrom),
  /** {@code delegate_vesting_shares_with_interest} (tag 47): {@link DelegateVestingSharesWithInterest}. */
  DELEGATE_VESTING_SHARES_WITH_INTEREST(47, "delegate_vesting_shares_with_interest", DelegateVestingSharesWithInterest.class, DelegateVestingSharesWithInterest::readFrom),
  /** {@code reject_vesting_shares_delegation} (tag 48): {@link RejectVestingSharesDelegation}. */
  REJECT_VESTING_SHARES_DELEGATION(48, "reject_vesting_shares_delegation", RejectVestingSharesDelegation.class, RejectVestingSharesDelegation::readFrom),
  /** {@code transit_to_cyberway} (tag 49): {@link TransitToCyberway}. */
  TRANSIT_TO_CYBERWAY(49, "transit_to_cyberway", TransitToCyberway.class, TransitToCyberway::readFrom),
  /** {@code worker_request} (tag 50): {@link WorkerRequest}. */
  WORKER_REQUEST(50, "worker_request", WorkerRequest.class, WorkerRequest::readFrom),
  /** {@code worker_request_delete} (tag 51): {@link WorkerRequestDelete}. */
  WORKER_REQUEST_DELETE(51, "worker_request_delete", WorkerRequestDelete.class, WorkerRequestDelete::readFrom),
  /** {@code worker_request_vote} (tag 52): {@link WorkerRequestVote}. */
  WORKER_REQUEST_VOTE(52, "worker_request_vote", WorkerRequestVote.class, WorkerRequestVote::readFrom),
  /** {@code claim} (tag 53): {@link Claim}. */
  CLAIM(53, "claim", Claim.class, Claim::readFrom),
  /** {@code donate} (tag 54): {@link Donate}. */
  DONATE(54, "donate", Donate.class, Donate::readFrom),
  /** {@code transfer_to_tip} (tag 55): {@link TransferToTip}. */
  TRANSFER_TO_TIP(55, "transfer_to_tip", TransferToTip.class, TransferToTip::readFrom),
  /** {@code transfer_from_tip} (tag 56): {@link TransferFromTip}. */
  TRANSFER_FROM_TIP(56, "transfer_from_tip", TransferFromTip.class, TransferFromTip::readFrom),
  /** {@code invite} (tag 57): {@link Invite}. */
  INVITE(57, "invite", Invite.class, Invite::readFrom),
  /** {@code invite_claim} (tag 58): {@link InviteClaim}. */
  INVITE_CLAIM(58, "invite_claim", InviteClaim.class, InviteClaim::readFrom),
  /** {@code account_create_with_invite} (tag 59): {@link AccountCreateWithInvite}. */
  ACCOUNT_CREATE_WITH_INVITE(59, "account_create_with_invite", AccountCreateWithInvite.class, AccountCreateWithInvite::readFrom),
  /** {@code asset_create} (tag 60): {@link AssetCreate}. */
  ASSET_CREATE(60, "asset_create", AssetCreate.class, AssetCreate::readFrom),
  /** {@code asset_update} (tag 61): {@link AssetUpdate}. */
  ASSET_UPDATE(61, "asset_update", AssetUpdate.class, AssetUpdate::readFrom),
  /** {@code asset_issue} (tag 62): {@link AssetIssue}. */
  ASSET_ISSUE(62, "asset_issue", AssetIssue.class, AssetIssue::readFrom),
  /** {@code asset_transfer} (tag 63): {@link AssetTransfer}. */
  ASSET_TRANSFER(63, "asset_transfer", AssetTransfer.class, AssetTransfer::readFrom),
  /** {@code override_transfer} (tag 64): {@link OverrideTransfer}. */
  OVERRIDE_TRANSFER(64, "override_transfer", OverrideTransfer.class, OverrideTransfer::readFrom),
  /** {@code invite_donate} (tag 65): {@link InviteDonate}. */
  INVITE_DONATE(65, "invite_donate", InviteDonate.class, InviteDonate::readFrom),
  /** {@code invite_transfer} (tag 66): {@link InviteTransfer}. */
  INVITE_TRANSFER(66, "invite_transfer", InviteTransfer.class, InviteTransfer::readFrom),
  /** {@code limit_order_cancel_ex} (tag 67): {@link LimitOrderCancelEx}. */
  LIMIT_ORDER_CANCEL_EX(67, "limit_order_cancel_ex", LimitOrderCancelEx.class, LimitOrderCancelEx::readFrom),
  /** {@code account_setup} (tag 68): {@link AccountSetup}. */
  ACCOUNT_SETUP(68, "account_setup", AccountSetup.class, AccountSetup::readFrom),
  /** {@code paid_subscription_create} (tag 69): {@link PaidSubscriptionCreate}. */
  PAID_SUBSCRIPTION_CREATE(69, "paid_subscription_create", PaidSubscriptionCreate.class, PaidSubscriptionCreate::readFrom),
  /** {@code paid_subscription_update} (tag 70): {@link PaidSubscriptionUpdate}. */
  PAID_SUBSCRIPTION_UPDATE(70, "paid_subscription_update", PaidSubscriptionUpdate.class, PaidSubscriptionUpdate::readFrom),
  /** {@code paid_subscription_delete} (tag 71): {@link PaidSubscriptionDelete}. */
  PAID_SUBSCRIPTION_DELETE(71, "paid_subscription_delete", PaidSubscriptionDelete.class, PaidSubscriptionDelete::readFrom),
  /** {@code paid_subscription_transfer} (tag 72): {@link PaidSubscriptionTransfer}. */
  PAID_SUBSCRIPTION_TRANSFER(72, "paid_subscription_transfer", PaidSubscriptionTransfer.class, PaidSubscriptionTransfer::readFrom),
  /** {@code paid_subscription_cancel} (tag 73): {@link PaidSubscriptionCancel}. */
  PAID_SUBSCRIPTION_CANCEL(73, "paid_subscription_cancel", PaidSubscriptionCancel.class, PaidSubscriptionCancel::readFrom),
  /** {@code nft_collection} (tag 74): {@link NftCollection}. */
  NFT_COLLECTION(74, "nft_collection", NftCollection.class, NftCollection::readFrom),
  /** {@code nft_collection_delete} (tag 75): {@link NftCollectionDelete}. */
  NFT_COLLECTION_DELETE(75, "nft_collection_delete", NftCollectionDelete.class, NftCollectionDelete::readFrom),
  /** {@code nft_issue} (tag 76): {@link NftIssue}. */
  NFT_ISSUE(76, "nft_issue", NftIssue.class, NftIssue::readFrom),
  /** {@code nft_transfer} (tag 77): {@link NftTransfer}. */
  NFT_TRANSFER(77, "nft_transfer", NftTransfer.class, NftTransfer::readFrom),
  /** {@code nft_sell} (tag 78): {@link NftSell}. */
  NFT_SELL(78, "nft_sell", NftSell.class, NftSell::readFrom),
  /** {@code nft_buy} (tag 79): {@link NftBuy}. */
  NFT_BUY(79, "nft_buy", NftBuy.class, NftBuy::readFrom),
  /** {@code nft_cancel_order} (tag 80): {@link NftCancelOrder}. */
  NFT_CANCEL_ORDER(80, "nft_cancel_order", NftCancelOrder.class, NftCancelOrder::readFrom),
  /** {@code nft_auction} (tag 81): {@link NftAuction}. */
  NFT_AUCTION(81, "nft_auction", NftAuction.class, NftAuction::readFrom);

  private final int id;
  private final String wireName;
  private final Class<? extends Operation> type;
  private final Function<GrapheneReader, ? extends Operation> reader;

  OperationType(
      int id, String wireName, Class<? extends Operation> type,
      Function<GrapheneReader, ? extends Operation> reader) {
    this.id = id;
    this.wireName = wireName;
    this.type = type;
    this.reader = reader;
  }

  /** The static_variant tag. */
  public int id() {
    return id;
  }

  /** The JSON name, e.g. {@code "witness_update"}. */
  public String wireName() {
    return wireName;
  }

  /** The record class, or {@code null} for an operation read only as {@link RawOperation}. */
  public Class<? extends Operation> type() {
    return type;
  }

  /**
   * The type with this JSON name, if known.
   */
  public static Optional<OperationType> findByName(String name) {
    Objects.requireNonNull(name, "name");
    for (OperationType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type with this tag, if known. */
  public static Optional<OperationType> findById(long id) {
    for (OperationType t : values()) {
      if (t.id == id) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The type with this JSON name.
   *
   * @throws IllegalArgumentException naming the operation if it is not supported
   */
  public static OperationType byName(String name) {
    Objects.requireNonNull(name, "name");
    for (OperationType t : values()) {
      if (t.wireName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown or unsupported operation \"" + name + "\"");
  }

  /**
   * The type with this tag.
   *
   * @throws IllegalArgumentException naming the tag if it is not supported
   */
  public static OperationType byId(long id) {
    return findById(id).orElseThrow(() -> new IllegalArgumentException(
        "unknown or unsupported operation tag " + id));
  }

  static OperationType of(Class<?> type) {
    for (OperationType t : values()) {
      if (t.type == type && type != null) {
        return t;
      }
    }
    throw new IllegalStateException("operation class not registered: " + type.getName());
  }

  /**
   * Reads one operation's fields (after its tag) as this type.
   *
   * @throws IllegalArgumentException for an operation without a record (its length is unknown)
   */
  Operation read(GrapheneReader in) {
    if (reader == null) {
      throw new IllegalArgumentException("operation " + wireName + " (tag " + id
          + ") has no binary reader here: read it from JSON as a RawOperation");
    }
    return reader.apply(in);
  }
}
