package io.github.goloswitness.crypto;

import java.util.List;

/**
 * donate (op 54): {@code (from)(to)(amount)(memo)(extensions)}; posting of from.
 */
public record Donate(
    String from,
    String to,
    Asset amount,
    DonateMemo memo,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Donate {
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    memo.writeTo(out);
    out.writeVariants(extensions);
  }

  static Donate readFrom(GrapheneReader in) {
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    DonateMemo memo = DonateMemo.readFrom(in);
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new Donate(from, to, amount, memo, extensions);
  }
}
