package io.github.goloswitness.it;

import static io.github.goloswitness.it.OpPlan.active;
import static io.github.goloswitness.it.OpPlan.golos;
import static io.github.goloswitness.it.OpPlan.owner;
import static io.github.goloswitness.it.OpPlan.posting;
import static io.github.goloswitness.it.OpStep.Expect.accepted;
import static io.github.goloswitness.it.OpStep.Expect.refused;

import io.github.goloswitness.crypto.AccountCreate;
import io.github.goloswitness.crypto.AccountMetadata;
import io.github.goloswitness.crypto.AccountSetup;
import io.github.goloswitness.crypto.AccountUpdate;
import io.github.goloswitness.crypto.AccountWitnessProxy;
import io.github.goloswitness.crypto.AccountWitnessVote;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.BreakFreeReferral;
import io.github.goloswitness.crypto.Bytes;
import io.github.goloswitness.crypto.ChallengeAuthority;
import io.github.goloswitness.crypto.ChangeRecoveryAccount;
import io.github.goloswitness.crypto.Custom;
import io.github.goloswitness.crypto.CustomBinary;
import io.github.goloswitness.crypto.CustomJson;
import io.github.goloswitness.crypto.DeclineVotingRights;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.ProveAuthority;
import io.github.goloswitness.crypto.RecoverAccount;
import io.github.goloswitness.crypto.ReportOverProduction;
import io.github.goloswitness.crypto.RequestAccountRecovery;
import io.github.goloswitness.crypto.ResetAccount;
import io.github.goloswitness.crypto.SetResetAccount;
import io.github.goloswitness.crypto.SignedBlockHeader;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transfer;
import io.github.goloswitness.crypto.TransferToVesting;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, authorities, recovery, witness votes and the custom operations. Phase 1-2 create and
 * fund the plan's accounts (ann, bob, cat, dan), the other areas build on them.
 */
final class AccountSteps {
  private AccountSteps() {}

  static void add(OpPlan p) {
    String f = Bootstrap.FOUNDER;
    PrivateKey init = Keys.init();
    for (String a : List.of(p.ann, p.bob, p.cat, p.dan)) {
      p.add(1, "create " + a, OperationType.ACCOUNT_CREATE, accepted(), () -> new AccountCreate(Asset.golos(0), f, a,
          Keys.authority(a, "owner"), Keys.authority(a, "active"), Keys.authority(a, "posting"), Keys.memo(a), ""), init);
      p.add(2, "fund " + a, OperationType.TRANSFER, accepted(),
          () -> new Transfer(f, a, golos("200000.000"), "golos-it " + p.tag), init);
      p.add(2, "vest " + a, OperationType.TRANSFER_TO_VESTING, accepted(),
          () -> new TransferToVesting(f, a, golos("100000.000")), init);
    }
    String ann = p.ann;
    String bob = p.bob;
    String cat = p.cat;
    String dan = p.dan;

    // phase 3: ann's owner moves to owner2, so the first owner is in her owner history (recover_account needs it)
    p.add(3, "ann: new owner key", OperationType.ACCOUNT_UPDATE, accepted(), () -> new AccountUpdate(ann,
        Optional.of(Keys.authority(ann, "owner2")), Optional.empty(), Optional.empty(), Keys.memo(ann), ""),
        owner(ann));
    p.add(3, "ann: profile", OperationType.ACCOUNT_METADATA, accepted(),
        () -> new AccountMetadata(ann, "{\"profile\":{\"name\":\"Ann\"}}"), posting(ann));
    p.add(3, "ann blocks cat", OperationType.ACCOUNT_SETUP, accepted(), () -> new AccountSetup(ann,
        List.of(new AccountSetup.AccountBlockSetting(cat, true)), List.of()), posting(ann));
    p.add(3, "bob votes alpha", OperationType.ACCOUNT_WITNESS_VOTE, accepted(),
        () -> new AccountWitnessVote(bob, Bootstrap.ALPHA, true), active(bob));
    p.add(3, "cat's votes by proxy dan", OperationType.ACCOUNT_WITNESS_PROXY, accepted(),
        () -> new AccountWitnessProxy(cat, dan), active(cat));
    p.add(3, "ann: custom 777", OperationType.CUSTOM, accepted(),
        () -> new Custom(List.of(ann), 777, Bytes.fromHex("deadbeef00")), active(ann));
    p.add(3, "ann follows bob", OperationType.CUSTOM_JSON, accepted(), () -> new CustomJson(List.of(), List.of(ann),
        "follow", "[\"follow\",{\"follower\":\"" + ann + "\",\"following\":\"" + bob + "\",\"what\":[\"blog\"]}]"),
        posting(ann));
    p.add(3, "ann: custom_binary", OperationType.CUSTOM_BINARY, accepted(), () -> new CustomBinary(List.of(),
        List.of(ann), List.of(), List.of(), "golos-it", Bytes.fromHex("0102030405")), active(ann));
    p.add(3, "bob: recovery by cat", OperationType.CHANGE_RECOVERY_ACCOUNT, accepted(),
        () -> new ChangeRecoveryAccount(bob, cat, List.of()), owner(bob));
    p.add(3, "dan declines voting", OperationType.DECLINE_VOTING_RIGHTS, accepted(),
        () -> new DeclineVotingRights(dan, true), owner(dan));
    p.add(3, "ann challenges bob", OperationType.CHALLENGE_AUTHORITY,
        refused("Challenge authority operation is currently disabled"),
        () -> new ChallengeAuthority(ann, bob, false), active(ann));
    p.add(3, "ann proves her authority", OperationType.PROVE_AUTHORITY,
        refused("Account is not challeneged"), () -> new ProveAuthority(ann, false), active(ann));
    p.add(3, "ann resets bob", OperationType.RESET_ACCOUNT, refused("Reset Account Operation is currently disabled"),
        () -> new ResetAccount(ann, bob, Keys.authority(bob, "owner2")), active(ann));
    p.add(3, "bob: reset account cat", OperationType.SET_RESET_ACCOUNT,
        refused("Set Reset Account Operation is currently disabled"),
        () -> new SetResetAccount(bob, "null", cat), owner(bob));
    p.add(3, "ann reports double production", OperationType.REPORT_OVER_PRODUCTION,
        refused("report_over_production_operation is disabled"), () -> doubleProduction(p));
    p.add(3, "ann breaks free of a referrer", OperationType.BREAK_FREE_REFERRAL, refused("Missing account"),
        () -> new BreakFreeReferral(ann, List.of()), active(ann));

    // phase 4: cyberfounder (ann's recovery account, her creator) asks for a new owner
    p.add(4, "recovery of ann requested", OperationType.REQUEST_ACCOUNT_RECOVERY, accepted(),
        () -> new RequestAccountRecovery(f, ann, Keys.authority(ann, "owner3"), List.of()), init);
    // phase 5: ann proves the owner she had before (now in her owner history) and takes owner3
    p.add(5, "ann recovers with owner3", OperationType.RECOVER_ACCOUNT, accepted(),
        () -> new RecoverAccount(ann, Keys.authority(ann, "owner3"), Keys.authority(ann, "owner"), List.of()),
        Keys.of(ann, "owner3"), owner(ann));
  }

  /**
   * Two headers for one slot signed by one key (any key: the operation is disabled since HF4). It
   * needs no authority, so the node refuses any signature on it ("Unnecessary signature(s)"): sent
   * unsigned (no keys).
   */
  private static ReportOverProduction doubleProduction(OpPlan p) {
    PrivateKey key = Keys.of(p.ann, "signing");
    TimePointSec slot = p.in(0);
    return new ReportOverProduction(p.ann, header(slot, "11", key), header(slot, "22", key));
  }

  private static SignedBlockHeader header(TimePointSec time, String root, PrivateKey key) {
    Bytes previous = Bytes.fromHex("00".repeat(20));
    Bytes merkle = Bytes.fromHex(root.repeat(20));
    SignedBlockHeader unsigned = new SignedBlockHeader(previous, time, Bootstrap.ALPHA, merkle, List.of(),
        key.sign(new byte[32]));
    return new SignedBlockHeader(previous, time, Bootstrap.ALPHA, merkle, List.of(), key.sign(unsigned.digest()));
  }

}
