package io.github.goloswitness.crypto;

/**
 * chain_properties_18: every field of chain_properties_17 ({@code base}, written first), then
 * create_account_min_golos_fee, create_account_min_delegation, create_account_delegation_time, min_delegation (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties18(
    ChainProperties17 base,
    Asset createAccountMinGolosFee,
    Asset createAccountMinDelegation,
    long createAccountDelegationTime,
    Asset minDelegation)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties18 {
    Fields.required(base, "base");
    Fields.required(createAccountMinGolosFee, "create_account_min_golos_fee");
    Fields.required(createAccountMinDelegation, "create_account_min_delegation");
    Fields.uint32(createAccountDelegationTime, "create_account_delegation_time");
    Fields.required(minDelegation, "min_delegation");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(createAccountMinGolosFee);
    out.writeAsset(createAccountMinDelegation);
    out.writeUint32(createAccountDelegationTime);
    out.writeAsset(minDelegation);
  }

  static ChainProperties18 readFrom(GrapheneReader in) {
    return new ChainProperties18(
        ChainProperties17.readFrom(in),
        in.readAsset(),
        in.readAsset(),
        in.readUint32(),
        in.readAsset());
  }
}
