package io.github.goloswitness.crypto;

/**
 * escrow_approve (op 31): {@code (from)(to)(agent)(who)(escrow_id)(approve)}. Active of who.
 */
public record EscrowApprove(
    String from,
    String to,
    String agent,
    String who,
    long escrowId,
    boolean approve)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public EscrowApprove {
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
    out.writeBool(approve);
  }

  static EscrowApprove readFrom(GrapheneReader in) {
    return new EscrowApprove(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readUint32(),
        in.readBool());
  }
}
