package io.github.goloswitness.crypto;

import java.util.List;

/**
 * invite_claim (op 58): {@code (initiator)(receiver)(invite_secret)(extensions)}; active of initiator.
 */
public record InviteClaim(
    String initiator,
    String receiver,
    String inviteSecret,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public InviteClaim {
    Fields.account(initiator, "initiator");
    Fields.account(receiver, "receiver");
    Fields.required(inviteSecret, "invite_secret");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(initiator);
    out.writeString(receiver);
    out.writeString(inviteSecret);
    out.writeVariants(extensions);
  }

  static InviteClaim readFrom(GrapheneReader in) {
    String initiator = in.readString();
    String receiver = in.readString();
    String inviteSecret = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new InviteClaim(initiator, receiver, inviteSecret, extensions);
  }

  /** Redacts invite_secret, a private key in WIF. */
  @Override
  public String toString() {
    return "InviteClaim[" + "initiator=" + initiator + ", " + "receiver=" + receiver + ", " + "inviteSecret=[redacted]" + ", " + "extensions=" + extensions + "]";
  }
}
