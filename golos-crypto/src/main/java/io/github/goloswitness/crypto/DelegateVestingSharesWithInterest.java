package io.github.goloswitness.crypto;

import java.util.List;
import java.util.Map;

/**
 * delegate_vesting_shares_with_interest (op 47): {@code (delegator)(delegatee)(vesting_shares)(interest_rate)(extensions)}; active of delegator.
 */
public record DelegateVestingSharesWithInterest(
    String delegator,
    String delegatee,
    Asset vestingShares,
    int interestRate,
    List<Extension> extensions) implements Operation {
  /** An extension of this operation (chain-node delegate_vesting_shares_with_interest_extensions_type). */
  public sealed interface Extension extends Variant permits InterestDirection {}

  /** interest_direction (tag 0): whether the interest goes to emission. */
  @VariantTag(0)
  public record InterestDirection(boolean isEmission) implements Extension {
    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeBool(isEmission);
    }

    static InterestDirection readFrom(GrapheneReader in) {
      return new InterestDirection(in.readBool());
    }
  }

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public DelegateVestingSharesWithInterest {
    Fields.account(delegator, "delegator");
    Fields.account(delegatee, "delegatee");
    Fields.required(vestingShares, "vesting_shares");
    Fields.uint16(interestRate, "interest_rate");
    extensions = Canonical.variants(extensions, "extensions");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(delegator);
    out.writeString(delegatee);
    out.writeAsset(vestingShares);
    out.writeUint16(interestRate);
    out.writeVariants(extensions);
  }

  static DelegateVestingSharesWithInterest readFrom(GrapheneReader in) {
    String delegator = in.readString();
    String delegatee = in.readString();
    Asset vestingShares = in.readAsset();
    int interestRate = in.readUint16();
    List<Extension> extensions = Canonical.readVariants(in, "delegate_vesting_shares_with_interest.extensions", Map.of(0, InterestDirection::readFrom));
    return new DelegateVestingSharesWithInterest(delegator, delegatee, vestingShares, interestRate, extensions);
  }
}
