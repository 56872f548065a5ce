package io.github.goloswitness.crypto;

/**
 * transit_to_cyberway (op 49): {@code (owner)(vote_to_transit)}; active of owner.
 */
public record TransitToCyberway(String owner, boolean voteToTransit) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public TransitToCyberway {
    Fields.account(owner, "owner");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner);
    out.writeBool(voteToTransit);
  }

  static TransitToCyberway readFrom(GrapheneReader in) {
    String owner = in.readString();
    boolean voteToTransit = in.readBool();
    return new TransitToCyberway(owner, voteToTransit);
  }
}
