package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_collection (op 74): {@code (creator)(name)(json_metadata)(max_token_count)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
public record NftCollection(
    String creator,
    @WireName("name") String collection,
    String jsonMetadata,
    long maxTokenCount,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftCollection {
    Fields.account(creator, "creator");
    Fields.required(collection, "name");
    Fields.required(jsonMetadata, "json_metadata");
    Fields.uint32(maxTokenCount, "max_token_count");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    out.writeString(jsonMetadata);
    out.writeUint32(maxTokenCount);
    out.writeVariants(extensions);
  }

  static NftCollection readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    String jsonMetadata = in.readString();
    long maxTokenCount = in.readUint32();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftCollection(creator, collection, jsonMetadata, maxTokenCount, extensions);
  }
}
