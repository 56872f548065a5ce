package io.github.goloswitness.it;

import static io.github.goloswitness.it.OpPlan.active;
import static io.github.goloswitness.it.OpPlan.gbg;
import static io.github.goloswitness.it.OpPlan.golos;
import static io.github.goloswitness.it.OpPlan.posting;
import static io.github.goloswitness.it.OpStep.Expect.accepted;
import static io.github.goloswitness.it.OpStep.Expect.refused;

import io.github.goloswitness.crypto.AccountCreateWithDelegation;
import io.github.goloswitness.crypto.AccountCreateWithInvite;
import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.ChainPropertiesUpdate;
import io.github.goloswitness.crypto.FeedPublish;
import io.github.goloswitness.crypto.Invite;
import io.github.goloswitness.crypto.InviteClaim;
import io.github.goloswitness.crypto.InviteDonate;
import io.github.goloswitness.crypto.InviteTransfer;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.ProposalCreate;
import io.github.goloswitness.crypto.ProposalDelete;
import io.github.goloswitness.crypto.ProposalUpdate;
import io.github.goloswitness.crypto.ProposedOperation;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.TransitToCyberway;
import io.github.goloswitness.crypto.Transfer;
import io.github.goloswitness.crypto.WitnessUpdate;
import io.github.goloswitness.crypto.WorkerRequest;
import io.github.goloswitness.crypto.WorkerRequestDelete;
import io.github.goloswitness.crypto.WorkerRequestVote;
import java.util.List;
import java.util.Optional;

/**
 * A witness that is never scheduled (dan, null signing key: the schedule skips it, chain-node
 * database.cpp update_witness_schedule4), so its feed, chain properties and transit vote leave
 * alpha's round alone; proposals, worker requests, invites and the other account creations.
 */
final class GovernanceSteps {
  private GovernanceSteps() {}

  static void add(OpPlan p) {
    String ann = p.ann;
    String bob = p.bob;
    String dan = p.dan;

    p.add(3, "dan becomes a witness without a key", OperationType.WITNESS_UPDATE, accepted(), () -> new WitnessUpdate(
        dan, "https://dan.golos-it.example", PublicKey.NULL, Bootstrap.witnessUpdate(dan, PublicKey.NULL).props(),
        Asset.golos(0)), active(dan));
    p.add(4, "dan publishes a feed", OperationType.FEED_PUBLISH, accepted(),
        () -> new FeedPublish(dan, new Price(gbg("1.000"), golos("2.000"))), active(dan));
    p.add(4, "dan votes properties (v17)", OperationType.CHAIN_PROPERTIES_UPDATE, accepted(),
        () -> new ChainPropertiesUpdate(dan, new ChainProperties17(Asset.golos(0), 131072, 1000)), active(dan));
    // known defect (defects-golos-it.md): the testnet's own median has create_account_min_golos_fee
    // 0.000 GOLOS, which chain_properties_18::validate refuses; our library signs it without a word
    p.add(4, "dan votes the testnet's median properties (v30)", OperationType.CHAIN_PROPERTIES_UPDATE,
        refused("create_account_min_golos_fee must be >0"),
        () -> new ChainPropertiesUpdate(dan, p.chain.client().getChainPropertiesFull()), active(dan));
    p.add(4, "dan votes for the transit", OperationType.TRANSIT_TO_CYBERWAY, accepted(),
        () -> new TransitToCyberway(dan, true), active(dan));

    // proposals: one approved (and so executed), one deleted
    String pay = "pay-" + p.tag;
    String drop = "drop-" + p.tag;
    p.add(3, "ann proposes to pay bob", OperationType.PROPOSAL_CREATE, accepted(), () -> new ProposalCreate(ann, pay, "",
        p.in(3600), List.of(new ProposedOperation(new Transfer(ann, bob, golos("1.000"), "proposal"))),
        Optional.empty(), List.of()), active(ann));
    p.add(3, "ann proposes something to drop", OperationType.PROPOSAL_CREATE, accepted(), () -> new ProposalCreate(ann,
        drop, "", p.in(3600), List.of(new ProposedOperation(new Transfer(ann, bob, golos("2.000"), ""))),
        Optional.empty(), List.of()), active(ann));
    p.add(4, "ann approves the payment", OperationType.PROPOSAL_UPDATE, accepted(), () -> new ProposalUpdate(ann, pay,
        List.of(ann), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
        active(ann));
    p.add(4, "ann drops her proposal", OperationType.PROPOSAL_DELETE, accepted(),
        () -> new ProposalDelete(ann, drop, ann, List.of()), active(ann));

    // a worker request on ann's post (its fee is 100 GBG: after the conversion)
    String post = "it-post-" + p.tag;
    p.add(5, "ann asks the workers' fund", OperationType.WORKER_REQUEST, accepted(), () -> new WorkerRequest(ann, post,
        ann, golos("100.000"), golos("1000.000"), false, 5 * 86400, List.of()), posting(ann));
    p.add(6, "bob votes on the request", OperationType.WORKER_REQUEST_VOTE, accepted(),
        () -> new WorkerRequestVote(bob, ann, post, (short) 5000, List.of()), posting(bob));
    p.add(7, "ann withdraws the request", OperationType.WORKER_REQUEST_DELETE, accepted(),
        () -> new WorkerRequestDelete(ann, post, List.of()), posting(ann));

    // invites: k1 claimed by bob, k2 opens an account, k3 topped up then moved to k4
    PrivateKey k1 = Keys.of("invite" + p.tag, "k1");
    PrivateKey k2 = Keys.of("invite" + p.tag, "k2");
    PrivateKey k3 = Keys.of("invite" + p.tag, "k3");
    PrivateKey k4 = Keys.of("invite" + p.tag, "k4");
    for (PrivateKey k : List.of(k1, k2, k3)) {
      p.add(3, "ann creates an invite", OperationType.INVITE, accepted(),
          () -> new Invite(ann, golos("10.000"), k.publicKey(), List.of()), active(ann));
    }
    p.add(4, "bob claims invite 1", OperationType.INVITE_CLAIM, accepted(),
        () -> new InviteClaim(bob, bob, k1.toWif(), List.of()), active(bob));
    String invited = "inv" + p.tag;
    p.add(4, "invite 2 opens an account", OperationType.ACCOUNT_CREATE_WITH_INVITE, accepted(),
        () -> new AccountCreateWithInvite(k2.toWif(), ann, invited, Keys.authority(invited, "owner"),
            Keys.authority(invited, "active"), Keys.authority(invited, "posting"), Keys.memo(invited), "",
            List.of()), active(ann));
    p.add(4, "ann tops up invite 3", OperationType.INVITE_DONATE, accepted(),
        () -> new InviteDonate(ann, k3.publicKey(), golos("1.000"), "more", List.of()), active(ann));
    p.add(5, "invite 3 moves to a new key", OperationType.INVITE_TRANSFER, accepted(),
        () -> new InviteTransfer(k3.publicKey(), k4.publicKey(), golos("10.000"), "", List.of()), k3);

    String delegated = "dlg" + p.tag;
    p.add(4, "ann opens an account with a delegation", OperationType.ACCOUNT_CREATE_WITH_DELEGATION, accepted(),
        () -> new AccountCreateWithDelegation(Asset.golos(0), OpPlan.gests("1.000000"), ann, delegated, Keys.authority(delegated, "owner"), Keys.authority(delegated, "active"),
            Keys.authority(delegated, "posting"), Keys.memo(delegated), "", List.of()), active(ann));
  }
}
