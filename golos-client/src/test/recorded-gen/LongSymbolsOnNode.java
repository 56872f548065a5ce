// Not built by Maven. Run against a testnet golosd: javac -cp <golos-client + deps> LongSymbolsOnNode.java; java ... LongSymbolsOnNode ws://127.0.0.1:28191
import io.github.goloswitness.client.*;
import io.github.goloswitness.crypto.*;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Scratch: broadcasts operations with long symbols to the local testnet golosd through our library; prints the node's answers. */
public class LongSymbolsOnNode {
  static PrivateKey KEY = PrivateKey.fromWif("5JVFFWRLwz6JoP9kguuRFfytToGU6cLgBVTL9t6NB3D3BQLbUBS");
  public static void main(String[] a) throws Exception {
    try (GolosClient c = GolosClient.builder(URI.create(a[0])).timeout(Duration.ofSeconds(30)).broadcastTimeout(Duration.ofSeconds(30)).build()) {
      Asset.Symbol ym = new Asset.Symbol("YMSTEEM", 3);
      Asset.Symbol dotted = new Asset.Symbol("YMSTEEM.GOLOS", 8);
      Asset.Symbol fourteen = new Asset.Symbol("FOURTEENLETTER", 0);
      Asset.Symbol bad = new Asset.Symbol("LONGTOKEN", 14);
      String who = "cyberfounder";
      PublicKey pub = KEY.publicKey();
      io.github.goloswitness.crypto.Authority one = new io.github.goloswitness.crypto.Authority(1, List.of(), List.of(new io.github.goloswitness.crypto.Authority.KeyAuth(pub, 1)));
      run(c, "account_create reader", new AccountCreate(Asset.golos(0), who, "reader", one, one, one, pub, ""));
      run(c, "asset_create YMSTEEM", new AssetCreate(who, Asset.of("1000000", ym), true, false, "{}", List.of()));
      run(c, "asset_create YMSTEEM.GOLOS", new AssetCreate(who, Asset.of("5000000", dotted), false, true, "", List.of()));
      run(c, "asset_create FOURTEENLETTER", new AssetCreate(who, Asset.of("90000000", fourteen), false, false, "{}", List.of()));
      run(c, "asset_create LONGTOKEN precision 14 (max_supply over INT64_MAX/10)", new AssetCreate(who, new Asset(Long.MAX_VALUE, bad), false, false, "", List.of()));
      run(c, "asset_issue YMSTEEM", new AssetIssue(who, Asset.of("1000", ym), who, List.of()));
      run(c, "asset_issue YMSTEEM.GOLOS", new AssetIssue(who, Asset.of("12.5", dotted), "reader", List.of()));
      run(c, "asset_issue FOURTEENLETTER", new AssetIssue(who, Asset.of("77", fourteen), who, List.of()));
      run(c, "transfer YMSTEEM", new Transfer(who, "reader", Asset.of("12.345", ym), "long symbol"));
      run(c, "transfer_to_tip YMSTEEM", new TransferToTip(who, who, Asset.of("1", ym), "", List.of()));
      run(c, "transfer_to_tip YMSTEEM.GOLOS", new TransferToTip("reader", "reader", Asset.of("0.5", dotted), "tip", List.of()));
      run(c, "limit_order_create2 YMSTEEM/GOLOS", new LimitOrderCreate2(who, 8, Asset.of("5", ym),
          new Price(Asset.of("1", ym), Asset.of("2", Asset.Symbol.GOLOS)), false, TimePointSec.parse("2027-01-01T00:00:00")));
      run(c, "asset_create YMSTEEM again (exists)", new AssetCreate(who, Asset.of("1", ym), true, false, "{}", List.of()));
    }
  }
  static void run(GolosClient c, String what, Operation op) {
    try {
      PrivateKey k = KEY;
      TransactionConfirmation t = c.signAndBroadcast(List.of(op), Duration.ofSeconds(60), k);
      System.out.println("ACCEPTED " + what + ": " + t);
    } catch (Exception e) {
      System.out.println("REFUSED " + what + ": " + e);
    }
  }
}
