package io.github.goloswitness.crypto;

import java.util.List;

/**
 * asset_transfer (op 63): {@code (creator)(symbol)(new_owner)(extensions)}; active of creator.
 */
public record AssetTransfer(
    String creator,
    String symbol,
    String newOwner,
    List<FutureExtension> extensions) implements Operation {
  public AssetTransfer {
    Fields.account(creator, "creator");
    Fields.required(symbol, "symbol");
    Fields.account(newOwner, "new_owner");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(symbol);
    out.writeString(newOwner);
    out.writeVariants(extensions);
  }

  static AssetTransfer readFrom(GrapheneReader in) {
    String creator = in.readString();
    String symbol = in.readString();
    String newOwner = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AssetTransfer(creator, symbol, newOwner, extensions);
  }
}
