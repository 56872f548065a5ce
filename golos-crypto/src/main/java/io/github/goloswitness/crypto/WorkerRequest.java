package io.github.goloswitness.crypto;

/**
 * worker_request (op 50): {@code (author)(permlink)(worker)(required_amount_min)(required_amount_max)(vest_reward)(duration)(extensions)}; posting of author.
 */
@EmptyExtensions
public record WorkerRequest(
    String author,
    String permlink,
    String worker,
    Asset requiredAmountMin,
    Asset requiredAmountMax,
    boolean vestReward,
    long duration) implements Operation {
  public WorkerRequest {
    Fields.required(author, "author");
    Fields.required(permlink, "permlink");
    Fields.required(worker, "worker");
    Fields.required(requiredAmountMin, "required_amount_min");
    Fields.required(requiredAmountMax, "required_amount_max");
    Fields.uint32(duration, "duration");
  }

  @Override
  public void writeTo(GrapheneWriter out) {
    out.writeString(author);
    out.writeString(permlink);
    out.writeString(worker);
    out.writeAsset(requiredAmountMin);
    out.writeAsset(requiredAmountMax);
    out.writeBool(vestReward);
    out.writeUint32(duration);
    Canonical.writeNoExtensions(out);
  }

  static WorkerRequest readFrom(GrapheneReader in) {
    String author = in.readString();
    String permlink = in.readString();
    String worker = in.readString();
    Asset requiredAmountMin = in.readAsset();
    Asset requiredAmountMax = in.readAsset();
    boolean vestReward = in.readBool();
    long duration = in.readUint32();
    Canonical.readNoExtensions(in, "worker_request");
    return new WorkerRequest(author, permlink, worker, requiredAmountMin, requiredAmountMax, vestReward, duration);
  }
}
