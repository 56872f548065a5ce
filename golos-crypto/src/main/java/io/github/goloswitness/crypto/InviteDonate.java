package io.github.goloswitness.crypto;

import java.util.List;

/**
 * invite_donate (op 65): {@code (from)(invite_key)(amount)(memo)(extensions)}; active of from.
 */
public record InviteDonate(
    String from,
    PublicKey inviteKey,
    Asset amount,
    String memo,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public InviteDonate {
    Fields.account(from, "from");
    Fields.required(inviteKey, "invite_key");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writePublicKey(inviteKey);
    out.writeAsset(amount);
    out.writeString(memo);
    out.writeVariants(extensions);
  }

  static InviteDonate readFrom(GrapheneReader in) {
    String from = in.readString();
    PublicKey inviteKey = in.readPublicKey();
    Asset amount = in.readAsset();
    String memo = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new InviteDonate(from, inviteKey, amount, memo, extensions);
  }
}
