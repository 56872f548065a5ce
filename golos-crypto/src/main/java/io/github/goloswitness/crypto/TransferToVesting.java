package io.github.goloswitness.crypto;

/** transfer_to_vesting (op 3): {@code (from)(to)(amount)}; an empty to means from. */
public record TransferToVesting(String from, String to, Asset amount) implements Operation {

  public TransferToVesting {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from).writeString(to).writeAsset(amount);
  }

  static TransferToVesting readFrom(GrapheneReader in) {
    return new TransferToVesting(in.readString(), in.readString(), in.readAsset());
  }
}
