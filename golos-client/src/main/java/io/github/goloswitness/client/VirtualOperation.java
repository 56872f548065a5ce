package io.github.goloswitness.client;

/**
 * An operation the chain applies by itself (rewards, fills, payouts), seen in history and
 * {@code get_ops_in_block}, never signed: read-only values decoded from the node's JSON
 * {@code ["producer_reward", {...}]}. The common ones are records; any other, including one a
 * future hardfork adds, is an {@link OtherVirtualOperation} with its fields as JSON text.
 */
public sealed interface VirtualOperation
    permits FillConvertRequest,
        AuthorReward,
        CurationReward,
        Interest,
        FillVestingWithdraw,
        ShutdownWitness,
        FillTransferFromSavings,
        Hardfork,
        ReturnVestingDelegation,
        ProducerReward,
        InternalTransfer,
        OtherVirtualOperation {

  /** The tag in the node's {@code operation} static_variant (82 and up). */
  default int id() {
    return VirtualOperationType.of(getClass()).id();
  }

  /** The node's JSON name. */
  default String name() {
    return VirtualOperationType.of(getClass()).wireName();
  }
}
