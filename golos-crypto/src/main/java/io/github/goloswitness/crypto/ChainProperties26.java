package io.github.goloswitness.crypto;

/**
 * chain_properties_26: every field of chain_properties_24 ({@code base}, written first), then
 * convert_fee_percent, min_golos_power_to_curate, worker_emission_percent, vesting_of_remain_percent, negrep_posting_window, negrep_posting_per_window (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties26(
    ChainProperties24 base,
    int convertFeePercent,
    Asset minGolosPowerToCurate,
    int workerEmissionPercent,
    int vestingOfRemainPercent,
    int negrepPostingWindow,
    int negrepPostingPerWindow)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties26 {
    Fields.required(base, "base");
    Fields.uint16(convertFeePercent, "convert_fee_percent");
    Fields.required(minGolosPowerToCurate, "min_golos_power_to_curate");
    Fields.uint16(workerEmissionPercent, "worker_emission_percent");
    Fields.uint16(vestingOfRemainPercent, "vesting_of_remain_percent");
    Fields.uint16(negrepPostingWindow, "negrep_posting_window");
    Fields.uint16(negrepPostingPerWindow, "negrep_posting_per_window");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeUint16(convertFeePercent);
    out.writeAsset(minGolosPowerToCurate);
    out.writeUint16(workerEmissionPercent);
    out.writeUint16(vestingOfRemainPercent);
    out.writeUint16(negrepPostingWindow);
    out.writeUint16(negrepPostingPerWindow);
  }

  static ChainProperties26 readFrom(GrapheneReader in) {
    return new ChainProperties26(
        ChainProperties24.readFrom(in),
        in.readUint16(),
        in.readAsset(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readUint16());
  }
}
