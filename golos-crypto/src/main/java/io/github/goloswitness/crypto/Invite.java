package io.github.goloswitness.crypto;

import java.util.List;
import java.util.Map;

/**
 * invite (op 57): {@code (creator)(balance)(invite_key)(extensions)}; active of creator.
 */
public record Invite(
    String creator,
    Asset balance,
    PublicKey inviteKey,
    List<Extension> extensions) implements Operation {
  /** An extension of this operation (chain-node invite_extensions_type). */
  public sealed interface Extension extends Variant permits IsInviteReferral {}

  /** is_invite_referral (tag 0): the invite is a referral link. */
  @VariantTag(0)
  public record IsInviteReferral(boolean isReferral) implements Extension {
    @Override
    public void writeTo(GrapheneWriter out) {
      out.writeBool(isReferral);
    }

    static IsInviteReferral readFrom(GrapheneReader in) {
      return new IsInviteReferral(in.readBool());
    }
  }

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Invite {
    Fields.account(creator, "creator");
    Fields.required(balance, "balance");
    Fields.required(inviteKey, "invite_key");
    extensions = Canonical.variants(extensions, "extensions");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeAsset(balance);
    out.writePublicKey(inviteKey);
    out.writeVariants(extensions);
  }

  static Invite readFrom(GrapheneReader in) {
    String creator = in.readString();
    Asset balance = in.readAsset();
    PublicKey inviteKey = in.readPublicKey();
    List<Extension> extensions = Canonical.readVariants(in, "invite.extensions", Map.of(0, IsInviteReferral::readFrom));
    return new Invite(creator, balance, inviteKey, extensions);
  }
}
