package io.github.goloswitness.crypto;

/**
 * nft_collection (op 74): {@code (creator)(name)(json_metadata)(max_token_count)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
@EmptyExtensions
public record NftCollection(
    String creator,
    @WireName("name") String collection,
    String jsonMetadata,
    long maxTokenCount) implements Operation {
  public NftCollection {
    Fields.required(creator, "creator");
    Fields.required(collection, "name");
    Fields.required(jsonMetadata, "json_metadata");
    Fields.uint32(maxTokenCount, "max_token_count");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    out.writeString(jsonMetadata);
    out.writeUint32(maxTokenCount);
    Canonical.writeNoExtensions(out);
  }

  static NftCollection readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    String jsonMetadata = in.readString();
    long maxTokenCount = in.readUint32();
    Canonical.readNoExtensions(in, "nft_collection");
    return new NftCollection(creator, collection, jsonMetadata, maxTokenCount);
  }
}
