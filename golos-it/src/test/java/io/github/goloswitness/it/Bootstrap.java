package io.github.goloswitness.it;

import io.github.goloswitness.crypto.AccountCreate;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.FeedPublish;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.Transfer;
import io.github.goloswitness.crypto.TransferToVesting;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.io.IOException;
import java.util.List;

/**
 * Brings a fresh testnet to the suite's starting point, every byte through our library (so the
 * node validates it): accounts {@code alpha} (the witness under test) and {@code bravo} (keeps the
 * chain going while alpha is down), their funds, their witness_update and the votes. alpha votes
 * for itself as well, so it is the one top-voted witness (testnet: 1 voted + 2 timeshare slots per
 * round, chain-node database.cpp update_witness_schedule4), and cyberfounder and bravo share the
 * rest.
 */
final class Bootstrap {
  static final String ALPHA = "alpha";
  static final String BRAVO = "bravo";
  static final String FOUNDER = "cyberfounder";
  /** alpha's first feed, published by the bootstrap: 0.490 GBG per GOLOS. */
  static final Price INITIAL_FEED = new Price(Asset.of("4.900", Asset.Symbol.GBG), Asset.of("10.000", Asset.Symbol.GOLOS));

  private Bootstrap() {}

  /** Creates {@code name} with the suite's keys for it, paid by cyberfounder. */
  static AccountCreate account(String name) {
    return new AccountCreate(Asset.golos(0), FOUNDER, name, Keys.authority(name, "owner"),
        Keys.authority(name, "active"), Keys.authority(name, "posting"), Keys.memo(name), "");
  }

  static WitnessUpdate witnessUpdate(String owner, PublicKey signingKey) {
    return new WitnessUpdate(owner, "https://" + owner + ".golos-it.example", signingKey,
        new ChainProperties17(Asset.golos(0), 131072, 1000), Asset.golos(0));
  }

  /**
   * Runs each step whose result is not on chain yet (so a kept network whose bootstrap failed
   * half-way can be finished). bravo gets vesting too: a signer without any is refused
   * ("Account exceeded maximum allowed bandwidth per vesting share").
   */
  static void run(Chain chain, PublicKey alphaKey, PublicKey bravoKey) throws IOException {
    if (chain.raw("database_api", "get_accounts", List.of(ALPHA)).isEmpty()) {
      chain.broadcast(List.<Operation>of(
          account(ALPHA), account(BRAVO),
          new Transfer(FOUNDER, ALPHA, Asset.golos(1_000_000), ""),
          new Transfer(FOUNDER, BRAVO, Asset.golos(1_000_000), ""),
          new TransferToVesting(FOUNDER, ALPHA, Asset.golos(10_000_000)),
          new TransferToVesting(FOUNDER, BRAVO, Asset.golos(1_000_000))), Keys.init());
    }
    if (chain.raw("database_api", "get_accounts", List.of(BRAVO)).path(0).path("vesting_shares").asText()
        .startsWith("0.000000 ")) {
      chain.broadcast(List.of(new TransferToVesting(FOUNDER, BRAVO, Asset.golos(1_000_000))), Keys.init());
    }
    if (chain.raw("witness_api", "get_witness_by_account", ALPHA).isNull()) {
      chain.broadcast(List.<Operation>of(
          witnessUpdate(ALPHA, alphaKey), witnessUpdate(BRAVO, bravoKey),
          new AccountWitnessVote(ALPHA, ALPHA, true)), Keys.active(ALPHA), Keys.active(BRAVO));
    }
    if (chain.raw("witness_api", "get_witness_by_account", ALPHA).path("last_sbd_exchange_update").asText()
        .startsWith("1970")) {
      // a fresh feed before the daemons start, at a price none of them reads: so only the producer
      // (whose price differs) publishes, and the backups, seeing a fresh feed, do not
      chain.broadcast(List.of(new FeedPublish(ALPHA, INITIAL_FEED)), Keys.active(ALPHA));
    }
    if (!chain.raw("database_api", "get_accounts", List.of(FOUNDER)).path(0).path("witness_votes").toString()
        .contains("\"" + ALPHA + "\"")) {
      chain.broadcast(List.<Operation>of(
          new AccountWitnessVote(FOUNDER, ALPHA, true), new AccountWitnessVote(FOUNDER, BRAVO, true)),
          Keys.init());
    }
  }
}
