package io.github.goloswitness.benchmarks;

import io.github.goloswitness.crypto.Asset;
import io.github.goloswitness.crypto.ChainId;
import io.github.goloswitness.crypto.ChainProperties17;
import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.crypto.PublicKey;
import io.github.goloswitness.crypto.SignedTransaction;
import io.github.goloswitness.crypto.TimePointSec;
import io.github.goloswitness.crypto.Transaction;
import io.github.goloswitness.crypto.WitnessUpdate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Signing the monitor's witness_update (serialize + digest + canonical deterministic sign) on one
 * thread. The expiration changes every call so each signature is a fresh computation, like a real
 * switch; about a quarter of digests need more than one nonce.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SigningBenchmark {

  private PrivateKey key;
  private Transaction template;
  private long counter;

  @Setup
  public void setUp() {
    key = PrivateKey.fromWif("5J4eFhjREJA7hKG6KcvHofHMXyGQZCDpQE463PAaKo9xXY6UDPq");
    WitnessUpdate op = new WitnessUpdate("initminer", "https://golos.id",
        PublicKey.fromString("GLS7jDPoMwyjVH5obFmqzFNp4Ffp7G2nvC7FKFkrMBpo7Sy4uq5Mj"),
        new ChainProperties17(Asset.golos(1000), 131072, 1000), Asset.golos(0));
    template = new Transaction(19297, 1608085982L, TimePointSec.parse("2016-03-23T22:41:21"),
        List.of(op));
  }

  @Benchmark
  public SignedTransaction signWitnessUpdate() {
    Transaction tx = template.withExpiration(template.expiration().plusSeconds(counter++ & 0xFFFF));
    return tx.sign(ChainId.GOLOS_MAINNET, key);
  }
}
