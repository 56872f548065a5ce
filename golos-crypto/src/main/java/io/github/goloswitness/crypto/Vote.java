package io.github.goloswitness.crypto;

/**
 * vote (op 0): {@code (voter)(author)(permlink)(weight)}. Posting of voter.
 */
public record Vote(
    String voter,
    String author,
    String permlink,
    short weight)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Vote {
    Fields.account(voter, "voter");
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    Fields.maxBytes(permlink, Fields.MAX_PERMLINK_LENGTH, "permlink");
    Fields.range(weight, -Fields.PERCENT_100, Fields.PERCENT_100, "vote.weight");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(voter);
    out.writeString(author);
    out.writeString(permlink);
    out.writeInt16(weight);
  }

  static Vote readFrom(GrapheneReader in) {
    return new Vote(
        in.readString(),
        in.readString(),
        in.readString(),
        in.readInt16());
  }
}
