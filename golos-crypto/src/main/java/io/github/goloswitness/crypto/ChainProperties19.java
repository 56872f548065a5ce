package io.github.goloswitness.crypto;

/**
 * chain_properties_19: every field of chain_properties_18 ({@code base}, written first), then
 * max_referral_interest_rate, max_referral_term_sec, min_referral_break_fee, max_referral_break_fee, posts_window, posts_per_window, comments_window, comments_per_window, votes_window, votes_per_window, auction_window_size, max_delegated_vesting_interest_rate, custom_ops_bandwidth_multiplier, min_curation_percent, max_curation_percent, curation_reward_curve, allow_distribute_auction_reward, allow_return_auction_reward_to_fund (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties19(
    ChainProperties18 base,
    int maxReferralInterestRate,
    long maxReferralTermSec,
    Asset minReferralBreakFee,
    Asset maxReferralBreakFee,
    int postsWindow,
    int postsPerWindow,
    int commentsWindow,
    int commentsPerWindow,
    int votesWindow,
    int votesPerWindow,
    int auctionWindowSize,
    int maxDelegatedVestingInterestRate,
    int customOpsBandwidthMultiplier,
    int minCurationPercent,
    int maxCurationPercent,
    CurationCurve curationRewardCurve,
    boolean allowDistributeAuctionReward,
    boolean allowReturnAuctionRewardToFund)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties19 {
    Fields.required(base, "base");
    Fields.uint16(maxReferralInterestRate, "max_referral_interest_rate");
    Fields.uint32(maxReferralTermSec, "max_referral_term_sec");
    Fields.required(minReferralBreakFee, "min_referral_break_fee");
    Fields.required(maxReferralBreakFee, "max_referral_break_fee");
    Fields.uint16(postsWindow, "posts_window");
    Fields.uint16(postsPerWindow, "posts_per_window");
    Fields.uint16(commentsWindow, "comments_window");
    Fields.uint16(commentsPerWindow, "comments_per_window");
    Fields.uint16(votesWindow, "votes_window");
    Fields.uint16(votesPerWindow, "votes_per_window");
    Fields.uint16(auctionWindowSize, "auction_window_size");
    Fields.uint16(maxDelegatedVestingInterestRate, "max_delegated_vesting_interest_rate");
    Fields.uint16(customOpsBandwidthMultiplier, "custom_ops_bandwidth_multiplier");
    Fields.uint16(minCurationPercent, "min_curation_percent");
    Fields.uint16(maxCurationPercent, "max_curation_percent");
    Fields.required(curationRewardCurve, "curation_reward_curve");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeUint16(maxReferralInterestRate);
    out.writeUint32(maxReferralTermSec);
    out.writeAsset(minReferralBreakFee);
    out.writeAsset(maxReferralBreakFee);
    out.writeUint16(postsWindow);
    out.writeUint16(postsPerWindow);
    out.writeUint16(commentsWindow);
    out.writeUint16(commentsPerWindow);
    out.writeUint16(votesWindow);
    out.writeUint16(votesPerWindow);
    out.writeUint16(auctionWindowSize);
    out.writeUint16(maxDelegatedVestingInterestRate);
    out.writeUint16(customOpsBandwidthMultiplier);
    out.writeUint16(minCurationPercent);
    out.writeUint16(maxCurationPercent);
    out.writeInt64(curationRewardCurve.ordinal());
    out.writeBool(allowDistributeAuctionReward);
    out.writeBool(allowReturnAuctionRewardToFund);
  }

  static ChainProperties19 readFrom(GrapheneReader in) {
    return new ChainProperties19(
        ChainProperties18.readFrom(in),
        in.readUint16(),
        in.readUint32(),
        in.readAsset(),
        in.readAsset(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        CurationCurve.fromWire(in.readInt64()),
        in.readBool(),
        in.readBool());
  }
}
