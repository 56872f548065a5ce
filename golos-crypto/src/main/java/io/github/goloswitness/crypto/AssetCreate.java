package io.github.goloswitness.crypto;

import java.util.List;

/**
 * asset_create (op 60): {@code (creator)(max_supply)(allow_fee)(allow_override_transfer)(json_metadata)(extensions)}; active of creator.
 */
public record AssetCreate(
    String creator,
    Asset maxSupply,
    boolean allowFee,
    boolean allowOverrideTransfer,
    String jsonMetadata,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public AssetCreate {
    Fields.account(creator, "creator");
    Fields.required(maxSupply, "max_supply");
    Fields.required(jsonMetadata, "json_metadata");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeAsset(maxSupply);
    out.writeBool(allowFee);
    out.writeBool(allowOverrideTransfer);
    out.writeString(jsonMetadata);
    out.writeVariants(extensions);
  }

  static AssetCreate readFrom(GrapheneReader in) {
    String creator = in.readString();
    Asset maxSupply = in.readAsset();
    boolean allowFee = in.readBool();
    boolean allowOverrideTransfer = in.readBool();
    String jsonMetadata = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new AssetCreate(creator, maxSupply, allowFee, allowOverrideTransfer, jsonMetadata, extensions);
  }
}
