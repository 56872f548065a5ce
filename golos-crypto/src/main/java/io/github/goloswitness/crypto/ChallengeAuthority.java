package io.github.goloswitness.crypto;

/**
 * challenge_authority (op 22): {@code (challenger)(challenged)(require_owner)}. Active of challenger.
 */
public record ChallengeAuthority(
    String challenger,
    String challenged,
    boolean requireOwner)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
