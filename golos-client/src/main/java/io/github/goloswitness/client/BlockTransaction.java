package io.github.goloswitness.client;

import io.github.goloswitness.crypto.SignedTransaction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction of a {@link Block}, typed as far as this library can: {@link Block#readTransactions()}
 * never fails for a whole block.
 *
 * @param index position in the block ({@code trx_in_block})
 * @param json the transaction as the node sent it
 * @param operations each operation's JSON as the node sent it, e.g. {@code ["pow2",{...}]}; empty
 *     only if the transaction has no readable {@code operations} array
 * @param typed the transaction read by {@link TransactionJson#readSigned(String)}; empty if it holds
 *     what that cannot read (an unknown field, a malformed value)
 * @param id the transaction id (40 hex chars) as golosd computes it; empty when not computable: the
 *     transaction is not typed, or holds an operation without an fc::raw form here (a
 *     {@link io.github.goloswitness.crypto.RawOperation} such as {@code pow2} or one newer than this
 *     library)
 * @param problem why {@code typed} or {@code id} is empty, naming the JSON path; empty otherwise
 */
public record BlockTransaction(
    int index,
    String json,
    List<String> operations,
    Optional<SignedTransaction> typed,
    Optional<String> id,
    Optional<String> problem) {

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public BlockTransaction {
    if (index < 0) {
      throw new IllegalArgumentException("index < 0: " + index);
    }
    Objects.requireNonNull(json, "json");
    operations = List.copyOf(operations);
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(problem, "problem");
    if (id.isPresent() && typed.isEmpty()) {
      throw new IllegalArgumentException("an id without a typed transaction");
    }
    if (problem.isPresent() == id.isPresent()) {
      throw new IllegalArgumentException("exactly one of id and problem");
    }
  }
}
