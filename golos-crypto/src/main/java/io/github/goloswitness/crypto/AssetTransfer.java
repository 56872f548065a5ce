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
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
