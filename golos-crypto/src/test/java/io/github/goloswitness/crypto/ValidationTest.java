package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The node's validate() rules, checked when a record is built; each error names the field. */
class ValidationTest {

  private static final PublicKey KEY =
      PublicKey.fromString("GLS5RuaG4iYE25ySUsDSUWG7qXP4nc6kLHRCYg4yuC7no74C4RKX3");
  private static final PublicKey OTHER =
      PublicKey.fromString("GLS8Yp7XYQymkdVfjuJcVQbiNB6Ky7un6fbPg7fJbPrvcfP4rYzw4");

  @ParameterizedTest
  @ValueSource(strings = {"abc", "alice", "bob-1", "a1b", "golos.app", "abc.def.ghi",
      "sixteen-chars-ok"})
  void validAccountNames(String name) {
    assertThatCode(() -> new AccountWitnessProxy(name, "")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Dave!!|each part must start with a letter a-z",
    "ab|length must be 3 to 16",
    "seventeen-chars-x|length must be 3 to 16",
    "dave!!|each part must end with a letter a-z or a digit",
    "da!ve|only a-z, 0-9, '-' and '.' are allowed",
    "golos.io|each dot-separated part needs at least 3 characters",
    "Alice|each part must start with a letter a-z",
    "1abc|each part must start with a letter a-z",
    "abc-|each part must end with a letter a-z or a digit",
    "abc.de|each dot-separated part needs at least 3 characters",
    "abc..def|each dot-separated part needs at least 3 characters",
  })
  void invalidAccountNamesAreNamed(String name, String problem) {
    assertThatThrownBy(() -> new AccountWitnessVote(name, "bob", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account \"" + name + "\" is not a valid account name: " + problem);
  }

  @Test
  void voteWeightIsBounded() {
    assertThatThrownBy(() -> new Vote("alice", "bob", "post", (short) 20000))
        .hasMessage("vote.weight out of [-10000, 10000]: 20000");
    assertThatThrownBy(() -> new Vote("alice", "bob", "post", (short) -10001))
        .hasMessage("vote.weight out of [-10000, 10000]: -10001");
    assertThat(new Vote("alice", "bob", "post", (short) -10000).weight()).isEqualTo((short) -10000);
    assertThatThrownBy(() -> new Vote("alice", "bob", "p".repeat(256), (short) 1))
        .hasMessage("permlink is 256 bytes, more than 255");
  }

  @Test
  void amountsMustBePositiveOrNonNegativeWhereTheNodeSaysSo() {
    assertThatThrownBy(() -> new Transfer("alice", "bob", Asset.parse("-0.005 GOLOS"), ""))
        .hasMessage("transfer.amount must be positive: -0.005 GOLOS");
    assertThatThrownBy(() -> new Transfer("alice", "bob", Asset.golos(0), ""))
        .hasMessage("transfer.amount must be positive: 0.000 GOLOS");
    assertThatThrownBy(() -> new Transfer("alice", "bob", Asset.golos(1), "m".repeat(2048)))
        .hasMessage("memo is 2048 bytes, more than 2047");
    assertThatThrownBy(() -> new TransferToVesting("alice", "", Asset.parse("1.000 GBG")))
        .hasMessage("transfer_to_vesting.amount must be GOLOS: 1.000 GBG");
    assertThatThrownBy(() -> new WithdrawVesting("alice", Asset.parse("-1.000000 GESTS")))
        .hasMessage("withdraw_vesting.vesting_shares must not be negative: -1.000000 GESTS");
    assertThat(new WithdrawVesting("alice", Asset.parse("0.000000 GESTS")).vestingShares().amount())
        .isZero();
    assertThatThrownBy(() -> new DelegateVestingShares("alice", "bob", Asset.golos(1)))
        .hasMessage("delegate_vesting_shares.vesting_shares must be GESTS: 0.001 GOLOS");
    assertThatThrownBy(() -> new TransferToSavings("alice", "bob", Asset.parse("1.000000 GESTS"), ""))
        .hasMessage("transfer_to_savings.amount must be GOLOS or GBG: 1.000000 GESTS");
  }

  @Test
  void aTransactionNeedsAnOperation() {
    assertThatThrownBy(() -> new Transaction(1, 2, new TimePointSec(0), List.of()))
        .hasMessage("transaction.operations must not be empty");
  }

  @Test
  void percentsAndSizesAreBounded() {
    assertThatThrownBy(() -> new SetWithdrawVestingRoute("alice", "bob", 10001, false))
        .hasMessage("set_withdraw_vesting_route.percent out of [0, 10000]: 10001");
    assertThatThrownBy(() -> new CommentOptions("alice", "p", Asset.parse("1.000 GBG"), 10001,
        true, true, List.of()))
        .hasMessage("comment_options.percent_steem_dollars out of [0, 10000]: 10001");
    assertThatThrownBy(() -> new CustomJson(List.of(), List.of("alice"), "x".repeat(33), "{}"))
        .hasMessage("custom_json.id is 33 bytes, more than 32");
    assertThatThrownBy(() -> new CustomJson(List.of(), List.of(), "follow", "{}"))
        .hasMessageContaining("at least one of required_auths and required_posting_auths");
    assertThatThrownBy(() -> new Comment("", "golos", "alice", "p", "t", "", "{}"))
        .hasMessage("comment.body must not be empty");
    assertThatThrownBy(() -> new LimitOrderCreate("alice", 1, Asset.golos(1), Asset.golos(2), false,
        new TimePointSec(0)))
        .hasMessageContaining("same symbol GOLOS");
  }

  @Test
  void authorityMapsAreSortedLikeTheNodeAndRefuseDuplicates() {
    Authority auth = new Authority(1,
        List.of(new Authority.AccountAuth("carol", 1), new Authority.AccountAuth("bob", 1)),
        List.of(new Authority.KeyAuth(OTHER, 1), new Authority.KeyAuth(KEY, 1)));

    assertThat(auth.accountAuths()).extracting(Authority.AccountAuth::account)
        .containsExactly("bob", "carol");
    // compressed key bytes: 02… before 03…
    assertThat(auth.keyAuths()).extracting(Authority.KeyAuth::key)
        .isSortedAccordingTo((a, b) -> java.util.Arrays.compareUnsigned(a.bytes(), b.bytes()));
    assertThatThrownBy(() -> new Authority(1, List.of(), List.of(new Authority.KeyAuth(KEY, 1),
        new Authority.KeyAuth(KEY, 2))))
        .hasMessage("key_auths lists " + KEY + " twice");
    assertThatThrownBy(() -> new Authority(1,
        List.of(new Authority.AccountAuth("bob", 1), new Authority.AccountAuth("bob", 2)), List.of()))
        .hasMessage("account_auths lists bob twice");
    assertThatThrownBy(() -> new Authority.KeyAuth(KEY, 70000))
        .hasMessage("key_auths.weight must be a uint16, got 70000");
    AccountUpdate update = new AccountUpdate("alice", Optional.of(auth), Optional.empty(),
        Optional.empty(), KEY, "");
    GrapheneWriter out = new GrapheneWriter();
    update.writeTo(out);
    assertThat(AccountUpdate.readFrom(GrapheneReader.of(out.toByteArray()))).isEqualTo(update);
  }

  @Test
  void beneficiariesFollowTheNodeRules() {
    var bob = new CommentOptionsExtension.BeneficiaryRoute("bob", 6000);
    var carol = new CommentOptionsExtension.BeneficiaryRoute("carol", 5000);
    assertThatThrownBy(() -> new CommentOptionsExtension.Beneficiaries(List.of(carol, bob)))
        .hasMessage("beneficiaries must be sorted by account and unique: carol before bob");
    assertThatThrownBy(() -> new CommentOptionsExtension.Beneficiaries(List.of(bob, carol)))
        .hasMessage("beneficiaries total weight out of [0, 10000]: 11000");
    assertThatThrownBy(() -> new CommentOptionsExtension.BeneficiaryRoute("bob", 0))
        .hasMessage("beneficiaries.weight out of [1, 10000]: 0");
    assertThat(new CommentOptionsExtension.Beneficiaries(List.of(bob)).tag()).isZero();
    assertThat(new CommentOptionsExtension.DecryptFee(Asset.golos(1)).tag()).isEqualTo(3);
  }

  @Test
  void voidExtensionsRoundTripAsTheNodeAcceptsThem() {
    RequestAccountRecovery op = new RequestAccountRecovery("alice", "bob", Authority.ofKey(KEY),
        List.of(new FutureExtension.Void()));
    GrapheneWriter out = new GrapheneWriter();
    op.writeTo(out);
    byte[] bytes = out.toByteArray();

    // count 1, tag 0, no fields
    assertThat(java.util.Arrays.copyOfRange(bytes, bytes.length - 2, bytes.length))
        .containsExactly(1, 0);
    assertThat(RequestAccountRecovery.readFrom(GrapheneReader.of(bytes))).isEqualTo(op);
    byte[] unknownTag = bytes.clone();
    unknownTag[unknownTag.length - 1] = 1;
    assertThatThrownBy(() -> RequestAccountRecovery.readFrom(GrapheneReader.of(unknownTag)))
        .hasMessage("extensions: unknown future_extensions tag 1");
  }

  @Test
  void rawOperationNeedsBytesToBeSigned() {
    RawOperation json = RawOperation.ofJson(-1, "future_op", "{}");
    Transaction tx = new Transaction(1, 2, new TimePointSec(0), List.of(json));
    assertThatThrownBy(tx::toBytes).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operation future_op is not known to this library and has no fc::raw bytes;"
            + " give them with RawOperation.withBytes");
    Transaction proposal = new Transaction(1, 2, new TimePointSec(0), List.of(new ProposalCreate("alice", "t", "",
        new TimePointSec(100), List.of(new ProposedOperation(json)), Optional.empty(), List.of())));
    assertThatThrownBy(proposal::toBytes).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("operation future_op is not known to this library and has no fc::raw bytes");
    RawOperation signable = json.withBytes(99, new byte[] {1, 2});
    assertThat(signable.id()).isEqualTo(99);
    assertThat(new Transaction(1, 2, new TimePointSec(0), List.of(signable)).toBytes())
        .endsWith(1, 99, 1, 2, 0);
    assertThatThrownBy(() -> RawOperation.ofJson(-1, null, "{}"))
        .hasMessage("raw operation needs a name or an id");
  }
}
