package io.github.goloswitness.crypto;

/**
 * decline_voting_rights (op 36): {@code (account)(decline)}. Owner of account.
 */
public record DeclineVotingRights(
    String account,
    boolean decline)
    implements Operation {

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
