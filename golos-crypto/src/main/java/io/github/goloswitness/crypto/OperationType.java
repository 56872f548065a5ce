package io.github.goloswitness.crypto;

import java.util.Objects;
import java.util.function.Function;

/**
 * The registry of supported operations: tag (chain-node libraries/protocol/include/golos/protocol/
 * operations.hpp), JSON name, record class and fc::raw reader. One line per operation.
 */
public enum OperationType {
  VOTE(0, "vote", Vote.class, Vote::readFrom),
  TRANSFER(2, "transfer", Transfer.class, Transfer::readFrom),
  TRANSFER_TO_VESTING(3, "transfer_to_vesting", TransferToVesting.class, TransferToVesting::readFrom),
  FEED_PUBLISH(7, "feed_publish", FeedPublish.class, FeedPublish::readFrom),
  WITNESS_UPDATE(11, "witness_update", WitnessUpdate.class, WitnessUpdate::readFrom),
  ACCOUNT_WITNESS_VOTE(12, "account_witness_vote", AccountWitnessVote.class, AccountWitnessVote::readFrom),
  ACCOUNT_WITNESS_PROXY(13, "account_witness_proxy", AccountWitnessProxy.class, AccountWitnessProxy::readFrom),
  CUSTOM_JSON(18, "custom_json", CustomJson.class, CustomJson::readFrom),
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

  /** The record class. */
  public Class<? extends Operation> type() {
    return type;
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
    for (OperationType t : values()) {
      if (t.id == id) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown or unsupported operation tag " + id);
  }

  static OperationType of(Class<?> type) {
    for (OperationType t : values()) {
      if (t.type == type) {
        return t;
      }
    }
    throw new IllegalStateException("operation class not registered: " + type.getName());
  }

  /** Reads one operation's fields (after its tag) as this type. */
  Operation read(GrapheneReader in) {
    return reader.apply(in);
  }
}
