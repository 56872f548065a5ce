package io.github.goloswitness.crypto;

import java.util.List;

/**
 * worker_request (op 50): {@code (author)(permlink)(worker)(required_amount_min)(required_amount_max)(vest_reward)(duration)(extensions)}; posting of author.
 */
public record WorkerRequest(
    String author,
    String permlink,
    String worker,
    Asset requiredAmountMin,
    Asset requiredAmountMax,
    boolean vestReward,
    long duration,
    List<FutureExtension> extensions) implements Operation {
  /**
   * Checks the fields, following the node's {@code validate()} for this operation, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public WorkerRequest {
    Fields.account(author, "author");
    Fields.required(permlink, "permlink");
    Fields.account(worker, "worker");
    Fields.required(requiredAmountMin, "required_amount_min");
    Fields.required(requiredAmountMax, "required_amount_max");
    Fields.uint32(duration, "duration");
    extensions = List.copyOf(Fields.required(extensions, "extensions"));
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
    out.writeVariants(extensions);
  }

  static WorkerRequest readFrom(GrapheneReader in) {
    String author = in.readString();
    String permlink = in.readString();
    String worker = in.readString();
    Asset requiredAmountMin = in.readAsset();
    Asset requiredAmountMax = in.readAsset();
    boolean vestReward = in.readBool();
    long duration = in.readUint32();
    List<FutureExtension> extensions = FutureExtension.readAll(in);
    return new WorkerRequest(author, permlink, worker, requiredAmountMin, requiredAmountMax, vestReward, duration, extensions);
  }
}
