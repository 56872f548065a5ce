package io.github.goloswitness.crypto;

/**
 * chain_properties_30: every field of chain_properties_29 ({@code base}, written first), then
 * private_group_golos_power, private_group_cost (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties30(
    ChainProperties29 base,
    Asset privateGroupGolosPower,
    Asset privateGroupCost)
    implements ChainProperties {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties30 {
    Fields.required(base, "base");
    Fields.required(privateGroupGolosPower, "private_group_golos_power");
    Fields.required(privateGroupCost, "private_group_cost");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(privateGroupGolosPower);
    out.writeAsset(privateGroupCost);
  }

  static ChainProperties30 readFrom(GrapheneReader in) {
    return new ChainProperties30(
        ChainProperties29.readFrom(in),
        in.readAsset(),
        in.readAsset());
  }
}
