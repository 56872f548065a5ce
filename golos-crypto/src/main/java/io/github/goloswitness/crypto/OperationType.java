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
  VOTE(0, "vote", Vote.class, Vote::readFrom),
  COMMENT(1, "comment", Comment.class, Comment::readFrom),
  TRANSFER(2, "transfer", Transfer.class, Transfer::readFrom),
  TRANSFER_TO_VESTING(3, "transfer_to_vesting", TransferToVesting.class, TransferToVesting::readFrom),
  WITHDRAW_VESTING(4, "withdraw_vesting", WithdrawVesting.class, WithdrawVesting::readFrom),
  LIMIT_ORDER_CREATE(5, "limit_order_create", LimitOrderCreate.class, LimitOrderCreate::readFrom),
  LIMIT_ORDER_CANCEL(6, "limit_order_cancel", LimitOrderCancel.class, LimitOrderCancel::readFrom),
  FEED_PUBLISH(7, "feed_publish", FeedPublish.class, FeedPublish::readFrom),
  CONVERT(8, "convert", Convert.class, Convert::readFrom),
  ACCOUNT_CREATE(9, "account_create", AccountCreate.class, AccountCreate::readFrom),
  ACCOUNT_UPDATE(10, "account_update", AccountUpdate.class, AccountUpdate::readFrom),
  WITNESS_UPDATE(11, "witness_update", WitnessUpdate.class, WitnessUpdate::readFrom),
  ACCOUNT_WITNESS_VOTE(12, "account_witness_vote", AccountWitnessVote.class, AccountWitnessVote::readFrom),
  ACCOUNT_WITNESS_PROXY(13, "account_witness_proxy", AccountWitnessProxy.class, AccountWitnessProxy::readFrom),
  POW(14, "pow", null, null), // disabled since HF17: read from JSON as RawOperation only
  CUSTOM(15, "custom", Custom.class, Custom::readFrom),
  REPORT_OVER_PRODUCTION(16, "report_over_production", ReportOverProduction.class, ReportOverProduction::readFrom),
  DELETE_COMMENT(17, "delete_comment", DeleteComment.class, DeleteComment::readFrom),
  CUSTOM_JSON(18, "custom_json", CustomJson.class, CustomJson::readFrom),
  COMMENT_OPTIONS(19, "comment_options", CommentOptions.class, CommentOptions::readFrom),
  SET_WITHDRAW_VESTING_ROUTE(20, "set_withdraw_vesting_route", SetWithdrawVestingRoute.class, SetWithdrawVestingRoute::readFrom),
  LIMIT_ORDER_CREATE2(21, "limit_order_create2", LimitOrderCreate2.class, LimitOrderCreate2::readFrom),
  CHALLENGE_AUTHORITY(22, "challenge_authority", ChallengeAuthority.class, ChallengeAuthority::readFrom),
  PROVE_AUTHORITY(23, "prove_authority", ProveAuthority.class, ProveAuthority::readFrom),
  REQUEST_ACCOUNT_RECOVERY(24, "request_account_recovery", RequestAccountRecovery.class, RequestAccountRecovery::readFrom),
  RECOVER_ACCOUNT(25, "recover_account", RecoverAccount.class, RecoverAccount::readFrom),
  CHANGE_RECOVERY_ACCOUNT(26, "change_recovery_account", ChangeRecoveryAccount.class, ChangeRecoveryAccount::readFrom),
  ESCROW_TRANSFER(27, "escrow_transfer", EscrowTransfer.class, EscrowTransfer::readFrom),
  ESCROW_DISPUTE(28, "escrow_dispute", EscrowDispute.class, EscrowDispute::readFrom),
  ESCROW_RELEASE(29, "escrow_release", EscrowRelease.class, EscrowRelease::readFrom),
  POW2(30, "pow2", null, null), // disabled since HF17: read from JSON as RawOperation only
  ESCROW_APPROVE(31, "escrow_approve", EscrowApprove.class, EscrowApprove::readFrom),
  TRANSFER_TO_SAVINGS(32, "transfer_to_savings", TransferToSavings.class, TransferToSavings::readFrom),
  TRANSFER_FROM_SAVINGS(33, "transfer_from_savings", TransferFromSavings.class, TransferFromSavings::readFrom),
  CANCEL_TRANSFER_FROM_SAVINGS(34, "cancel_transfer_from_savings", CancelTransferFromSavings.class, CancelTransferFromSavings::readFrom),
  CUSTOM_BINARY(35, "custom_binary", CustomBinary.class, CustomBinary::readFrom),
  DECLINE_VOTING_RIGHTS(36, "decline_voting_rights", DeclineVotingRights.class, DeclineVotingRights::readFrom),
  RESET_ACCOUNT(37, "reset_account", ResetAccount.class, ResetAccount::readFrom),
  SET_RESET_ACCOUNT(38, "set_reset_account", SetResetAccount.class, SetResetAccount::readFrom),
  DELEGATE_VESTING_SHARES(39, "delegate_vesting_shares", DelegateVestingShares.class, DelegateVestingShares::readFrom),
  ACCOUNT_CREATE_WITH_DELEGATION(40, "account_create_with_delegation", AccountCreateWithDelegation.class, AccountCreateWithDelegation::readFrom),
  ACCOUNT_METADATA(41, "account_metadata", AccountMetadata.class, AccountMetadata::readFrom),
  PROPOSAL_CREATE(42, "proposal_create", ProposalCreate.class, ProposalCreate::readFrom),
  PROPOSAL_UPDATE(43, "proposal_update", ProposalUpdate.class, ProposalUpdate::readFrom),
  PROPOSAL_DELETE(44, "proposal_delete", ProposalDelete.class, ProposalDelete::readFrom),
  CHAIN_PROPERTIES_UPDATE(45, "chain_properties_update", ChainPropertiesUpdate.class, ChainPropertiesUpdate::readFrom),
  BREAK_FREE_REFERRAL(46, "break_free_referral", BreakFreeReferral.class, BreakFreeReferral::readFrom),
  DELEGATE_VESTING_SHARES_WITH_INTEREST(47, "delegate_vesting_shares_with_interest", DelegateVestingSharesWithInterest.class, DelegateVestingSharesWithInterest::readFrom),
  REJECT_VESTING_SHARES_DELEGATION(48, "reject_vesting_shares_delegation", RejectVestingSharesDelegation.class, RejectVestingSharesDelegation::readFrom),
  TRANSIT_TO_CYBERWAY(49, "transit_to_cyberway", TransitToCyberway.class, TransitToCyberway::readFrom),
  WORKER_REQUEST(50, "worker_request", WorkerRequest.class, WorkerRequest::readFrom),
  WORKER_REQUEST_DELETE(51, "worker_request_delete", WorkerRequestDelete.class, WorkerRequestDelete::readFrom),
  WORKER_REQUEST_VOTE(52, "worker_request_vote", WorkerRequestVote.class, WorkerRequestVote::readFrom),
  CLAIM(53, "claim", Claim.class, Claim::readFrom),
  DONATE(54, "donate", Donate.class, Donate::readFrom),
  TRANSFER_TO_TIP(55, "transfer_to_tip", TransferToTip.class, TransferToTip::readFrom),
  TRANSFER_FROM_TIP(56, "transfer_from_tip", TransferFromTip.class, TransferFromTip::readFrom),
  INVITE(57, "invite", Invite.class, Invite::readFrom),
  INVITE_CLAIM(58, "invite_claim", InviteClaim.class, InviteClaim::readFrom),
  ACCOUNT_CREATE_WITH_INVITE(59, "account_create_with_invite", AccountCreateWithInvite.class, AccountCreateWithInvite::readFrom),
  ASSET_CREATE(60, "asset_create", AssetCreate.class, AssetCreate::readFrom),
  ASSET_UPDATE(61, "asset_update", AssetUpdate.class, AssetUpdate::readFrom),
  ASSET_ISSUE(62, "asset_issue", AssetIssue.class, AssetIssue::readFrom),
  ASSET_TRANSFER(63, "asset_transfer", AssetTransfer.class, AssetTransfer::readFrom),
  OVERRIDE_TRANSFER(64, "override_transfer", OverrideTransfer.class, OverrideTransfer::readFrom),
  INVITE_DONATE(65, "invite_donate", InviteDonate.class, InviteDonate::readFrom),
  INVITE_TRANSFER(66, "invite_transfer", InviteTransfer.class, InviteTransfer::readFrom),
  LIMIT_ORDER_CANCEL_EX(67, "limit_order_cancel_ex", LimitOrderCancelEx.class, LimitOrderCancelEx::readFrom),
  ACCOUNT_SETUP(68, "account_setup", AccountSetup.class, AccountSetup::readFrom),
  PAID_SUBSCRIPTION_CREATE(69, "paid_subscription_create", PaidSubscriptionCreate.class, PaidSubscriptionCreate::readFrom),
  PAID_SUBSCRIPTION_UPDATE(70, "paid_subscription_update", PaidSubscriptionUpdate.class, PaidSubscriptionUpdate::readFrom),
  PAID_SUBSCRIPTION_DELETE(71, "paid_subscription_delete", PaidSubscriptionDelete.class, PaidSubscriptionDelete::readFrom),
  PAID_SUBSCRIPTION_TRANSFER(72, "paid_subscription_transfer", PaidSubscriptionTransfer.class, PaidSubscriptionTransfer::readFrom),
  PAID_SUBSCRIPTION_CANCEL(73, "paid_subscription_cancel", PaidSubscriptionCancel.class, PaidSubscriptionCancel::readFrom),
  NFT_COLLECTION(74, "nft_collection", NftCollection.class, NftCollection::readFrom),
  NFT_COLLECTION_DELETE(75, "nft_collection_delete", NftCollectionDelete.class, NftCollectionDelete::readFrom),
  NFT_ISSUE(76, "nft_issue", NftIssue.class, NftIssue::readFrom),
  NFT_TRANSFER(77, "nft_transfer", NftTransfer.class, NftTransfer::readFrom),
  NFT_SELL(78, "nft_sell", NftSell.class, NftSell::readFrom),
  NFT_BUY(79, "nft_buy", NftBuy.class, NftBuy::readFrom),
  NFT_CANCEL_ORDER(80, "nft_cancel_order", NftCancelOrder.class, NftCancelOrder::readFrom),
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
