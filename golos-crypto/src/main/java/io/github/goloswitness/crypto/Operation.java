package io.github.goloswitness.crypto;

/**
 * An operation we can sign. Each is a record whose components are the node's fields in FC_REFLECT
 * order (JSON name = component name in snake_case, or {@link WireName}). Adding one = a record that
 * implements this interface, one line in {@link OperationType}, and a test vector. An operation
 * this library has no record for (a hardfork's new one) is a {@link RawOperation}.
 */
public sealed interface Operation
    permits Vote,
        Comment,
        Transfer,
        TransferToVesting,
        WithdrawVesting,
        LimitOrderCreate,
        LimitOrderCancel,
        FeedPublish,
        Convert,
        AccountCreate,
        AccountUpdate,
        WitnessUpdate,
        AccountWitnessVote,
        AccountWitnessProxy,
        Custom,
        ReportOverProduction,
        DeleteComment,
        CustomJson,
        CommentOptions,
        SetWithdrawVestingRoute,
        LimitOrderCreate2,
        ChallengeAuthority,
        ProveAuthority,
        RequestAccountRecovery,
        RecoverAccount,
        ChangeRecoveryAccount,
        EscrowTransfer,
        EscrowDispute,
        EscrowRelease,
        EscrowApprove,
        TransferToSavings,
        TransferFromSavings,
        CancelTransferFromSavings,
        CustomBinary,
        DeclineVotingRights,
        ResetAccount,
        SetResetAccount,
        DelegateVestingShares,
        AccountCreateWithDelegation,
        ChainPropertiesUpdate,
        AccountMetadata,
        ProposalCreate,
        ProposalUpdate,
        ProposalDelete,
        BreakFreeReferral,
        DelegateVestingSharesWithInterest,
        RejectVestingSharesDelegation,
        TransitToCyberway,
        WorkerRequest,
        WorkerRequestDelete,
        WorkerRequestVote,
        Claim,
        Donate,
        TransferToTip,
        TransferFromTip,
        Invite,
        InviteClaim,
        AccountCreateWithInvite,
        AssetCreate,
        AssetUpdate,
        AssetIssue,
        AssetTransfer,
        OverrideTransfer,
        InviteDonate,
        InviteTransfer,
        LimitOrderCancelEx,
        AccountSetup,
        PaidSubscriptionCreate,
        PaidSubscriptionUpdate,
        PaidSubscriptionDelete,
        PaidSubscriptionTransfer,
        PaidSubscriptionCancel,
        NftCollection,
        NftCollectionDelete,
        NftIssue,
        NftTransfer,
        NftSell,
        NftBuy,
        NftCancelOrder,
        NftAuction,
        RawOperation {

  /** The tag of this operation in golosd's {@code operation} static_variant. */
  default int id() {
    return OperationType.of(getClass()).id();
  }

  /** The node's JSON name, e.g. {@code "witness_update"}. */
  default String name() {
    return OperationType.of(getClass()).wireName();
  }

  /** Writes the fields (not the tag) in fc::raw. */
  void writeTo(GrapheneWriter out);
}
