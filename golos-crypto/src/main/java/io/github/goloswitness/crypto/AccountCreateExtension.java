package io.github.goloswitness.crypto;

import java.util.List;

/**
 * {@code account_create_with_delegation}'s extensions: a static_variant whose one alternative is
 * the referral options (tag 0).
 */
public sealed interface AccountCreateExtension extends Variant
    permits AccountCreateExtension.AccountReferralOptions {

  /**
   * {@code account_referral_options}: {@code (referrer)(interest_rate)(end_date)(break_fee)}.
   *
   * @param interestRate uint16, at most 10000
   */
  @VariantTag(0)
  record AccountReferralOptions(
      String referrer, int interestRate, TimePointSec endDate, Asset breakFee)
      implements AccountCreateExtension {
    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a component breaks a rule; the message names it
     * @throws NullPointerException if a required component is null; the message names it
     */
    public AccountReferralOptions {
      Fields.account(referrer, "referrer");
      Fields.range(interestRate, 0, Fields.PERCENT_100, "interest_rate");
      Fields.required(endDate, "end_date");
      Fields.symbol(breakFee, "break_fee", Asset.Symbol.GOLOS);
      Fields.nonNegative(breakFee, "break_fee");
    }

    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeString(referrer).writeUint16(interestRate).writeTime(endDate).writeAsset(breakFee);
    }
  }

  /** Reads the vector. @throws IllegalArgumentException on an unknown tag */
  static List<AccountCreateExtension> readAll(GrapheneReader in) {
    return in.readVector(r -> {
      long tag = r.readVarint32();
      if (tag != 0) {
        throw new IllegalArgumentException("account_create_with_delegation.extensions: unknown tag "
            + tag);
      }
      return new AccountReferralOptions(r.readString(), r.readUint16(), r.readTime(),
          r.readAsset());
    });
  }
}
