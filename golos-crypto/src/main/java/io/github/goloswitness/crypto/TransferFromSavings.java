package io.github.goloswitness.crypto;

/**
 * transfer_from_savings (op 33): {@code (from)(request_id)(to)(amount)(memo)}. Active of from; amount positive GOLOS or GBG.
 */
public record TransferFromSavings(
    String from,
    long requestId,
    String to,
    Asset amount,
    String memo)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public TransferFromSavings {
    Fields.account(from, "from");
    Fields.uint32(requestId, "request_id");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    Fields.symbol(amount, "transfer_from_savings.amount", Asset.Symbol.GOLOS, Asset.Symbol.GBG);
    Fields.positive(amount, "transfer_from_savings.amount");
    Fields.maxBytes(memo, Fields.MAX_MEMO_SIZE - 1, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeUint32(requestId);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
  }

  static TransferFromSavings readFrom(GrapheneReader in) {
    return new TransferFromSavings(
        in.readString(),
        in.readUint32(),
        in.readString(),
        in.readAsset(),
        in.readString());
  }
}
