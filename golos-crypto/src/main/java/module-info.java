/**
 * Golos keys ({@code PrivateKey}, {@code PublicKey}: WIF and {@code GLS…}), fc::raw transaction
 * encoding, the operation records and canonical secp256k1 signing, byte-identical with
 * golos-lib-js. BouncyCastle does the curve arithmetic and hashes; none of its types appears in
 * this module's API, so it is not re-exported.
 */
module io.github.goloswitness.crypto {
  requires org.bouncycastle.provider;

  exports io.github.goloswitness.crypto;
}
