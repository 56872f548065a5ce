package io.github.goloswitness.crypto;

/**
 * chain_properties_28: every field of chain_properties_27 ({@code base}, written first), then
 * min_golos_power_to_emission (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties28(
    ChainProperties27 base,
    Asset minGolosPowerToEmission)
    implements ChainProperties {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties28 {
    Fields.required(base, "base");
    Fields.required(minGolosPowerToEmission, "min_golos_power_to_emission");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(minGolosPowerToEmission);
  }

  static ChainProperties28 readFrom(GrapheneReader in) {
    return new ChainProperties28(
        ChainProperties27.readFrom(in),
        in.readAsset());
  }
}
