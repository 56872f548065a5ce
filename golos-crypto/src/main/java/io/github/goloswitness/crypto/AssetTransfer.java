package io.github.goloswitness.crypto;

/**
 * asset_transfer (op 63): {@code (creator)(symbol)(new_owner)(extensions)}; active of creator.
 */
@EmptyExtensions
public record AssetTransfer(String creator, String symbol, String newOwner) implements Operation {
  public AssetTransfer {
    Fields.required(creator, "creator");
    Fields.required(symbol, "symbol");
    Fields.required(newOwner, "new_owner");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(symbol);
    out.writeString(newOwner);
    Canonical.writeNoExtensions(out);
  }

  static AssetTransfer readFrom(GrapheneReader in) {
    String creator = in.readString();
    String symbol = in.readString();
    String newOwner = in.readString();
    Canonical.readNoExtensions(in, "asset_transfer");
    return new AssetTransfer(creator, symbol, newOwner);
  }
}
