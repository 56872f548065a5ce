package io.github.goloswitness.crypto;

/**
 * prove_authority (op 23): {@code (challenged)(require_owner)}. Owner of challenged when require_owner, else active.
 */
public record ProveAuthority(
    String challenged,
    boolean requireOwner)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
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
