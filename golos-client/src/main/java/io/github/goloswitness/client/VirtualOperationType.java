package io.github.goloswitness.client;

import java.util.Optional;

/**
 * The virtual operations of chain-node v0.30 (operations.hpp, after nft_auction): tag, JSON name,
 * and the record for those typed here ({@link OtherVirtualOperation} carries the rest).
 */
public enum VirtualOperationType {
  /** {@code fill_convert_request} (tag 82): {@link FillConvertRequest}. */
  FILL_CONVERT_REQUEST(82, "fill_convert_request", FillConvertRequest.class),
  /** {@code author_reward} (tag 83): {@link AuthorReward}. */
  AUTHOR_REWARD(83, "author_reward", AuthorReward.class),
  /** {@code curation_reward} (tag 84): {@link CurationReward}. */
  CURATION_REWARD(84, "curation_reward", CurationReward.class),
  /** {@code comment_reward} (tag 85): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_REWARD(85, "comment_reward", null),
  /** {@code liquidity_reward} (tag 86): no record here, read as {@link OtherVirtualOperation}. */
  LIQUIDITY_REWARD(86, "liquidity_reward", null),
  /** {@code interest} (tag 87): {@link Interest}. */
  INTEREST(87, "interest", Interest.class),
  /** {@code fill_vesting_withdraw} (tag 88): {@link FillVestingWithdraw}. */
  FILL_VESTING_WITHDRAW(88, "fill_vesting_withdraw", FillVestingWithdraw.class),
  /** {@code fill_order} (tag 89): no record here, read as {@link OtherVirtualOperation}. */
  FILL_ORDER(89, "fill_order", null),
  /** {@code shutdown_witness} (tag 90): {@link ShutdownWitness}. */
  SHUTDOWN_WITNESS(90, "shutdown_witness", ShutdownWitness.class),
  /** {@code fill_transfer_from_savings} (tag 91): {@link FillTransferFromSavings}. */
  FILL_TRANSFER_FROM_SAVINGS(91, "fill_transfer_from_savings", FillTransferFromSavings.class),
  /** {@code hardfork} (tag 92): {@link Hardfork}. */
  HARDFORK(92, "hardfork", Hardfork.class),
  /** {@code comment_payout_update} (tag 93): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_PAYOUT_UPDATE(93, "comment_payout_update", null),
  /** {@code comment_benefactor_reward} (tag 94): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_BENEFACTOR_REWARD(94, "comment_benefactor_reward", null),
  /** {@code return_vesting_delegation} (tag 95): {@link ReturnVestingDelegation}. */
  RETURN_VESTING_DELEGATION(95, "return_vesting_delegation", ReturnVestingDelegation.class),
  /** {@code producer_reward} (tag 96): {@link ProducerReward}. */
  PRODUCER_REWARD(96, "producer_reward", ProducerReward.class),
  /** {@code delegation_reward} (tag 97): no record here, read as {@link OtherVirtualOperation}. */
  DELEGATION_REWARD(97, "delegation_reward", null),
  /** {@code auction_window_reward} (tag 98): no record here, read as {@link OtherVirtualOperation}. */
  AUCTION_WINDOW_REWARD(98, "auction_window_reward", null),
  /** {@code total_comment_reward} (tag 99): no record here, read as {@link OtherVirtualOperation}. */
  TOTAL_COMMENT_REWARD(99, "total_comment_reward", null),
  /** {@code worker_reward} (tag 100): no record here, read as {@link OtherVirtualOperation}. */
  WORKER_REWARD(100, "worker_reward", null),
  /** {@code worker_state} (tag 101): no record here, read as {@link OtherVirtualOperation}. */
  WORKER_STATE(101, "worker_state", null),
  /** {@code convert_sbd_debt} (tag 102): no record here, read as {@link OtherVirtualOperation}. */
  CONVERT_SBD_DEBT(102, "convert_sbd_debt", null),
  /** {@code internal_transfer} (tag 103): {@link InternalTransfer}. */
  INTERNAL_TRANSFER(103, "internal_transfer", InternalTransfer.class),
  /** {@code comment_feed} (tag 104): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_FEED(104, "comment_feed", null),
  /** {@code account_reputation} (tag 105): no record here, read as {@link OtherVirtualOperation}. */
  ACCOUNT_REPUTATION(105, "account_reputation", null),
  /** {@code minus_reputation} (tag 106): no record here, read as {@link OtherVirtualOperation}. */
  MINUS_REPUTATION(106, "minus_reputation", null),
  /** {@code comment_reply} (tag 107): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_REPLY(107, "comment_reply", null),
  /** {@code comment_mention} (tag 108): no record here, read as {@link OtherVirtualOperation}. */
  COMMENT_MENTION(108, "comment_mention", null),
  /** {@code accumulative_remainder} (tag 109): no record here, read as {@link OtherVirtualOperation}. */
  ACCUMULATIVE_REMAINDER(109, "accumulative_remainder", null),
  /** {@code authority_updated} (tag 110): no record here, read as {@link OtherVirtualOperation}. */
  AUTHORITY_UPDATED(110, "authority_updated", null),
  /** {@code account_freeze} (tag 111): no record here, read as {@link OtherVirtualOperation}. */
  ACCOUNT_FREEZE(111, "account_freeze", null),
  /** {@code unwanted_cost} (tag 112): no record here, read as {@link OtherVirtualOperation}. */
  UNWANTED_COST(112, "unwanted_cost", null),
  /** {@code unlimit_cost} (tag 113): no record here, read as {@link OtherVirtualOperation}. */
  UNLIMIT_COST(113, "unlimit_cost", null),
  /** {@code order_create} (tag 114): no record here, read as {@link OtherVirtualOperation}. */
  ORDER_CREATE(114, "order_create", null),
  /** {@code order_delete} (tag 115): no record here, read as {@link OtherVirtualOperation}. */
  ORDER_DELETE(115, "order_delete", null),
  /** {@code subscription_payment} (tag 116): no record here, read as {@link OtherVirtualOperation}. */
  SUBSCRIPTION_PAYMENT(116, "subscription_payment", null),
  /** {@code subscription_inactive} (tag 117): no record here, read as {@link OtherVirtualOperation}. */
  SUBSCRIPTION_INACTIVE(117, "subscription_inactive", null),
  /**
   * {@code subscription_prepaid_return} (tag 118): no record here, read as {@link OtherVirtualOperation}.
   */
  SUBSCRIPTION_PREPAID_RETURN(118, "subscription_prepaid_return", null),
  /** {@code nft_token} (tag 119): no record here, read as {@link OtherVirtualOperation}. */
  NFT_TOKEN(119, "nft_token", null),
  /** {@code nft_token_sold} (tag 120): no record here, read as {@link OtherVirtualOperation}. */
  NFT_TOKEN_SOLD(120, "nft_token_sold", null),
  /** {@code referral} (tag 121): no record here, read as {@link OtherVirtualOperation}. */
  REFERRAL(121, "referral", null);

  private final int id;
  private final String wireName;
  private final Class<? extends VirtualOperation> type;

  VirtualOperationType(int id, String wireName, Class<? extends VirtualOperation> type) {
    this.id = id;
    this.wireName = wireName;
    this.type = type;
  }

  /** The static_variant tag. */
  public int id() {
    return id;
  }

  /** The JSON name, e.g. {@code "producer_reward"}. */
  public String wireName() {
    return wireName;
  }

  /** The record, if this operation is typed. */
  Optional<Class<? extends VirtualOperation>> type() {
    return Optional.ofNullable(type);
  }

  /** The type with this JSON name, if it is a virtual operation. */
  public static Optional<VirtualOperationType> byName(String name) {
    for (VirtualOperationType t : values()) {
      if (t.wireName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type with this tag, if it is a virtual operation. */
  public static Optional<VirtualOperationType> byId(long id) {
    for (VirtualOperationType t : values()) {
      if (t.id == id) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  static VirtualOperationType of(Class<?> type) {
    for (VirtualOperationType t : values()) {
      if (t.type == type) {
        return t;
      }
    }
    throw new IllegalStateException("virtual operation class not registered: " + type.getName());
  }
}
