'use strict';
// Generates the long asset symbol vectors (Golos "v2" symbols: 7-14 characters, one or two
// dot-separated parts) with golos-lib-js's own serializer (ops.transaction.toBuffer) and signer
// (auth.signTransaction) on the Golos mainnet chain id. Same scheme as generate.js: fixed values,
// fixed headers, keys from auth.toWif(account, PASSWORD, role).
// Output (stdout): the JSON committed as
// golos-crypto/src/test/resources/io/github/goloswitness/crypto/vectors/long-symbols.json
// (and the same file in golos-client's test resources, for the JSON side).
const crypto = require('crypto');
const golos = require('golos-lib-js');
const ops = require('golos-lib-js/lib/auth/serializer/src/operations');

const VERSION = require('golos-lib-js/package.json').version;
const CHAIN_ID = '782a3039b478c839e4cb0c941ff4eaeb7df40bdd68bd441afd444b9da763de12';
const PASSWORD = 'P5Kvectorsgenfixedpassword';
golos.config.set('chain_id', CHAIN_ID);
golos.config.set('address_prefix', 'GLS');

const keyCache = {};
function key(account, role) {
  const id = account + '/' + role;
  if (!keyCache[id]) {
    const wif = golos.auth.toWif(account, PASSWORD, role);
    keyCache[id] = { account, role, wif, pub: golos.auth.wifToPublic(wif) };
  }
  return keyCache[id];
}
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest();

// One symbol of every length 7..14 and dotted ones (two parts of at least 3 letters), plus the
// 6-letter boundary of the short form.
const SYMBOLS = ['YMUSDT', 'YMSTEEM', 'GOLOSBTC', 'LONGTOKEN', 'MAXIMUMSYM', 'ELEVENCHARS',
  'TWELVELETTER', 'THIRTEENCHARS', 'FOURTEENLETTER', 'GLS.APP', 'YMUSDT.GOLOS', 'ABCDEFG.HIJKLM',
  'ABC.DEFGHIJKLM'];

const V = [];
SYMBOLS.forEach((s, i) => {
  // precisions 0..14 spread over the symbols; the node allows decimals < 15 (asset.cpp set_decimals)
  const precision = [3, 0, 8, 14, 1, 6, 2, 9, 4, 3, 5, 12, 7][i];
  const amount = (units) => {
    const str = String(units).padStart(precision + 1, '0');
    return precision === 0 ? str : str.slice(0, -precision) + '.' + str.slice(-precision);
  };
  V.push(['transfer', { from: 'alice', to: 'bob', amount: amount(12345) + ' ' + s, memo: 'long ' + s },
    'alice', 'active']);
});
V.push(
  ['asset_create', { creator: 'alice', max_supply: '1000000.000 YMSTEEM', allow_fee: true,
    allow_override_transfer: false, json_metadata: '{"image_url":""}', extensions: [] }, 'alice', 'active'],
  ['asset_create', { creator: 'alice', max_supply: '5000000000.00000000 YMUSDT.GOLOS', allow_fee: false,
    allow_override_transfer: true, json_metadata: '', extensions: [] }, 'alice', 'active'],
  ['asset_create', { creator: 'alice', max_supply: '90000000 FOURTEENLETTER', allow_fee: false,
    allow_override_transfer: false, json_metadata: '{}', extensions: [] }, 'alice', 'active'],
  ['asset_update', { creator: 'alice', symbol: 'YMSTEEM', symbols_whitelist: ['GOLOS', 'YMUSDT.GOLOS'],
    fee_percent: 100, json_metadata: '{}', extensions: [] }, 'alice', 'active'],
  ['asset_issue', { creator: 'alice', amount: '500.000 YMSTEEM', to: 'bob', extensions: [] }, 'alice', 'active'],
  ['asset_issue', { creator: 'alice', amount: '0.00000001 YMUSDT.GOLOS', to: '', extensions: [] },
    'alice', 'active'],
  ['asset_transfer', { creator: 'alice', symbol: 'ABCDEFG.HIJKLM', new_owner: 'bob', extensions: [] },
    'alice', 'active'],
  ['override_transfer', { creator: 'alice', from: 'bob', to: 'carol', amount: '1.500 YMSTEEM', memo: 'fix',
    extensions: [] }, 'alice', 'active'],
  ['transfer_to_tip', { from: 'alice', to: 'alice', amount: '10.000 YMSTEEM', memo: '', extensions: [] },
    'alice', 'active'],
  ['transfer_to_tip', { from: 'alice', to: 'bob', amount: '0.00000250 YMUSDT.GOLOS', memo: 'tip',
    extensions: [] }, 'alice', 'active'],
  ['transfer_from_tip', { from: 'alice', to: 'alice', amount: '10.000 YMSTEEM', memo: 'back', extensions: [] },
    'alice', 'active'],
  ['donate', { from: 'alice', to: 'bob', amount: '2.500 YMSTEEM',
    memo: { app: 'golos-io', version: 2, target: {} }, extensions: [] }, 'alice', 'posting'],
  ['limit_order_create', { owner: 'alice', orderid: 7, amount_to_sell: '10.000 YMSTEEM',
    min_to_receive: '1.000 GOLOS', fill_or_kill: false, expiration: '2026-02-28T00:00:00' }, 'alice', 'active'],
  ['limit_order_create2', { owner: 'alice', orderid: 8, amount_to_sell: '10.000 YMSTEEM',
    exchange_rate: { base: '1.000 YMSTEEM', quote: '2.000 GBG' }, fill_or_kill: false,
    expiration: '2026-02-28T00:00:00' }, 'alice', 'active'],
  ['limit_order_create2', { owner: 'alice', orderid: 9, amount_to_sell: '3.000 GOLOS',
    exchange_rate: { base: '1.000 GOLOS', quote: '0.50000000 YMUSDT.GOLOS' }, fill_or_kill: true,
    expiration: '2026-02-28T00:00:00' }, 'alice', 'active'],
  ['limit_order_cancel_ex', { owner: 'alice', orderid: 0,
    extensions: [[0, { base: 'YMSTEEM', quote: 'GOLOS', reverse: true }]] }, 'alice', 'active']
);

const BASE_EXPIRATION = Date.parse('2026-01-31T12:00:00Z') / 1000;
const transactions = V.map(([name, fields, account, role], i) => {
  const tx = {
    ref_block_num: (7001 + i * 977) % 65536,
    ref_block_prefix: (3094629313 + i * 2654435761) % 4294967296,
    expiration: new Date((BASE_EXPIRATION + i * 61) * 1000).toISOString().slice(0, 19),
    operations: [[name, fields]],
    extensions: []
  };
  const signer = key(account, role);
  const buf = ops.transaction.toBuffer(ops.transaction.fromObject(tx));
  const digest = sha256(Buffer.concat([Buffer.from(CHAIN_ID, 'hex'), buf]));
  const signed = golos.auth.signTransaction(JSON.parse(JSON.stringify(tx)), [signer.wif]);
  const signedHex = ops.signed_transaction.toBuffer(ops.signed_transaction.fromObject(signed)).toString('hex');
  // golos-lib-js reads its own bytes back: the decoded amounts must be what went in
  const back = ops.transaction.toObject(ops.transaction.fromBuffer(buf));
  if (JSON.stringify(back.operations[0][1].amount) !== JSON.stringify(fields.amount)) {
    throw new Error(name + '#' + i + ': golos-lib-js decodes ' + back.operations[0][1].amount);
  }
  return {
    name: name + '#' + i,
    id: ops.operation.st_operations.findIndex((s) => s.operation_name === name),
    tx,
    hex: buf.toString('hex'),
    digest: digest.toString('hex'),
    tx_id: sha256(buf).slice(0, 20).toString('hex'),
    signer_account: account,
    signer_role: role,
    signer_wif: signer.wif,
    signer_pub: signer.pub,
    signatures: signed.signatures,
    signed_hex: signedHex
  };
});

const out = {
  origin: 'golos-lib-js ' + VERSION + ' (ops.transaction.toBuffer, auth.signTransaction) via '
    + 'golos-crypto/src/test/vectors-gen/long-symbols.js',
  chain_id: CHAIN_ID,
  symbols: SYMBOLS,
  keys: Object.keys(keyCache).sort().map((k) => keyCache[k]),
  transactions
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
