package io.github.goloswitness.crypto;

/**
 * transfer_to_tip (op 55): {@code (from)(to)(amount)(memo)(extensions)}; active of from.
 */
@EmptyExtensions
public record TransferToTip(String from, String to, Asset amount, String memo) implements Operation {
  public TransferToTip {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
    Canonical.writeNoExtensions(out);
  }

  static TransferToTip readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "transfer_to_tip");
    return new TransferToTip(from, to, amount, memo);
  }
}
