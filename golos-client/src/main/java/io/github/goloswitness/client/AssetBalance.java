package io.github.goloswitness.client;

import io.github.goloswitness.crypto.Asset;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's balance in one user-issued asset ({@code database_api.get_accounts_balances}; chain-node
 * plugins/database_api: {@code account_balance_api_object}). Any symbol the node accepts, e.g.
 * {@code YMSTEEM} or {@code YMUSDT.GOLOS}.
 *
 * @param id {@code id}: the balance object's id
 * @param account {@code account}
 * @param balance {@code balance}: liquid
 * @param tipBalance {@code tip_balance}: in the account's TIP balance
 * @param marketBalance {@code market_balance}: locked in open market orders; empty from nodes before
 *     it existed (added after chain-node v0.26.0, upstream commit 1c3a86f8)
 */
public record AssetBalance(long id, String account, Asset balance, Asset tipBalance, Optional<Asset> marketBalance) {

  /** @throws IllegalArgumentException if the three amounts are not of one symbol */
  public AssetBalance {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(tipBalance, "tipBalance");
    Objects.requireNonNull(marketBalance, "marketBalance");
    if (!balance.symbol().equals(tipBalance.symbol())
        || marketBalance.isPresent() && !balance.symbol().equals(marketBalance.get().symbol())) {
      throw new IllegalArgumentException("balances of " + account + " are of different symbols: "
          + balance + ", " + tipBalance + ", " + marketBalance.map(Asset::toString).orElse("-"));
    }
  }

  /** The asset's symbol. */
  public Asset.Symbol symbol() {
    return balance.symbol();
  }
}
