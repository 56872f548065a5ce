package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ops 41-81: construction refuses what the node would refuse or silently change, naming the field. */
class OperationValidationTest {

  private static final List<FutureExtension> NONE = List.of();
  private static final PaidSubscriptionId SUB = new PaidSubscriptionId("golos-blog", "sponsors", 1);
  private static final PublicKey KEY_A =
      PublicKey.fromString("GLS6uPfiGYyaoLLj3154nu3cSc3742g6JL1EeAmqMdxa6C24ssbwX");
  private static final PublicKey KEY_B =
      PublicKey.fromString("GLS6Nvpar5oUzMhEc2K4W7q6kKWFKEcYc1WxwHF7dQGcvaCx959uk");

  @Test
  void rangesNameTheField() {
    assertThatThrownBy(() -> new WorkerRequestVote("bob", "alice", "p", (short) 10001, NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vote_percent");
    assertThatThrownBy(() -> new NftTransfer(-1, "bob", "carol", "", NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("token_id");
    assertThatThrownBy(() -> new AssetUpdate("alice", "YMUSDT", List.of(), 70000, "", NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fee_percent");
    assertThatThrownBy(() -> new PaidSubscriptionId("app", "name", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
  }

  @Test
  void missingFieldsAreNamed() {
    assertThatThrownBy(() -> new Claim("alice", null, Asset.golos(1), true, NONE))
        .isInstanceOf(NullPointerException.class).hasMessage("to");
    assertThatThrownBy(() -> new PaidSubscriptionDelete("alice", null, NONE))
        .isInstanceOf(NullPointerException.class).hasMessage("oid");
  }

  @Test
  void proposalNeedsAnOperation() {
    TimePointSec t = TimePointSec.parse("2026-02-15T00:00:00");

    assertThatThrownBy(() -> new ProposalCreate("alice", "t", "", t, List.of(), Optional.empty(), NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("proposed_operations is empty");
  }

  @Test
  void setsAreSortedAsTheNodeSortsThemAndDuplicatesRefused() {
    AssetUpdate update = new AssetUpdate("alice", "YMUSDT", List.of("GOLOS", "GBG"), 0, "", NONE);
    ProposalUpdate keys = new ProposalUpdate("alice", "t", List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(KEY_A, KEY_B), List.of(), NONE);

    assertThat(update.symbolsWhitelist()).containsExactly("GBG", "GOLOS");
    assertThat(HexFormat.of().formatHex(keys.keyApprovalsToAdd().get(0).bytes()))
        .isLessThan(HexFormat.of().formatHex(keys.keyApprovalsToAdd().get(1).bytes()));
    assertThatThrownBy(() -> new AssetUpdate("alice", "YMUSDT", List.of("GBG", "GBG"), 0, "", NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("symbols_whitelist lists GBG twice");
  }

  @Test
  void variantsAreSortedByTagAndOnePerTag() {
    AccountSetup setup = new AccountSetup("alice", List.of(
        new AccountSetup.DoNotBotherSetting(true), new AccountSetup.AccountBlockSetting("bob", true)),
        NONE);

    assertThat(setup.settings()).extracting(Variant::tag).containsExactly(0, 1);
    assertThatThrownBy(() -> new AccountSetup("alice", List.of(
        new AccountSetup.AccountBlockSetting("bob", true),
        new AccountSetup.AccountBlockSetting("carol", true)), NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings has two entries of tag 0; the node keeps one per tag");
  }

  @Test
  void accountNamesAreCheckedByTheNodesRules() {
    assertThatThrownBy(() -> new NftCancelOrder("Dave!!", 3, NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("owner \"Dave!!\"");
    assertThatThrownBy(() -> new AssetIssue("alice", Asset.golos(1), "x", NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to \"x\"");
    assertThat(new AssetIssue("alice", Asset.golos(1), "", NONE).to()).isEmpty();
  }

  @Test
  void unknownVariantTagOnTheWireIsNamed() {
    byte[] bytes = writeOf(new LimitOrderCancelEx("alice", 1,
        List.of(new LimitOrderCancelEx.PairToCancel("GOLOS", "GBG", false))));
    // owner "alice" (1 + 5 bytes), orderid (4), count (1), then the tag
    bytes[11] = 5;

    assertThatThrownBy(() -> LimitOrderCancelEx.readFrom(GrapheneReader.of(bytes)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit_order_cancel_ex.extensions: unknown variant tag 5");
  }

  @Test
  void variantObjectKeepsOrderAndRefusesNonScalars() {
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("permlink", "post");
    target.put("author", "bob");
    target.put("n", -2L);
    VariantObject object = new VariantObject(target);
    GrapheneWriter out = new GrapheneWriter();
    object.writeTo(out);

    assertThat(object.entries().keySet()).containsExactly("permlink", "author", "n");
    assertThat(VariantObject.readFrom(GrapheneReader.of(out.toByteArray()))).isEqualTo(object);
    assertThatThrownBy(() -> new VariantObject(Map.of("x", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("variant value of \"x\" must be a string, integer or boolean, got 1.5");
  }

  @Test
  void inviteSecretIsNotPrinted() {
    String wif = "5JhRqMVjknmUc6D1qR1vdh8q5SDpCdVDbBUu6AqsWFW2ueXdDv1";

    assertThat(new InviteClaim("bob", "bob", wif, NONE).toString())
        .doesNotContain(wif).contains("inviteSecret=[redacted]").contains("initiator=bob");
  }

  @Test
  void everyNewOperationIsRegisteredUnderItsId() {
    assertThat(new PaidSubscriptionCancel("bob", "alice", SUB, NONE).id()).isEqualTo(73);
    assertThat(new NftAuction("carol", 1, Asset.golos(1), TimePointSec.parse("2026-02-20T00:00:00"), NONE)
        .name()).isEqualTo("nft_auction");
    assertThat(OperationType.byId(41).wireName()).isEqualTo("account_metadata");
    assertThat(OperationType.byName("nft_auction").id()).isEqualTo(81);
  }

  private static byte[] writeOf(Operation op) {
    GrapheneWriter out = new GrapheneWriter();
    op.writeTo(out);
    return out.toByteArray();
  }
}
