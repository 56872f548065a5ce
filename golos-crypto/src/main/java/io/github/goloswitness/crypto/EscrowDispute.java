package io.github.goloswitness.crypto;

/**
 * escrow_dispute (op 28): {@code (from)(to)(agent)(who)(escrow_id)}. Active of who.
 */
public record EscrowDispute(
    String from,
    String to,
    String agent,
    String who,
    long escrowId)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public EscrowDispute {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.account(agent, "agent");
    Fields.account(who, "who");
    Fields.uint32(escrowId, "escrow_id");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeString(agent);
    out.writeString(who);
    out.writeUint32(escrowId);
  }

  static EscrowDispute readFrom(GrapheneReader in) {
    return new EscrowDispute(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readUint32());
  }
}
