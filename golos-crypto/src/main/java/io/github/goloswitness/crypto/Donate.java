package io.github.goloswitness.crypto;

/**
 * donate (op 54): {@code (from)(to)(amount)(memo)(extensions)}; posting of from.
 */
@EmptyExtensions
public record Donate(String from, String to, Asset amount, DonateMemo memo) implements Operation {
  public Donate {
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
    memo.writeTo(out);
    Canonical.writeNoExtensions(out);
  }

  static Donate readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    DonateMemo memo = DonateMemo.readFrom(in);
    Canonical.readNoExtensions(in, "donate");
    return new Donate(from, to, amount, memo);
  }
}
