package io.github.goloswitness.crypto;

import java.util.List;

/**
 * worker_request_vote (op 52): {@code (voter)(author)(permlink)(vote_percent)(extensions)}; posting of voter.
 */
public record WorkerRequestVote(
    String voter,
    String author,
    String permlink,
    short votePercent,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public WorkerRequestVote {
    Fields.account(voter, "voter");
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
    if (votePercent < -10000 || votePercent > 10000) {
      throw new IllegalArgumentException("vote_percent must be within -10000..10000, got " + votePercent);
    }
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(voter);
    out.writeString(author);
    out.writeString(permlink);
    out.writeInt16(votePercent);
    out.writeVariants(extensions);
  }

  static WorkerRequestVote readFrom(GrapheneReader in) {
    String voter = in.readString();
    String author = in.readString();
    String permlink = in.readString();
    short votePercent = in.readInt16();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new WorkerRequestVote(voter, author, permlink, votePercent, extensions);
  }
}
