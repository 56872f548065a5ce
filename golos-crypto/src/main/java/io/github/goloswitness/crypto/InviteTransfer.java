package io.github.goloswitness.crypto;

import java.util.List;

/**
 * invite_transfer (op 66): {@code (from)(to)(amount)(memo)(extensions)}; signed by the invite key {@code from}.
 */
public record InviteTransfer(
    PublicKey from,
    PublicKey to,
    Asset amount,
    String memo,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks that no field is null (the node validates the rest when it receives the transaction), and keeps unmodifiable copies of the lists.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public InviteTransfer {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writePublicKey(from);
    out.writePublicKey(to);
    out.writeAsset(amount);
    out.writeString(memo);
    out.writeVariants(extensions);
  }

  static InviteTransfer readFrom(GrapheneReader in) {
    PublicKey from = in.readPublicKey();
    PublicKey to = in.readPublicKey();
    Asset amount = in.readAsset();
    String memo = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new InviteTransfer(from, to, amount, memo, extensions);
  }
}
