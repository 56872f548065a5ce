package io.github.goloswitness.crypto;

/**
 * challenge_authority (op 22): {@code (challenger)(challenged)(require_owner)}. Active of challenger.
 */
public record ChallengeAuthority(
    String challenger,
    String challenged,
    boolean requireOwner)
    implements Operation {

  public ChallengeAuthority {
    Fields.account(challenger, "challenger");
    Fields.account(challenged, "challenged");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(challenger);
    out.writeString(challenged);
    out.writeBool(requireOwner);
  }

  static ChallengeAuthority readFrom(GrapheneReader in) {
    return new ChallengeAuthority(
        in.readString(),
        in.readString(),
        in.readBool());
  }
}
