package io.github.goloswitness.crypto;

/**
 * delete_comment (op 17): {@code (author)(permlink)}. Posting of author.
 */
public record DeleteComment(
    String author,
    String permlink)
    implements Operation {

  public DeleteComment {
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(permlink);
  }

  static DeleteComment readFrom(GrapheneReader in) {
    return new DeleteComment(
        in.readString(),
        in.readString());
  }
}
