package io.github.goloswitness.crypto;

/**
 * override_transfer (op 64): {@code (creator)(from)(to)(amount)(memo)(extensions)}; active of creator.
 */
@EmptyExtensions
public record OverrideTransfer(
    String creator,
    String from,
    String to,
    Asset amount,
    String memo) implements Operation {
  public OverrideTransfer {
    Fields.required(creator, "creator");
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
    Canonical.writeNoExtensions(out);
  }

  static OverrideTransfer readFrom(GrapheneReader in) {
    String creator = in.readString();
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    String memo = in.readString();
    Canonical.readNoExtensions(in, "override_transfer");
    return new OverrideTransfer(creator, from, to, amount, memo);
  }
}
