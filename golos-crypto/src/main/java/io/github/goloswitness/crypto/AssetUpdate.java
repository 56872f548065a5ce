package io.github.goloswitness.crypto;

import java.util.List;

/**
 * asset_update (op 61): {@code (creator)(symbol)(symbols_whitelist)(fee_percent)(json_metadata)(extensions)}; active of creator.
 */
@EmptyExtensions
public record AssetUpdate(
    String creator,
    String symbol,
    List<String> symbolsWhitelist,
    int feePercent,
    String jsonMetadata) implements Operation {
  public AssetUpdate {
    Fields.required(creator, "creator");
    Fields.required(symbol, "symbol");
    symbolsWhitelist = Canonical.strings(symbolsWhitelist, "symbols_whitelist");
    Fields.uint16(feePercent, "fee_percent");
    Fields.required(jsonMetadata, "json_metadata");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(symbol);
    out.writeVector(symbolsWhitelist, GrapheneWriter::writeString);
    out.writeUint16(feePercent);
    out.writeString(jsonMetadata);
    Canonical.writeNoExtensions(out);
  }

  static AssetUpdate readFrom(GrapheneReader in) {
    String creator = in.readString();
    String symbol = in.readString();
    List<String> symbolsWhitelist = in.readVector(GrapheneReader::readString);
    int feePercent = in.readUint16();
    String jsonMetadata = in.readString();
    Canonical.readNoExtensions(in, "asset_update");
    return new AssetUpdate(creator, symbol, symbolsWhitelist, feePercent, jsonMetadata);
  }
}
