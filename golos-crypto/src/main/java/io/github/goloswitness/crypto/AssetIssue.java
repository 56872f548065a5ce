package io.github.goloswitness.crypto;

import java.util.List;

/**
 * asset_issue (op 62): {@code (creator)(amount)(to)(extensions)}; active of creator.
 * An empty {@code to} issues to the creator.
 */
public record AssetIssue(
    String creator,
    Asset amount,
    String to,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AssetIssue {
    Fields.account(creator, "creator");
    Fields.required(amount, "amount");
    Fields.accountOrEmpty(to, "to");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeAsset(amount);
    out.writeString(to);
    out.writeVariants(extensions);
  }

  static AssetIssue readFrom(GrapheneReader in) {
    String creator = in.readString();
    Asset amount = in.readAsset();
    String to = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AssetIssue(creator, amount, to, extensions);
  }
}
