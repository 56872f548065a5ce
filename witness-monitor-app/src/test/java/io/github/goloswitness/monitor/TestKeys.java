package io.github.goloswitness.monitor;

/** Key-shaped strings for tests. They are not real keys: only their shape matters here. */
public final class TestKeys {
  /** Shaped like a WIF private key (51 base58 characters starting with 5K). */
  public static final String WIF = "5K" + "ab1C2d3E4f5G6h7J8k9L".repeat(2) + "mNpQrStUv";
  public static final String WIF_2 = "5J" + "Zy9X8w7V6u5T4s3R2q1P".repeat(2) + "onMkLjHgF";
  /** Shaped like GLS public keys. */
  public static final String PUB_A = "GLS" + "7abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ".substring(0, 50);
  public static final String PUB_B = "GLS" + "8bcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ1".substring(0, 50);
  public static final String PUB_C = "GLS" + "5cdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ12".substring(0, 50);

  private TestKeys() {}
}
