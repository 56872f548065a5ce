package io.github.goloswitness.client;

import io.github.goloswitness.crypto.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * golosd's {@code account_api_object} ({@code database_api.get_accounts}): who may sign for the
 * account, and in {@link #state()} its balances, vesting, delegations, proxy and witness votes.
 *
 * @param name {@code name}
 * @param owner {@code owner} authority
 * @param active {@code active} authority (signs {@code witness_update})
 * @param posting {@code posting} authority
 * @param memoKey {@code memo_key}
 * @param state balances, vesting, proxy and votes; empty only when the reply lacks them (a
 *     trimmed fake node; golosd always sends them)
 */
public record Account(
    String name, Authority owner, Authority active, Authority posting, PublicKey memoKey,
    Optional<AccountState> state) {

  /** An account without {@link #state()} (hand-made values, tests). */
  public Account(String name, Authority owner, Authority active, Authority posting, PublicKey memoKey) {
    this(name, owner, active, posting, memoKey, Optional.empty());
  }

  /**
   * Checks that no component is null.
   *
   * @throws NullPointerException if a required component is null; the message names it
   */
  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(memoKey, "memoKey");
    Objects.requireNonNull(state, "state");
  }
}
