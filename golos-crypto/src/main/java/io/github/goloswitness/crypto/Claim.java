package io.github.goloswitness.crypto;

import java.util.List;

/**
 * claim (op 53): {@code (from)(to)(amount)(to_vesting)(extensions)}; posting of from.
 */
public record Claim(
    String from,
    String to,
    Asset amount,
    boolean toVesting,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Claim {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeBool(toVesting);
    out.writeVariants(extensions);
  }

  static Claim readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    boolean toVesting = in.readBool();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new Claim(from, to, amount, toVesting, extensions);
  }
}
