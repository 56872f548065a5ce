'use strict';
// Adds golos-lib-js 0.9.80's bytes, digest, id and recovered signer to real mainnet transactions
// copied from public sources (see each "origin"). Reads a JSON array of {origin, tx} on stdin.
// Usage: node real-transactions.js < real-transactions.in.json \
//   > ../../../../golos-client/src/test/resources/io/github/goloswitness/client/vectors/real-transactions.json
const crypto = require('crypto');
const ops = require('golos-lib-js/lib/auth/serializer/src/operations');
const Signature = require('golos-lib-js/lib/auth/ecc/src/signature');
const CHAIN_ID = '782a3039b478c839e4cb0c941ff4eaeb7df40bdd68bd441afd444b9da763de12';
const sha256 = (b) => crypto.createHash('sha256').update(b).digest();

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = input.map(({ origin, tx }) => {
  const unsigned = Object.assign({}, tx);
  delete unsigned.signatures;
  const buf = ops.transaction.toBuffer(ops.transaction.fromObject(unsigned));
  const digest = sha256(Buffer.concat([Buffer.from(CHAIN_ID, 'hex'), buf]));
  const signers = tx.signatures.map((s) =>
    Signature.fromHex(s).recoverPublicKey(digest).toString());
  return { origin, tx, hex: buf.toString('hex'), digest: digest.toString('hex'),
    tx_id: sha256(buf).slice(0, 20).toString('hex'), signers };
});
process.stdout.write(JSON.stringify({
  origin: 'real Golos mainnet transactions from the public sources named per entry; hex, digest, '
    + 'tx_id and signers computed by golos-lib-js 0.9.80 (golos-crypto/src/test/vectors-gen/real-transactions.js)',
  chain_id: CHAIN_ID, transactions: out }, null, 1) + '\n');
