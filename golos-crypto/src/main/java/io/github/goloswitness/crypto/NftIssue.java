package io.github.goloswitness.crypto;

/**
 * nft_issue (op 76): {@code (creator)(name)(to)(json_metadata)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
@EmptyExtensions
public record NftIssue(String creator, @WireName("name") String collection, String to, String jsonMetadata) implements Operation {
  public NftIssue {
    Fields.required(creator, "creator");
    Fields.required(collection, "name");
    Fields.required(to, "to");
    Fields.required(jsonMetadata, "json_metadata");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    out.writeString(to);
    out.writeString(jsonMetadata);
    Canonical.writeNoExtensions(out);
  }

  static NftIssue readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    String to = in.readString();
    String jsonMetadata = in.readString();
    Canonical.readNoExtensions(in, "nft_issue");
    return new NftIssue(creator, collection, to, jsonMetadata);
  }
}
