package io.github.goloswitness.crypto;

/**
 * nft_collection_delete (op 75): {@code (creator)(name)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
@EmptyExtensions
public record NftCollectionDelete(String creator, @WireName("name") String collection) implements Operation {
  public NftCollectionDelete {
    Fields.required(creator, "creator");
    Fields.required(collection, "name");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    Canonical.writeNoExtensions(out);
  }

  static NftCollectionDelete readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    Canonical.readNoExtensions(in, "nft_collection_delete");
    return new NftCollectionDelete(creator, collection);
  }
}
