package io.github.goloswitness.crypto;

/**
 * claim (op 53): {@code (from)(to)(amount)(to_vesting)(extensions)}; posting of from.
 */
@EmptyExtensions
public record Claim(String from, String to, Asset amount, boolean toVesting) implements Operation {
  public Claim {
    Fields.required(from, "from");
    Fields.required(to, "to");
    Fields.required(amount, "amount");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeBool(toVesting);
    Canonical.writeNoExtensions(out);
  }

  static Claim readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    boolean toVesting = in.readBool();
    Canonical.readNoExtensions(in, "claim");
    return new Claim(from, to, amount, toVesting);
  }
}
