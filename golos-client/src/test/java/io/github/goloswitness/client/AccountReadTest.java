package io.github.goloswitness.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** get_accounts: authorities plus balances, savings, vesting, delegations, proxy and votes. */
class AccountReadTest {

  private FakeGolosd node;
  private GolosClient client;

  @BeforeEach
  void setUp() throws Exception {
    node = FakeGolosd.start();
    client = GolosClient.builder(List.of(node.uri())).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
    node.close();
  }

  @Test
  void readsBalancesVestingAndVotes() throws Exception {
    node.fixture("get_accounts");

    Account a = client.getAccounts(List.of("alpha-wit")).get(0);

    assertThat(a.active().keyAuths()).containsKey(PublicKey.fromString("GLS6HW6VGF95uTSwBxDqGMYAVZ1upPySoQwapwazCmwu5zCdRnYZu"));
    AccountState s = a.state().orElseThrow();
    assertThat(s.balance()).isEqualTo(Asset.parse("1234.567 GOLOS"));
    assertThat(s.savingsBalance()).isEqualTo(Asset.parse("10.000 GOLOS"));
    assertThat(s.sbdBalance()).isEqualTo(Asset.parse("5.432 GBG"));
    assertThat(s.savingsSbdBalance()).isEqualTo(Asset.parse("1.000 GBG"));
    assertThat(s.vestingShares()).isEqualTo(Asset.parse("5000000.000000 GESTS"));
    assertThat(s.effectiveVestingShares()).isEqualTo(4_250_000_000_000L);
    assertThat(s.vestingWithdrawRate()).contains(Asset.parse("0.000000 GESTS"));
    assertThat(s.nextVestingWithdrawal()).contains(Instant.parse("1969-12-31T23:59:59Z"));
    assertThat(s.proxy()).isEmpty();
    assertThat(s.recoveryAccount()).isEqualTo("cyberfounder");
    assertThat(s.witnessesVotedFor()).isEqualTo(2);
    assertThat(s.witnessVotes()).containsExactly("alpha-wit", "bravo-wit");
    assertThat(s.proxiedVsfVotes()).containsExactly(0L, 0L, 0L, 0L);
    assertThat(Fixtures.parse(node.requests().get(0)).get("params"))
        .isEqualTo(Fixtures.request("get_accounts").get("params"));
  }

  @Test
  void aBalanceInTheWrongAssetIsNamed() throws Exception {
    ArrayNode result = (ArrayNode) Fixtures.response("get_accounts").get("result").deepCopy();
    ((ObjectNode) result.get(0)).put("sbd_balance", "5.432 GOLD");
    node.result("database_api", "get_accounts", result.toString());

    assertThatThrownBy(() -> client.getAccounts(List.of("alpha-wit")))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("sbd_balance");
  }
}
