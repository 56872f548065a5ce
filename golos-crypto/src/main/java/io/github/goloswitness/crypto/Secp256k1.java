package io.github.goloswitness.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/** secp256k1 arithmetic on BouncyCastle's curve: key derivation, compact signing and recovery. */
final class Secp256k1 {

  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  static final BigInteger N = CURVE.getN();
  private static final BigInteger HALF_N = N.shiftRight(1);
  private static final ECPoint G = CURVE.getG();

  /** The 33-byte compressed public point of secret {@code d} (1 <= d < n). */
  static byte[] publicKey(BigInteger d) {
    return new FixedPointCombMultiplier().multiply(G, d).getEncoded(true);
  }

  /**
   * Signs like golos-lib-js {@code Signature.signBufferSha256}: attempt {@code nonce = 0, 1, 2…};
   * for nonce > 0 the RFC 6979 input is {@code sha256(digest || nonce zero bytes)} (ecdsa.js
   * deterministicGenerateK), low-S, and the first result that passes fc's canonical rule wins.
   */
  static byte[] signCompact(BigInteger d, byte[] digest) {
    for (int nonce = 0; ; nonce++) {
      byte[] compact = signAttempt(d, digest, nonce);
      if (isCanonical(compact)) {
        return compact;
      }
    }
  }

  /** One attempt of {@link #signCompact}: low-S, but not necessarily canonical. */
  static byte[] signAttempt(BigInteger d, byte[] digest, int nonce) {
    byte[] seed = nonce == 0 ? digest : Hashes.sha256(digest, new byte[nonce]);
    HMacDSAKCalculator k = new HMacDSAKCalculator(new SHA256Digest());
    k.init(N, d, seed);
    return sign(d, new BigInteger(1, digest), k);
  }

  private static byte[] sign(BigInteger d, BigInteger e, HMacDSAKCalculator kCalc) {
    FixedPointCombMultiplier mul = new FixedPointCombMultiplier();
    while (true) {
      BigInteger k = kCalc.nextK();
      ECPoint p = mul.multiply(G, k).normalize();
      BigInteger x = p.getAffineXCoord().toBigInteger();
      BigInteger r = x.mod(N);
      if (r.signum() == 0) {
        continue;
      }
      BigInteger s = k.modInverse(N).multiply(e.add(d.multiply(r))).mod(N);
      if (s.signum() == 0) {
        continue;
      }
      int recId = (p.getAffineYCoord().testBitZero() ? 1 : 0) | (x.compareTo(N) >= 0 ? 2 : 0);
      if (s.compareTo(HALF_N) > 0) {
        s = N.subtract(s); // low-S; negating s mirrors R, which flips the parity bit of recId
        recId ^= 1;
      }
      byte[] out = new byte[65];
      out[0] = (byte) (27 + 4 + recId);
      System.arraycopy(BigIntegers.asUnsignedByteArray(32, r), 0, out, 1, 32);
      System.arraycopy(BigIntegers.asUnsignedByteArray(32, s), 0, out, 33, 32);
      return out;
    }
  }

  /**
   * fc's rule (chain-fc src/crypto/elliptic_common.cpp public_key::is_canonical): r and s each
   * encode to exactly 32 bytes in minimal DER.
   */
  static boolean isCanonical(byte[] c) {
    return (c[1] & 0x80) == 0
        && !(c[1] == 0 && (c[2] & 0x80) == 0)
        && (c[33] & 0x80) == 0
        && !(c[33] == 0 && (c[34] & 0x80) == 0);
  }

  /**
   * The compressed key that produced {@code compact} over {@code digest} (SEC 1 §4.1.6), or
   * {@code null} if no point matches.
   */
  static byte[] recover(byte[] compact, byte[] digest) {
    int recId = (compact[0] - 27) & 3;
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(compact, 1, 33));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(compact, 33, 65));
    if (r.signum() == 0 || r.compareTo(N) >= 0 || s.signum() == 0 || s.compareTo(N) >= 0) {
      return null;
    }
    BigInteger x = r.add(N.multiply(BigInteger.valueOf(recId >> 1)));
    if (x.compareTo(CURVE.getCurve().getField().getCharacteristic()) >= 0) {
      return null;
    }
    byte[] encoded = new byte[33];
    encoded[0] = (byte) (0x02 | (recId & 1));
    System.arraycopy(BigIntegers.asUnsignedByteArray(32, x), 0, encoded, 1, 32);
    ECPoint bigR;
    try {
      bigR = CURVE.getCurve().decodePoint(encoded);
    } catch (IllegalArgumentException notOnCurve) {
      return null;
    }
    BigInteger rInv = r.modInverse(N);
    BigInteger e = new BigInteger(1, digest);
    BigInteger a = N.subtract(e).mod(N).multiply(rInv).mod(N);
    BigInteger b = s.multiply(rInv).mod(N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(G, a, bigR, b).normalize();
    return q.isInfinity() ? null : q.getEncoded(true);
  }

  /** Whether {@code encoded} is a valid compressed point on the curve. */
  static boolean isOnCurve(byte[] encoded) {
    try {
      return CURVE.getCurve().decodePoint(encoded).isValid();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Secp256k1() {}
}
