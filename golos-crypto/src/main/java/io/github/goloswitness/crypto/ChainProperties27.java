package io.github.goloswitness.crypto;

/**
 * chain_properties_27: every field of chain_properties_26 ({@code base}, written first), then
 * unwanted_operation_cost, unlimit_operation_cost (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties27(
    ChainProperties26 base,
    Asset unwantedOperationCost,
    Asset unlimitOperationCost)
    implements ChainProperties {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties27 {
    Fields.required(base, "base");
    Fields.required(unwantedOperationCost, "unwanted_operation_cost");
    Fields.required(unlimitOperationCost, "unlimit_operation_cost");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(unwantedOperationCost);
    out.writeAsset(unlimitOperationCost);
  }

  static ChainProperties27 readFrom(GrapheneReader in) {
    return new ChainProperties27(
        ChainProperties26.readFrom(in),
        in.readAsset(),
        in.readAsset());
  }
}
