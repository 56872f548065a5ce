package io.github.goloswitness.crypto;

/**
 * vote (op 0): {@code (voter)(author)(permlink)(weight)}.
 *
 * @param weight int16, -10000..10000 (100% = 10000)
 */
public record Vote(String voter, String author, String permlink, short weight) implements Operation {

  public Vote {
    Fields.required(voter, "voter");
    Fields.required(author, "author");
    Fields.required(permlink, "permlink");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(voter).writeString(author).writeString(permlink).writeInt16(weight);
  }

  static Vote readFrom(GrapheneReader in) {
    return new Vote(in.readString(), in.readString(), in.readString(), in.readInt16());
  }
}
