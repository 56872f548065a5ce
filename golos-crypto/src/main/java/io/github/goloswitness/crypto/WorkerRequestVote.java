package io.github.goloswitness.crypto;

/**
 * worker_request_vote (op 52): {@code (voter)(author)(permlink)(vote_percent)(extensions)}; posting of voter.
 */
@EmptyExtensions
public record WorkerRequestVote(
    String voter,
    String author,
    String permlink,
    short votePercent) implements Operation {
  public WorkerRequestVote {
    Fields.required(voter, "voter");
    Fields.required(author, "author");
    Fields.required(permlink, "permlink");
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
    Canonical.writeNoExtensions(out);
  }

  static WorkerRequestVote readFrom(GrapheneReader in) {
    String voter = in.readString();
    String author = in.readString();
    String permlink = in.readString();
    short votePercent = in.readInt16();
    Canonical.readNoExtensions(in, "worker_request_vote");
    return new WorkerRequestVote(voter, author, permlink, votePercent);
  }
}
