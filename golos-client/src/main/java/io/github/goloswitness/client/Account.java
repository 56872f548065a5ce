package io.github.goloswitness.client;

import io.github.goloswitness.crypto.PublicKey;
import java.util.Objects;

/**
 * The parts of golosd's {@code account_api_object} ({@code database_api.get_accounts}) that say
 * who may sign for the account.
 *
 * @param name {@code name}
 * @param owner {@code owner} authority
 * @param active {@code active} authority (signs {@code witness_update})
 * @param posting {@code posting} authority
 * @param memoKey {@code memo_key}
 */
public record Account(String name, Authority owner, Authority active, Authority posting, PublicKey memoKey) {

  public Account {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(posting, "posting");
    Objects.requireNonNull(memoKey, "memoKey");
  }
}
