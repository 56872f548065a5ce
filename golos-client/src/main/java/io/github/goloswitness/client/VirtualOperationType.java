package io.github.goloswitness.client;

import java.util.Optional;

/**
 * The virtual operations of chain-node v0.30 (operations.hpp, after nft_auction): tag, JSON name,
 * and the record for those typed here ({@link OtherVirtualOperation} carries the rest).
 */
public enum VirtualOperationType {
  FILL_CONVERT_REQUEST(82, "fill_convert_request", FillConvertRequest.class),
  AUTHOR_REWARD(83, "author_reward", AuthorReward.class),
  CURATION_REWARD(84, "curation_reward", CurationReward.class),
  COMMENT_REWARD(85, "comment_reward", null),
  LIQUIDITY_REWARD(86, "liquidity_reward", null),
  INTEREST(87, "interest", Interest.class),
  FILL_VESTING_WITHDRAW(88, "fill_vesting_withdraw", FillVestingWithdraw.class),
  FILL_ORDER(89, "fill_order", null),
  SHUTDOWN_WITNESS(90, "shutdown_witness", ShutdownWitness.class),
  FILL_TRANSFER_FROM_SAVINGS(91, "fill_transfer_from_savings", FillTransferFromSavings.class),
  HARDFORK(92, "hardfork", Hardfork.class),
  COMMENT_PAYOUT_UPDATE(93, "comment_payout_update", null),
  COMMENT_BENEFACTOR_REWARD(94, "comment_benefactor_reward", null),
  RETURN_VESTING_DELEGATION(95, "return_vesting_delegation", ReturnVestingDelegation.class),
  PRODUCER_REWARD(96, "producer_reward", ProducerReward.class),
  DELEGATION_REWARD(97, "delegation_reward", null),
  AUCTION_WINDOW_REWARD(98, "auction_window_reward", null),
  TOTAL_COMMENT_REWARD(99, "total_comment_reward", null),
  WORKER_REWARD(100, "worker_reward", null),
  WORKER_STATE(101, "worker_state", null),
  CONVERT_SBD_DEBT(102, "convert_sbd_debt", null),
  INTERNAL_TRANSFER(103, "internal_transfer", InternalTransfer.class),
  COMMENT_FEED(104, "comment_feed", null),
  ACCOUNT_REPUTATION(105, "account_reputation", null),
  MINUS_REPUTATION(106, "minus_reputation", null),
  COMMENT_REPLY(107, "comment_reply", null),
  COMMENT_MENTION(108, "comment_mention", null),
  ACCUMULATIVE_REMAINDER(109, "accumulative_remainder", null),
  AUTHORITY_UPDATED(110, "authority_updated", null),
  ACCOUNT_FREEZE(111, "account_freeze", null),
  UNWANTED_COST(112, "unwanted_cost", null),
  UNLIMIT_COST(113, "unlimit_cost", null),
  ORDER_CREATE(114, "order_create", null),
  ORDER_DELETE(115, "order_delete", null),
  SUBSCRIPTION_PAYMENT(116, "subscription_payment", null),
  SUBSCRIPTION_INACTIVE(117, "subscription_inactive", null),
  SUBSCRIPTION_PREPAID_RETURN(118, "subscription_prepaid_return", null),
  NFT_TOKEN(119, "nft_token", null),
  NFT_TOKEN_SOLD(120, "nft_token_sold", null),
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
