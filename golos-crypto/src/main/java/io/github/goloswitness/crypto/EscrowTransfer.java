package io.github.goloswitness.crypto;

/**
 * escrow_transfer (op 27): {@code (from)(to)(sbd_amount)(steem_amount)(escrow_id)(agent)(fee)(json_meta)(ratification_deadline)(escrow_expiration)}. Active of from; amounts GBG and GOLOS, not negative.
 */
public record EscrowTransfer(
    String from,
    String to,
    Asset sbdAmount,
    Asset steemAmount,
    long escrowId,
    String agent,
    Asset fee,
    String jsonMeta,
    TimePointSec ratificationDeadline,
    TimePointSec escrowExpiration)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public EscrowTransfer {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(sbdAmount, "sbd_amount");
    Fields.required(steemAmount, "steem_amount");
    Fields.uint32(escrowId, "escrow_id");
    Fields.account(agent, "agent");
    Fields.required(fee, "fee");
    Fields.required(jsonMeta, "json_meta");
    Fields.required(ratificationDeadline, "ratification_deadline");
    Fields.required(escrowExpiration, "escrow_expiration");
    Fields.symbol(sbdAmount, "escrow_transfer.sbd_amount", Asset.Symbol.GBG);
    Fields.nonNegative(sbdAmount, "escrow_transfer.sbd_amount");
    Fields.symbol(steemAmount, "escrow_transfer.steem_amount", Asset.Symbol.GOLOS);
    Fields.nonNegative(steemAmount, "escrow_transfer.steem_amount");
    Fields.nonNegative(fee, "escrow_transfer.fee");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(sbdAmount);
    out.writeAsset(steemAmount);
    out.writeUint32(escrowId);
    out.writeString(agent);
    out.writeAsset(fee);
    out.writeString(jsonMeta);
    out.writeTime(ratificationDeadline);
    out.writeTime(escrowExpiration);
  }

  static EscrowTransfer readFrom(GrapheneReader in) {
    return new EscrowTransfer(
        in.readString(),
        in.readString(),
        in.readAsset(),
        in.readAsset(),
        in.readUint32(),
        in.readString(),
        in.readAsset(),
        in.readString(),
        in.readTime(),
        in.readTime());
  }
}
