package io.github.goloswitness.crypto;

/**
 * chain_properties_23: every field of chain_properties_22 ({@code base}, written first), then
 * claim_idleness_time, min_invite_balance (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties23(
    ChainProperties22 base,
    long claimIdlenessTime,
    Asset minInviteBalance)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties23 {
    Fields.required(base, "base");
    Fields.uint32(claimIdlenessTime, "claim_idleness_time");
    Fields.required(minInviteBalance, "min_invite_balance");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeUint32(claimIdlenessTime);
    out.writeAsset(minInviteBalance);
  }

  static ChainProperties23 readFrom(GrapheneReader in) {
    return new ChainProperties23(
        ChainProperties22.readFrom(in),
        in.readUint32(),
        in.readAsset());
  }
}
