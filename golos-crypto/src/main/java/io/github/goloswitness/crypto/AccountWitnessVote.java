package io.github.goloswitness.crypto;

/** account_witness_vote (op 12): {@code (account)(witness)(approve)}; active of account. */
public record AccountWitnessVote(String account, String witness, boolean approve) implements Operation {

  public AccountWitnessVote {
    Fields.required(account, "account");
    Fields.required(witness, "witness");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(account).writeString(witness).writeBool(approve);
  }

  static AccountWitnessVote readFrom(GrapheneReader in) {
    return new AccountWitnessVote(in.readString(), in.readString(), in.readBool());
  }
}
