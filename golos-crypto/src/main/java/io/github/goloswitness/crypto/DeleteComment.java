package io.github.goloswitness.crypto;

/**
 * delete_comment (op 17): {@code (author)(permlink)}. Posting of author.
 */
public record DeleteComment(
    String author,
    String permlink)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
