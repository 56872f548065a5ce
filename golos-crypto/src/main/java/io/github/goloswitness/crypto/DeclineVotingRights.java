package io.github.goloswitness.crypto;

/**
 * decline_voting_rights (op 36): {@code (account)(decline)}. Owner of account.
 */
public record DeclineVotingRights(
    String account,
    boolean decline)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public DeclineVotingRights {
    Fields.account(account, "account");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account);
    out.writeBool(decline);
  }

  static DeclineVotingRights readFrom(GrapheneReader in) {
    return new DeclineVotingRights(
        in.readString(),
        in.readBool());
  }
}
