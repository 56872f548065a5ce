package io.github.goloswitness.crypto;

/**
 * invite_transfer (op 66): {@code (from)(to)(amount)(memo)(extensions)}; signed by the invite key {@code from}.
 */
@EmptyExtensions
public record InviteTransfer(PublicKey from, PublicKey to, Asset amount, String memo) implements Operation {
  public InviteTransfer {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writePublicKey(from);
    out.writePublicKey(to);
    out.writeAsset(amount);
    out.writeString(memo);
    Canonical.writeNoExtensions(out);
  }

  static InviteTransfer readFrom(GrapheneReader in) {
    PublicKey from = in.readPublicKey();
    PublicKey to = in.readPublicKey();
    Asset amount = in.readAsset();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "invite_transfer");
    return new InviteTransfer(from, to, amount, memo);
  }
}
