package io.github.goloswitness.crypto;

/**
 * chain_properties_29: every field of chain_properties_28 ({@code base}, written first), then
 * nft_issue_cost (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties29(
    ChainProperties28 base,
    Asset nftIssueCost)
    implements ChainProperties {

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties29 {
    Fields.required(base, "base");
    Fields.required(nftIssueCost, "nft_issue_cost");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(nftIssueCost);
  }

  static ChainProperties29 readFrom(GrapheneReader in) {
    return new ChainProperties29(
        ChainProperties28.readFrom(in),
        in.readAsset());
  }
}
