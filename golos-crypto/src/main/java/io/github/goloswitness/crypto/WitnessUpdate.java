package io.github.goloswitness.crypto;

/**
 * witness_update (op 11): registers a witness or changes its url and block signing key
 * ({@code FC_REFLECT(witness_update_operation, (owner)(url)(block_signing_key)(props)(fee))}).
 * Needs the owner's active authority. Since HF18 the node ignores {@code props} and never charges
 * {@code fee}; send {@code "0.000 GOLOS"}.
 */
public record WitnessUpdate(
    String owner, String url, PublicKey blockSigningKey, ChainProperties17 props, Asset fee)
    implements Operation {

  /**
   * Checks the fields, following the node's {@code validate()} for this operation.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public WitnessUpdate {
    Fields.account(owner, "owner");
    Fields.maxBytes(url, 2047, "witness_update.url");
    if (url.isEmpty()) {
      throw new IllegalArgumentException("witness_update.url must not be empty");
    }
    Fields.required(blockSigningKey, "block_signing_key");
    Fields.required(props, "props");
    Fields.symbol(fee, "witness_update.fee", Asset.Symbol.GOLOS);
    Fields.nonNegative(fee, "witness_update.fee");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(owner).writeString(url).writePublicKey(blockSigningKey);
    props.writeTo(out);
    out.writeAsset(fee);
  }

  static WitnessUpdate readFrom(GrapheneReader in) {
    return new WitnessUpdate(
        in.readString(), in.readString(), in.readPublicKey(), ChainProperties17.readFrom(in),
        in.readAsset());
  }
}
