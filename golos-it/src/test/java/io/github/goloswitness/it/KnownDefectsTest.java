package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.ChainProperties18;
import io.github.goloswitness.crypto.ChainPropertiesUpdate;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.Vote;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Defects of ours the real node showed and this change does not fix (defects-golos-it.md), each
 * asserted as it is today: when one is fixed, its test fails here and moves to the suite proper.
 * No golosd needed.
 */
@Tag("known-defect")
class KnownDefectsTest {

  /**
   * Defect 3: chain properties are not validated like chain-node's chain_properties_18::validate
   * (create_account_min_golos_fee, create_account_min_delegation, min_delegation > 0, ...): the
   * testnet's own median (all 0.000 GOLOS) builds, and the node refuses it ("create_account_min_golos_fee
   * must be >0", EveryOperationTest step "dan votes the testnet's median properties (v30)"). Its
   * bounds differ between mainnet and testnet builds, which is why the library leaves them to the node.
   */
  @Test
  void chainPropertiesTheNodeRefusesAreSigned() {
    ChainProperties18 zeroFees = new ChainProperties18(new ChainProperties17(Asset.golos(0), 131072, 1000),
        Asset.golos(0), Asset.golos(0), 86400, Asset.golos(0));
    assertThatCode(() -> new ChainPropertiesUpdate("dan", zeroFees)).doesNotThrowAnyException();
  }

  /**
   * Defect 4: an operation that needs no authority (report_over_production; the node refuses any
   * signature on it: tx_irrelevant_sig) cannot go through Transaction.sign / signAndBroadcast,
   * which need a key; it goes unsigned through prepareTransaction and broadcastTransactionSynchronous.
   */
  @Test
  void aTransactionNeedingNoSignatureCannotBeSigned() {
    Transaction tx = new Transaction(1, 1, TimePointSec.parse("2026-12-06T00:00:00"),
        List.of(new Vote("dan", "dan", "p", (short) 1)));
    assertThatThrownBy(() -> tx.sign(ChainId.GOLOS_MAINNET)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one key");
  }
}
