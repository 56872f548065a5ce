package io.github.goloswitness.crypto;

import java.util.List;

/**
 * nft_issue (op 76): {@code (creator)(name)(to)(json_metadata)(extensions)}; active of creator.
 * The collection is a component {@code collection} because {@code name()} is the operation name.
 */
public record NftIssue(
    String creator,
    @WireName("name") String collection,
    String to,
    String jsonMetadata,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public NftIssue {
    Fields.account(creator, "creator");
    Fields.required(collection, "name");
    Fields.account(to, "to");
    Fields.required(jsonMetadata, "json_metadata");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(creator);
    out.writeString(collection);
    out.writeString(to);
    out.writeString(jsonMetadata);
    out.writeVariants(extensions);
  }

  static NftIssue readFrom(GrapheneReader in) {
    String creator = in.readString();
    String collection = in.readString();
    String to = in.readString();
    String jsonMetadata = in.readString();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new NftIssue(creator, collection, to, jsonMetadata, extensions);
  }
}
