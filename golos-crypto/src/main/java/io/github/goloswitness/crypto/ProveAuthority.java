package io.github.goloswitness.crypto;

/**
 * prove_authority (op 23): {@code (challenged)(require_owner)}. Owner of challenged when require_owner, else active.
 */
public record ProveAuthority(
    String challenged,
    boolean requireOwner)
    implements Operation {

  public ProveAuthority {
    Fields.account(challenged, "challenged");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(challenged);
    out.writeBool(requireOwner);
  }

  static ProveAuthority readFrom(GrapheneReader in) {
    return new ProveAuthority(
        in.readString(),
        in.readBool());
  }
}
