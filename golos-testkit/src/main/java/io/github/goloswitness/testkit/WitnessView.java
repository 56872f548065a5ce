package io.github.goloswitness.testkit;

import io.github.goloswitness.crypto.ChainProperties17;

/**
 * One witness object at some head (the fields of {@code witness_api_object} the simulation moves).
 *
 * @param owner account name
 * @param signingKey {@code signing_key} as a GLS string (the null key when disabled)
 * @param totalMissed {@code total_missed}
 * @param lastConfirmedBlock {@code last_confirmed_block_num}
 * @param lastAslot {@code last_aslot}
 * @param url {@code url}
 * @param props the chain properties the witness votes for
 * @param runningVersion {@code running_version}: the version of the node that last produced
 */
record WitnessView(
    String owner,
    String signingKey,
    long totalMissed,
    long lastConfirmedBlock,
    long lastAslot,
    String url,
    ChainProperties17 props,
    String runningVersion) {}
