package io.github.goloswitness.crypto;

/**
 * transfer_to_savings (op 32): {@code (from)(to)(amount)(memo)}. Active of from; amount positive GOLOS or GBG.
 */
public record TransferToSavings(
    String from,
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
  public TransferToSavings {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    Fields.symbol(amount, "transfer_to_savings.amount", Asset.Symbol.GOLOS, Asset.Symbol.GBG);
    Fields.positive(amount, "transfer_to_savings.amount");
    Fields.maxBytes(memo, Fields.MAX_MEMO_SIZE - 1, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
  }

  static TransferToSavings readFrom(GrapheneReader in) {
    return new TransferToSavings(
        in.readString(),
        in.readString(),
        in.readAsset(),
        in.readString());
  }
}
