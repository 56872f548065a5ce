package io.github.goloswitness.it;

import static io.github.goloswitness.it.OpPlan.active;
import static io.github.goloswitness.it.OpPlan.golos;
import static io.github.goloswitness.it.OpPlan.posting;
import static io.github.goloswitness.it.OpStep.Expect.accepted;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.goloswitness.crypto.AssetCreate;
import io.github.goloswitness.crypto.AssetIssue;
import io.github.goloswitness.crypto.AssetTransfer;
import io.github.goloswitness.crypto.AssetUpdate;
import io.github.goloswitness.crypto.NftAuction;
import io.github.goloswitness.crypto.NftBuy;
import io.github.goloswitness.crypto.NftCancelOrder;
import io.github.goloswitness.crypto.NftCollection;
import io.github.goloswitness.crypto.NftCollectionDelete;
import io.github.goloswitness.crypto.NftIssue;
import io.github.goloswitness.crypto.NftSell;
import io.github.goloswitness.crypto.NftTransfer;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.OverrideTransfer;
import io.github.goloswitness.crypto.PaidSubscriptionCancel;
import io.github.goloswitness.crypto.PaidSubscriptionCreate;
import io.github.goloswitness.crypto.PaidSubscriptionDelete;
import io.github.goloswitness.crypto.PaidSubscriptionId;
import io.github.goloswitness.crypto.PaidSubscriptionTransfer;
import io.github.goloswitness.crypto.PaidSubscriptionUpdate;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** User-issued assets, NFTs (a collection, three tokens: sold, auctioned, offered and withdrawn) and paid subscriptions. */
final class TokenSteps {
  private TokenSteps() {}

  static void add(OpPlan p) {
    String ann = p.ann;
    String bob = p.bob;
    String cat = p.cat;

    p.add(3, "ann creates a token", OperationType.ASSET_CREATE, accepted(), () -> new AssetCreate(ann,
        p.uia("1000000.000"), false, true, "{}", List.of()), active(ann));
    p.add(4, "ann updates it", OperationType.ASSET_UPDATE, accepted(), () -> new AssetUpdate(ann, p.symbol,
        List.of(), 0, "{\"name\":\"golos-it\"}", List.of()), active(ann));
    p.add(4, "ann issues to bob", OperationType.ASSET_ISSUE, accepted(),
        () -> new AssetIssue(ann, p.uia("1000.000"), bob, List.of()), active(ann));
    p.add(5, "ann moves bob's tokens to cat", OperationType.OVERRIDE_TRANSFER, accepted(),
        () -> new OverrideTransfer(ann, bob, cat, p.uia("1.000"), "override", List.of()), active(ann));
    p.add(7, "ann hands the token to cat", OperationType.ASSET_TRANSFER, accepted(),
        () -> new AssetTransfer(ann, p.symbol, cat, List.of()), active(ann));

    String spare = p.collection + "X";
    p.add(3, "ann opens a collection", OperationType.NFT_COLLECTION, accepted(),
        () -> new NftCollection(ann, p.collection, "{}", 10, List.of()), active(ann));
    p.add(3, "ann opens a spare collection", OperationType.NFT_COLLECTION, accepted(),
        () -> new NftCollection(ann, spare, "{}", 10, List.of()), active(ann));
    p.add(4, "ann deletes the spare one", OperationType.NFT_COLLECTION_DELETE, accepted(),
        () -> new NftCollectionDelete(ann, spare, List.of()), active(ann));
    for (int i = 1; i <= 3; i++) {
      String json = "{\"n\":" + i + "}";
      p.add(5, "ann issues token " + i + " to bob", OperationType.NFT_ISSUE, accepted(),
          () -> new NftIssue(ann, p.collection, bob, json, List.of()), active(ann));
    }
    p.add(6, "bob gives token 1 to cat", OperationType.NFT_TRANSFER, accepted(),
        () -> new NftTransfer(token(p, 0), bob, cat, "gift", List.of()), active(bob));
    p.add(6, "bob offers token 2", OperationType.NFT_SELL, accepted(),
        () -> new NftSell(bob, token(p, 1), "", 1, golos("1.000"), List.of()), active(bob));
    p.add(6, "bob auctions token 3", OperationType.NFT_AUCTION, accepted(),
        () -> new NftAuction(bob, token(p, 2), golos("1.000"), p.in(3600), List.of()), active(bob));
    p.add(7, "cat buys token 2", OperationType.NFT_BUY, accepted(),
        () -> new NftBuy(cat, "", token(p, 1), 1, golos("1.000"), List.of()), active(cat));
    p.add(7, "cat offers token 1", OperationType.NFT_SELL, accepted(),
        () -> new NftSell(cat, token(p, 0), "", 2, golos("5.000"), List.of()), active(cat));
    p.add(8, "cat withdraws the offer", OperationType.NFT_CANCEL_ORDER, accepted(),
        () -> new NftCancelOrder(cat, 2, List.of()), active(cat));

    PaidSubscriptionId club = new PaidSubscriptionId("golos-it", "club", 1);
    p.add(3, "ann opens a paid subscription", OperationType.PAID_SUBSCRIPTION_CREATE, accepted(), () ->
        new PaidSubscriptionCreate(ann, club, golos("1.000"), false, true, 86400, 10, List.of()), posting(ann));
    p.add(4, "ann changes its price", OperationType.PAID_SUBSCRIPTION_UPDATE, accepted(),
        () -> new PaidSubscriptionUpdate(ann, club, golos("2.000"), false, 86400, 10, List.of()), posting(ann));
    p.add(5, "bob subscribes", OperationType.PAID_SUBSCRIPTION_TRANSFER, accepted(), () ->
        new PaidSubscriptionTransfer(bob, ann, club, golos("2.000"), "", false, List.of()), active(bob));
    p.add(6, "bob cancels", OperationType.PAID_SUBSCRIPTION_CANCEL, accepted(),
        () -> new PaidSubscriptionCancel(bob, ann, club, List.of()), posting(bob));
    p.add(7, "ann closes the subscription", OperationType.PAID_SUBSCRIPTION_DELETE, accepted(),
        () -> new PaidSubscriptionDelete(ann, club, List.of()), posting(ann));
  }

  /**
   * The id of token {@code i} (0-based) of this run's collection, as the node's nft_api lists bob's
   * and cat's tokens (matched by the {@code {"n": i + 1}} each was issued with).
   */
  private static long token(OpPlan p, int i) throws IOException {
    for (String owner : List.of(p.bob, p.cat)) {
      JsonNode tokens = p.chain.raw("nft_api", "get_nft_tokens",
          Map.of("owner", owner, "select_collections", List.of(p.collection), "limit", 20));
      for (JsonNode t : tokens) {
        if (t.path("json_metadata").asText().equals("{\"n\":" + (i + 1) + "}")) {
          return t.path("token_id").asLong();
        }
      }
    }
    throw new IllegalStateException("the node lists no token " + (i + 1) + " of " + p.collection);
  }
}
