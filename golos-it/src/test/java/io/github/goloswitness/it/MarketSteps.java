package io.github.goloswitness.it;

import static io.github.goloswitness.it.OpPlan.active;
import static io.github.goloswitness.it.OpPlan.gbg;
import static io.github.goloswitness.it.OpPlan.golos;
import static io.github.goloswitness.it.OpPlan.posting;
import static io.github.goloswitness.it.OpStep.Expect.accepted;
import static io.github.goloswitness.it.OpStep.Expect.refused;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.CancelTransferFromSavings;
import io.github.goloswitness.crypto.Claim;
import io.github.goloswitness.crypto.Comment;
import io.github.goloswitness.crypto.CommentOptions;
import io.github.goloswitness.crypto.Convert;
import io.github.goloswitness.crypto.DelegateVestingShares;
import io.github.goloswitness.crypto.DelegateVestingSharesWithInterest;
import io.github.goloswitness.crypto.DeleteComment;
import io.github.goloswitness.crypto.Donate;
import io.github.goloswitness.crypto.DonateMemo;
import io.github.goloswitness.crypto.EscrowApprove;
import io.github.goloswitness.crypto.EscrowDispute;
import io.github.goloswitness.crypto.EscrowRelease;
import io.github.goloswitness.crypto.EscrowTransfer;
import io.github.goloswitness.crypto.LimitOrderCancel;
import io.github.goloswitness.crypto.LimitOrderCancelEx;
import io.github.goloswitness.crypto.LimitOrderCreate;
import io.github.goloswitness.crypto.LimitOrderCreate2;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.Price;
import io.github.goloswitness.crypto.RejectVestingSharesDelegation;
import io.github.goloswitness.crypto.SetWithdrawVestingRoute;
import io.github.goloswitness.crypto.TransferFromSavings;
import io.github.goloswitness.crypto.TransferFromTip;
import io.github.goloswitness.crypto.TransferToSavings;
import io.github.goloswitness.crypto.TransferToTip;
import io.github.goloswitness.crypto.VariantObject;
import io.github.goloswitness.crypto.Vote;
import io.github.goloswitness.crypto.WithdrawVesting;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Posts and votes, the internal market, conversions, escrow, savings, tips, vesting and delegation. */
final class MarketSteps {
  private MarketSteps() {}

  static void add(OpPlan p) {
    String ann = p.ann;
    String bob = p.bob;
    String cat = p.cat;
    String dan = p.dan;
    String post = "it-post-" + p.tag;
    String bobPost = "it-bob-" + p.tag;

    p.add(3, "ann posts", OperationType.COMMENT, accepted(), () -> new Comment("", "golos-it", ann, post,
        "golos-it " + p.tag, "a post of the real-node suite", "{\"tags\":[\"golos-it\"]}"), posting(ann));
    p.add(3, "bob posts", OperationType.COMMENT, accepted(), () -> new Comment("", "golos-it", bob, bobPost,
        "to be deleted", "bob's post", ""), posting(bob));
    p.add(4, "ann sets her post's options", OperationType.COMMENT_OPTIONS, accepted(), () -> new CommentOptions(ann,
        post, gbg("1000.000"), 10000, true, true, List.of()), posting(ann));
    p.add(4, "bob deletes his post", OperationType.DELETE_COMMENT, accepted(),
        () -> new DeleteComment(bob, bobPost), posting(bob));
    p.add(5, "bob votes for ann's post", OperationType.VOTE, accepted(),
        () -> new Vote(bob, ann, post, (short) 10000), posting(bob));
    // a donation comes out of the tip balance (topped up in phase 3)
    p.add(4, "ann donates to bob's post", OperationType.DONATE, accepted(), () -> new Donate(ann, bob, golos("1.000"),
        new DonateMemo("golos-it", 1, new VariantObject(Map.of("author", bob, "permlink", bobPost)),
            Optional.of("thanks")), List.of()), posting(ann));

    // the market: two orders nobody fills, cancelled one way each
    p.add(3, "ann sells GOLOS for GBG", OperationType.LIMIT_ORDER_CREATE, accepted(), () -> new LimitOrderCreate(ann, 1,
        golos("10.000"), gbg("50.000"), false, p.in(3600)), active(ann));
    p.add(3, "ann sells GOLOS at a rate", OperationType.LIMIT_ORDER_CREATE2, accepted(), () -> new LimitOrderCreate2(ann,
        2, golos("10.000"), new Price(golos("1.000"), gbg("5.000")), false, p.in(3600)), active(ann));
    p.add(4, "ann cancels order 1", OperationType.LIMIT_ORDER_CANCEL, accepted(),
        () -> new LimitOrderCancel(ann, 1), active(ann));
    p.add(4, "ann cancels order 2", OperationType.LIMIT_ORDER_CANCEL_EX, accepted(),
        () -> new LimitOrderCancelEx(ann, 2, List.of()), active(ann));
    // GOLOS -> GBG at the feed's median (paid out 30 s later on the testnet): the GBG the NFT fees need
    p.add(3, "ann converts GOLOS to GBG", OperationType.CONVERT, accepted(),
        () -> new Convert(ann, 1, golos("2000.000")), active(ann));
    p.add(3, "cat converts GOLOS to GBG", OperationType.CONVERT, accepted(),
        () -> new Convert(cat, 1, golos("100.000")), active(cat));
    p.before(5, ann + " and " + cat + " hold GBG from their conversions",
        () -> p.balance(ann, "sbd_balance").amount() >= 200_000 && p.balance(cat, "sbd_balance").amount() >= 5_000);
    // a trade, so the market history has a price: cat's GBG fills ann's offer of GOLOS at 0.5
    p.add(3, "ann offers GOLOS at 0.5 GBG", OperationType.LIMIT_ORDER_CREATE, accepted(), () -> new LimitOrderCreate(ann,
        3, golos("10.000"), gbg("5.000"), false, p.in(3600)), active(ann));
    p.add(6, "cat buys ann's GOLOS", OperationType.LIMIT_ORDER_CREATE, accepted(), () -> new LimitOrderCreate(cat,
        1, gbg("5.000"), golos("10.000"), true, p.in(3600)), active(cat));

    // escrow: ann pays bob through agent dan; both approve, ann disputes, dan releases to bob
    p.add(3, "ann opens an escrow", OperationType.ESCROW_TRANSFER, accepted(), () -> new EscrowTransfer(ann, bob,
        gbg("0.000"), golos("10.000"), 1, dan, golos("0.001"), "", p.in(600), p.in(3600)), active(ann));
    p.add(4, "bob approves", OperationType.ESCROW_APPROVE, accepted(),
        () -> new EscrowApprove(ann, bob, dan, bob, 1, true), active(bob));
    p.add(4, "dan approves", OperationType.ESCROW_APPROVE, accepted(),
        () -> new EscrowApprove(ann, bob, dan, dan, 1, true), active(dan));
    p.add(5, "ann disputes", OperationType.ESCROW_DISPUTE, accepted(),
        () -> new EscrowDispute(ann, bob, dan, ann, 1), active(ann));
    p.add(6, "dan releases to bob", OperationType.ESCROW_RELEASE, accepted(), () -> new EscrowRelease(ann, bob, dan, dan,
        bob, 1, gbg("0.000"), golos("10.000")), active(dan));

    // savings and tips
    p.add(3, "ann saves", OperationType.TRANSFER_TO_SAVINGS, accepted(),
        () -> new TransferToSavings(ann, ann, golos("100.000"), ""), active(ann));
    p.add(4, "ann withdraws savings", OperationType.TRANSFER_FROM_SAVINGS, accepted(),
        () -> new TransferFromSavings(ann, 1, ann, golos("10.000"), ""), active(ann));
    p.add(5, "ann cancels the withdrawal", OperationType.CANCEL_TRANSFER_FROM_SAVINGS, accepted(),
        () -> new CancelTransferFromSavings(ann, 1), active(ann));
    p.add(3, "ann tops up her tips", OperationType.TRANSFER_TO_TIP, accepted(),
        () -> new TransferToTip(ann, ann, golos("20.000"), "", List.of()), active(ann));
    p.add(4, "ann takes tips back", OperationType.TRANSFER_FROM_TIP, accepted(),
        () -> new TransferFromTip(ann, ann, golos("1.000"), "", List.of()), active(ann));
    // claim pays out accumulated emission, which a new account has none of yet
    p.add(3, "ann claims", OperationType.CLAIM, refused("Not enough accumulative balance"),
        () -> new Claim(ann, ann, golos("0.001"), false, List.of()), posting(ann));

    // vesting
    p.add(3, "ann powers down a little", OperationType.WITHDRAW_VESTING, accepted(),
        () -> new WithdrawVesting(ann, fraction(p, ann, 100)), active(ann));
    p.add(3, "ann routes her power-down to bob", OperationType.SET_WITHDRAW_VESTING_ROUTE, accepted(),
        () -> new SetWithdrawVestingRoute(ann, bob, 5000, false), active(ann));
    p.add(3, "ann delegates to bob", OperationType.DELEGATE_VESTING_SHARES, accepted(),
        () -> new DelegateVestingShares(ann, bob, fraction(p, ann, 20)), active(ann));
    p.add(3, "ann delegates to cat with interest", OperationType.DELEGATE_VESTING_SHARES_WITH_INTEREST, accepted(),
        () -> new DelegateVestingSharesWithInterest(ann, cat, fraction(p, ann, 20), 1000, List.of()), active(ann));
    p.add(4, "cat rejects ann's delegation", OperationType.REJECT_VESTING_SHARES_DELEGATION, accepted(),
        () -> new RejectVestingSharesDelegation(ann, cat, List.of()), active(cat));
  }

  /** 1/n of the account's vesting shares, as the node states them. */
  private static Asset fraction(OpPlan p, String account, int n) throws IOException {
    Asset v = p.balance(account, "vesting_shares");
    return new Asset(v.amount() / n, v.symbol());
  }
}
