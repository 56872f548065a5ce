package io.github.goloswitness.crypto;

/**
 * chain_properties_17, the props of witness_update and version 0 of chain_properties_update
 * ({@code FC_REFLECT(chain_properties_17, (account_creation_fee)(maximum_block_size)
 * (sbd_interest_rate))}).
 *
 * @param accountCreationFee GOLOS
 * @param maximumBlockSize bytes, uint32
 * @param sbdInterestRate basis points, uint16
 */
public record ChainProperties17(Asset accountCreationFee, long maximumBlockSize, int sbdInterestRate)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties17 {
    Fields.required(accountCreationFee, "account_creation_fee");
    Fields.uint32(maximumBlockSize, "maximum_block_size");
    Fields.uint16(sbdInterestRate, "sbd_interest_rate");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeAsset(accountCreationFee).writeUint32(maximumBlockSize).writeUint16(sbdInterestRate);
  }

  static ChainProperties17 readFrom(GrapheneReader in) {
    return new ChainProperties17(in.readAsset(), in.readUint32(), in.readUint16());
  }
}
