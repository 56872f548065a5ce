package io.github.goloswitness.crypto;

/**
 * comment (op 1): {@code (parent_author)(parent_permlink)(author)(permlink)(title)(body)(json_metadata)}. Posting of author; an empty parent_author makes a top-level post under the tag parent_permlink.
 */
public record Comment(
    String parentAuthor,
    String parentPermlink,
    String author,
    String permlink,
    String title,
    String body,
    String jsonMetadata)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Comment {
    Fields.accountOrEmpty(parentAuthor, "parent_author");
    Fields.required(parentPermlink, "parent_permlink");
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    Fields.required(title, "title");
    Fields.required(body, "body");
    Fields.required(jsonMetadata, "json_metadata");
    Fields.maxBytes(permlink, Fields.MAX_PERMLINK_LENGTH, "permlink");
    Fields.maxBytes(parentPermlink, Fields.MAX_PERMLINK_LENGTH, "parent_permlink");
    Fields.maxBytes(title, 255, "title");
    if (body.isEmpty()) {
      throw new IllegalArgumentException("comment.body must not be empty");
    }
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(parentAuthor);
    out.writeString(parentPermlink);
    out.writeString(author);
    out.writeString(permlink);
    out.writeString(title);
    out.writeString(body);
    out.writeString(jsonMetadata);
  }

  static Comment readFrom(GrapheneReader in) {
    return new Comment(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString(),
        in.readString());
  }
}
