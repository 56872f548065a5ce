package io.github.goloswitness.crypto;

/**
 * escrow_release (op 29): {@code (from)(to)(agent)(who)(receiver)(escrow_id)(sbd_amount)(steem_amount)}. Active of who.
 */
public record EscrowRelease(
    String from,
    String to,
    String agent,
    String who,
    String receiver,
    long escrowId,
    Asset sbdAmount,
    Asset steemAmount)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public EscrowRelease {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.account(agent, "agent");
    Fields.account(who, "who");
    Fields.account(receiver, "receiver");
    Fields.uint32(escrowId, "escrow_id");
    Fields.required(sbdAmount, "sbd_amount");
    Fields.required(steemAmount, "steem_amount");
    Fields.symbol(sbdAmount, "escrow_release.sbd_amount", Asset.Symbol.GBG);
    Fields.nonNegative(sbdAmount, "escrow_release.sbd_amount");
    Fields.symbol(steemAmount, "escrow_release.steem_amount", Asset.Symbol.GOLOS);
    Fields.nonNegative(steemAmount, "escrow_release.steem_amount");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeString(agent);
    out.writeString(who);
    out.writeString(receiver);
    out.writeUint32(escrowId);
    out.writeAsset(sbdAmount);
    out.writeAsset(steemAmount);
  }

  static EscrowRelease readFrom(GrapheneReader in) {
    return new EscrowRelease(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readUint32(),
        in.readAsset(),
        in.readAsset());
  }
}
