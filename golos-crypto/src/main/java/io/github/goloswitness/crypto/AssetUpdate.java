package io.github.goloswitness.crypto;

import java.util.List;

/**
 * asset_update (op 61): {@code (creator)(symbol)(symbols_whitelist)(fee_percent)(json_metadata)(extensions)}; active of creator.
 */
public record AssetUpdate(
    String creator,
    String symbol,
    List<String> symbolsWhitelist,
    int feePercent,
    String jsonMetadata,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AssetUpdate {
    Fields.account(creator, "creator");
    Fields.required(symbol, "symbol");
    symbolsWhitelist = Canonical.strings(symbolsWhitelist, "symbols_whitelist");
    Fields.uint16(feePercent, "fee_percent");
    Fields.required(jsonMetadata, "json_metadata");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(symbol);
    out.writeVector(symbolsWhitelist, GrapheneWriter::writeString);
    out.writeUint16(feePercent);
    out.writeString(jsonMetadata);
    out.writeVariants(extensions);
  }

  static AssetUpdate readFrom(GrapheneReader in) {
    String creator = in.readString();
    String symbol = in.readString();
    List<String> symbolsWhitelist = in.readVector(GrapheneReader::readString);
    int feePercent = in.readUint16();
    String jsonMetadata = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AssetUpdate(creator, symbol, symbolsWhitelist, feePercent, jsonMetadata, extensions);
  }
}
