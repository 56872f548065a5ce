package io.github.goloswitness.crypto;

/**
 * chain_properties_24: every field of chain_properties_23 ({@code base}, written first), then
 * asset_creation_fee, invite_transfer_interval_sec (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties24(
    ChainProperties23 base,
    Asset assetCreationFee,
    long inviteTransferIntervalSec)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties24 {
    Fields.required(base, "base");
    Fields.required(assetCreationFee, "asset_creation_fee");
    Fields.uint32(inviteTransferIntervalSec, "invite_transfer_interval_sec");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeAsset(assetCreationFee);
    out.writeUint32(inviteTransferIntervalSec);
  }

  static ChainProperties24 readFrom(GrapheneReader in) {
    return new ChainProperties24(
        ChainProperties23.readFrom(in),
        in.readAsset(),
        in.readUint32());
  }
}
