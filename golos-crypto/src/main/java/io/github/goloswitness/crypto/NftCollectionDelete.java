package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_collection_delete (op 75): {@code (creator)(name)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
public record NftCollectionDelete(
    String creator,
    @WireName("name") String collection,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftCollectionDelete {
    Fields.account(creator, "creator");
    Fields.required(collection, "name");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    out.writeVariants(extensions);
  }

  static NftCollectionDelete readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftCollectionDelete(creator, collection, extensions);
  }
}
