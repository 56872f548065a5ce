package io.github.goloswitness.crypto;

/**
 * invite_claim (op 58): {@code (initiator)(receiver)(invite_secret)(extensions)}; active of initiator.
 */
@EmptyExtensions
public record InviteClaim(String initiator, String receiver, String inviteSecret) implements Operation {
  public InviteClaim {
    Fields.required(initiator, "initiator");
    Fields.required(receiver, "receiver");
    Fields.required(inviteSecret, "invite_secret");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(initiator);
    out.writeString(receiver);
    out.writeString(inviteSecret);
    Canonical.writeNoExtensions(out);
  }

  static InviteClaim readFrom(GrapheneReader in) {
    String initiator = in.readString();
    String receiver = in.readString();
    String inviteSecret = in.readString();
    Canonical.readNoExtensions(in, "invite_claim");
    return new InviteClaim(initiator, receiver, inviteSecret);
  }

  /** Redacts invite_secret, a private key in WIF. */
  @Override
  public String toString() {
    return "InviteClaim[" + "initiator=" + initiator + ", " + "receiver=" + receiver + ", " + "inviteSecret=[redacted]" + "]";
  }
}
