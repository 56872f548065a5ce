package io.github.goloswitness.crypto;

/**
 * chain_properties_update (op 45): {@code (owner)(props)}, props a versioned static_variant, JSON
 * {@code [tag, {...}]}. A witness's vote on chain parameters; active of owner.
 */
public record ChainPropertiesUpdate(String owner, ChainProperties props) implements Operation {

  /**
   * Checks that no field is null (the node validates the rest when it receives the transaction).
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainPropertiesUpdate {
    Fields.required(owner, "owner");
    Fields.required(props, "props");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner).writeVarint32(props.tag());
    props.writeTo(out);
  }

  static ChainPropertiesUpdate readFrom(GrapheneReader in) {
    return new ChainPropertiesUpdate(in.readString(), ChainProperties.readTagged(in));
  }
}
