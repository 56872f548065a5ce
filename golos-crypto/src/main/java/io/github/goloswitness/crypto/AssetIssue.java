package io.github.goloswitness.crypto;

/**
 * asset_issue (op 62): {@code (creator)(amount)(to)(extensions)}; active of creator.
 * An empty {@code to} issues to the creator.
 */
@EmptyExtensions
public record AssetIssue(String creator, Asset amount, String to) implements Operation {
  public AssetIssue {
    Fields.required(creator, "creator");
    Fields.required(amount, "amount");
    Fields.required(to, "to");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeAsset(amount);
    out.writeString(to);
    Canonical.writeNoExtensions(out);
  }

  static AssetIssue readFrom(GrapheneReader in) {
    String creator = in.readString();
    Asset amount = in.readAsset();
    String to = in.readString();
    Canonical.readNoExtensions(in, "asset_issue");
    return new AssetIssue(creator, amount, to);
  }
}
