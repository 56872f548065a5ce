package io.github.goloswitness.crypto;

/**
 * transfer (op 2): {@code (from)(to)(amount)(memo)}. Active of from; amount positive, memo under 2048 bytes.
 */
public record Transfer(
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
  public Transfer {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    Fields.positive(amount, "transfer.amount");
    Fields.maxBytes(memo, Fields.MAX_MEMO_SIZE - 1, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
  }

  static Transfer readFrom(GrapheneReader in) {
    return new Transfer(
        in.readString(),
        in.readString(),
        in.readAsset(),
        in.readString());
  }
}
