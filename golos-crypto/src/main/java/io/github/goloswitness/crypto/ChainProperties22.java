package io.github.goloswitness.crypto;

/**
 * chain_properties_22: every field of chain_properties_19 ({@code base}, written first), then
 * worker_reward_percent, witness_reward_percent, vesting_reward_percent, worker_request_creation_fee, worker_request_approve_min_percent, sbd_debt_convert_rate, vote_regeneration_per_day, witness_skipping_reset_time, witness_idleness_time, account_idleness_time (chain-node steem_operations.hpp FC_REFLECT_DERIVED order).
 */
public record ChainProperties22(
    ChainProperties19 base,
    int workerRewardPercent,
    int witnessRewardPercent,
    int vestingRewardPercent,
    Asset workerRequestCreationFee,
    int workerRequestApproveMinPercent,
    int sbdDebtConvertRate,
    long voteRegenerationPerDay,
    long witnessSkippingResetTime,
    long witnessIdlenessTime,
    long accountIdlenessTime)
    implements ChainProperties {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public ChainProperties22 {
    Fields.required(base, "base");
    Fields.uint16(workerRewardPercent, "worker_reward_percent");
    Fields.uint16(witnessRewardPercent, "witness_reward_percent");
    Fields.uint16(vestingRewardPercent, "vesting_reward_percent");
    Fields.required(workerRequestCreationFee, "worker_request_creation_fee");
    Fields.uint16(workerRequestApproveMinPercent, "worker_request_approve_min_percent");
    Fields.uint16(sbdDebtConvertRate, "sbd_debt_convert_rate");
    Fields.uint32(voteRegenerationPerDay, "vote_regeneration_per_day");
    Fields.uint32(witnessSkippingResetTime, "witness_skipping_reset_time");
    Fields.uint32(witnessIdlenessTime, "witness_idleness_time");
    Fields.uint32(accountIdlenessTime, "account_idleness_time");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    base.writeTo(out);
    out.writeUint16(workerRewardPercent);
    out.writeUint16(witnessRewardPercent);
    out.writeUint16(vestingRewardPercent);
    out.writeAsset(workerRequestCreationFee);
    out.writeUint16(workerRequestApproveMinPercent);
    out.writeUint16(sbdDebtConvertRate);
    out.writeUint32(voteRegenerationPerDay);
    out.writeUint32(witnessSkippingResetTime);
    out.writeUint32(witnessIdlenessTime);
    out.writeUint32(accountIdlenessTime);
  }

  static ChainProperties22 readFrom(GrapheneReader in) {
    return new ChainProperties22(
        ChainProperties19.readFrom(in),
        in.readUint16(),
        in.readUint16(),
        in.readUint16(),
        in.readAsset(),
        in.readUint16(),
        in.readUint16(),
        in.readUint32(),
        in.readUint32(),
        in.readUint32(),
        in.readUint32());
  }
}
