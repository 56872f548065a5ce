package io.github.goloswitness.crypto;

/**
 * transfer_to_vesting (op 3): {@code (from)(to)(amount)}. Active of from; an empty to means from; amount positive GOLOS.
 */
public record TransferToVesting(
    String from,
    String to,
    Asset amount)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public TransferToVesting {
    Fields.account(from, "from");
    Fields.accountOrEmpty(to, "to");
    Fields.required(amount, "amount");
    Fields.symbol(amount, "transfer_to_vesting.amount", Asset.Symbol.GOLOS);
    Fields.positive(amount, "transfer_to_vesting.amount");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
  }

  static TransferToVesting readFrom(GrapheneReader in) {
    return new TransferToVesting(
        in.readString(),
        in.readString(),
        in.readAsset());
  }
}
