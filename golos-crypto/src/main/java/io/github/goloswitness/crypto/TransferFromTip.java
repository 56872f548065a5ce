package io.github.goloswitness.crypto;

/**
 * transfer_from_tip (op 56): {@code (from)(to)(amount)(memo)(extensions)}; active of from.
 */
@EmptyExtensions
public record TransferFromTip(String from, String to, Asset amount, String memo) implements Operation {
  public TransferFromTip {
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

  static TransferFromTip readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "transfer_from_tip");
    return new TransferFromTip(from, to, amount, memo);
  }
}
