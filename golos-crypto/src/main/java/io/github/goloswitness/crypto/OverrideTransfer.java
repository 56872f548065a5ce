package io.github.goloswitness.crypto;

import java.util.List;

/**
 * override_transfer (op 64): {@code (creator)(from)(to)(amount)(memo)(extensions)}; active of creator.
 */
public record OverrideTransfer(
    String creator,
    String from,
    String to,
    Asset amount,
    String memo,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public OverrideTransfer {
    Fields.account(creator, "creator");
    Fields.account(from, "from");
    Fields.account(to, "to");
    Fields.required(amount, "amount");
    Fields.required(memo, "memo");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(from);
    out.writeString(to);
    out.writeAsset(amount);
    out.writeString(memo);
    out.writeVariants(extensions);
  }

  static OverrideTransfer readFrom(GrapheneReader in) {
    String creator = in.readString();
    String from = in.readString();
    String to = in.readString();
    Asset amount = in.readAsset();
    String memo = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new OverrideTransfer(creator, from, to, amount, memo, extensions);
  }
}
