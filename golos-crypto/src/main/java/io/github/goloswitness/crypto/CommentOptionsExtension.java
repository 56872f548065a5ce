package io.github.goloswitness.crypto;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code comment_options_extension} (chain-node libraries/protocol/include/golos/protocol/
 * steem_operations.hpp): a static_variant of beneficiaries (0), the auction window reward
 * destination (1), the curation rewards percent (2) and the decrypt fee (3).
 */
public sealed interface CommentOptionsExtension extends Variant
    permits CommentOptionsExtension.Beneficiaries,
        CommentOptionsExtension.AuctionWindowRewardDestination,
        CommentOptionsExtension.CurationRewardsPercent,
        CommentOptionsExtension.DecryptFee {

  /** One beneficiary: {@code {"account", "weight"}}. @param weight uint16, 1..10000 */
  record BeneficiaryRoute(String account, int weight) {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     * @throws NullPointerException if a required component is null; the message names it
     */
    public BeneficiaryRoute {
      Fields.account(account, "beneficiaries.account");
      Fields.range(weight, 1, Fields.PERCENT_100, "beneficiaries.weight");
    }
  }

  /**
   * {@code comment_payout_beneficiaries}: at most 64 routes, sorted by account without duplicates,
   * weights summing to at most 100% (comment_payout_beneficiaries::validate).
   */
  @VariantTag(0)
  record Beneficiaries(List<BeneficiaryRoute> beneficiaries) implements CommentOptionsExtension {
    /**
     * Checks the components, and keeps unmodifiable copies of the lists.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     * @throws NullPointerException if a required component is null; the message names it
     */
    public Beneficiaries {
      beneficiaries = List.copyOf(Fields.required(beneficiaries, "beneficiaries"));
      if (beneficiaries.isEmpty() || beneficiaries.size() > 64) {
        throw new IllegalArgumentException(
            "beneficiaries must list 1 to 64 accounts, got " + beneficiaries.size());
      }
      long sum = 0;
      for (int i = 0; i < beneficiaries.size(); i++) {
        sum += beneficiaries.get(i).weight();
        if (i > 0 && beneficiaries.get(i - 1).account()
            .compareTo(beneficiaries.get(i).account()) >= 0) {
          throw new IllegalArgumentException("beneficiaries must be sorted by account and unique: "
              + beneficiaries.get(i - 1).account() + " before " + beneficiaries.get(i).account());
        }
      }
      Fields.range(sum, 0, Fields.PERCENT_100, "beneficiaries total weight");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeVector(beneficiaries, (w, b) -> w.writeString(b.account()).writeUint16(b.weight()));
    }
  }

  /**
   * {@code comment_auction_window_reward_destination}: the enum written as int64 (to_reward_fund 0,
   * to_curators 1, to_author 2).
   */
  @VariantTag(1)
  record AuctionWindowRewardDestination(long destination) implements CommentOptionsExtension {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     */
    public AuctionWindowRewardDestination {
      Fields.range(destination, 0, 2, "auction_window_reward_destination.destination");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeInt64(destination);
    }
  }

  /** {@code comment_curation_rewards_percent}: uint16, at most 10000. */
  @VariantTag(2)
  record CurationRewardsPercent(int percent) implements CommentOptionsExtension {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     */
    public CurationRewardsPercent {
      Fields.range(percent, 0, Fields.PERCENT_100, "curation_rewards_percent.percent");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeUint16(percent);
    }
  }

  /** {@code comment_decrypt_fee}: the fee to read an encrypted post, not negative. */
  @VariantTag(3)
  record DecryptFee(Asset fee) implements CommentOptionsExtension {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     */
    public DecryptFee {
      Fields.nonNegative(fee, "decrypt_fee.fee");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeAsset(fee);
    }
  }

  /** Reads the vector. @throws IllegalArgumentException on an unknown tag */
  static List<CommentOptionsExtension> readAll(GrapheneReader in) {
    return new ArrayList<>(in.readVector(r -> {
      long tag = r.readVarint32();
      switch ((int) tag) {
        case 0:
          return new Beneficiaries(r.readVector(
              x -> new BeneficiaryRoute(x.readString(), x.readUint16())));
        case 1:
          return new AuctionWindowRewardDestination(r.readInt64());
        case 2:
          return new CurationRewardsPercent(r.readUint16());
        case 3:
          return new DecryptFee(r.readAsset());
        default:
          throw new IllegalArgumentException("comment_options.extensions: unknown tag " + tag);
      }
    }));
  }
}
