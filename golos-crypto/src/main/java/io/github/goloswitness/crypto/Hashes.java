package io.github.goloswitness.crypto;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;

/** The hash functions Golos uses. Stateless; thread-safe. */
final class Hashes {

  static byte[] sha256(byte[]... parts) {
    return digest(new SHA256Digest(), parts);
  }

  static byte[] sha224(byte[] data) {
    return digest(new SHA224Digest(), data);
  }

  static byte[] doubleSha256(byte[] data) {
    return sha256(sha256(data));
  }

  static byte[] ripemd160(byte[] data) {
    return digest(new RIPEMD160Digest(), data);
  }

  private static byte[] digest(Digest digest, byte[]... parts) {
    for (byte[] part : parts) {
      digest.update(part, 0, part.length);
    }
    byte[] out = new byte[digest.getDigestSize()];
    digest.doFinal(out, 0);
    return out;
  }

  private Hashes() {}
}
