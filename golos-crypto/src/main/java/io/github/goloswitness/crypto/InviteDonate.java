package io.github.goloswitness.crypto;

/**
 * invite_donate (op 65): {@code (from)(invite_key)(amount)(memo)(extensions)}; active of from.
 */
@EmptyExtensions
public record InviteDonate(String from, PublicKey inviteKey, Asset amount, String memo) implements Operation {
  public InviteDonate {
    Fields.required(from, "from");
    Fields.required(inviteKey, "invite_key");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writePublicKey(inviteKey);
    out.writeAsset(amount);
    out.writeString(memo);
    Canonical.writeNoExtensions(out);
  }

  static InviteDonate readFrom(GrapheneReader in) {
    String from = in.readString();
    PublicKey inviteKey = in.readPublicKey();
    Asset amount = in.readAsset();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "invite_donate");
    return new InviteDonate(from, inviteKey, amount, memo);
  }
}
