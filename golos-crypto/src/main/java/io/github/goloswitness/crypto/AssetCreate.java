package io.github.goloswitness.crypto;

/**
 * asset_create (op 60): {@code (creator)(max_supply)(allow_fee)(allow_override_transfer)(json_metadata)(extensions)}; active of creator.
 */
@EmptyExtensions
public record AssetCreate(
    String creator,
    Asset maxSupply,
    boolean allowFee,
    boolean allowOverrideTransfer,
    String jsonMetadata) implements Operation {
  public AssetCreate {
    Fields.required(creator, "creator");
    Fields.required(maxSupply, "max_supply");
    Fields.required(jsonMetadata, "json_metadata");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeAsset(maxSupply);
    out.writeBool(allowFee);
    out.writeBool(allowOverrideTransfer);
    out.writeString(jsonMetadata);
    Canonical.writeNoExtensions(out);
  }

  static AssetCreate readFrom(GrapheneReader in) {
    String creator = in.readString();
    Asset maxSupply = in.readAsset();
    boolean allowFee = in.readBool();
    boolean allowOverrideTransfer = in.readBool();
    String jsonMetadata = in.readString();
    Canonical.readNoExtensions(in, "asset_create");
    return new AssetCreate(creator, maxSupply, allowFee, allowOverrideTransfer, jsonMetadata);
  }
}
