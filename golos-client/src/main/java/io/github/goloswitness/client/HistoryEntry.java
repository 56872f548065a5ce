package io.github.goloswitness.client;

import java.util.Objects;

/**
 * One entry of {@code account_history.get_account_history} (chain-node
 * plugins/account_history/include/golos/plugins/account_history/plugin.hpp {@code history_operations}:
 * a map from the account's sequence number to an applied operation, sent as {@code [[seq, {...}],
 * ...]}).
 *
 * @param sequence the operation's number in this account's history, from 0
 * @param operation the operation and where it was applied
 */
public record HistoryEntry(long sequence, AppliedOperation operation) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null; the message names it
   */
  public HistoryEntry {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence < 0: " + sequence);
    }
    Objects.requireNonNull(operation, "operation");
  }
}
