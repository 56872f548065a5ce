'use strict';
// Generates golos-crypto's operation test vectors with golos-lib-js's own serializer
// (ops.transaction.toBuffer) and signer (auth.signTransaction) on the Golos mainnet chain id.
// Deterministic: every value below is fixed; keys come from auth.toWif(account, PASSWORD, role).
// Output (stdout): the JSON committed as
// golos-crypto/src/test/resources/io/github/goloswitness/crypto/vectors/operations.json
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
const pub = (account, role) => key(account, role).pub;
const sha256 = (buf) => crypto.createHash('sha256').update(buf).digest();

const HF_TIME = '2026-03-14T15:09:26';
const auth1 = (account, role) => ({
  weight_threshold: 1, account_auths: [], key_auths: [[pub(account, role), 1]]
});
const authMixed = (account, role) => ({
  weight_threshold: 2, account_auths: [['bob', 1], ['carol', 1]], key_auths: [[pub(account, role), 2]]
});
const header = { previous: '0000abcd' + '11'.repeat(16), timestamp: '2026-02-01T00:00:03',
  witness: 'carol', transaction_merkle_root: '22'.repeat(20), extensions: [] };
const blockHeader = (sigByte) => Object.assign({}, header, { witness_signature: '20' + sigByte.repeat(64) });

const props30 = {
  account_creation_fee: '1.000 GOLOS', maximum_block_size: 65536, sbd_interest_rate: 0,
  create_account_min_golos_fee: '0.100 GOLOS', create_account_min_delegation: '0.500 GOLOS',
  create_account_delegation_time: 2592000, min_delegation: '0.001 GOLOS',
  max_referral_interest_rate: 1000, max_referral_term_sec: 15552000,
  min_referral_break_fee: '1.000 GOLOS', max_referral_break_fee: '100.000 GOLOS',
  posts_window: 3, posts_per_window: 1, comments_window: 200, comments_per_window: 10,
  votes_window: 15, votes_per_window: 5, auction_window_size: 0,
  max_delegated_vesting_interest_rate: 8000, custom_ops_bandwidth_multiplier: 10,
  min_curation_percent: 2500, max_curation_percent: 2500, curation_reward_curve: 1,
  allow_distribute_auction_reward: true, allow_return_auction_reward_to_fund: true,
  worker_reward_percent: 0, witness_reward_percent: 2000, vesting_reward_percent: 6000,
  worker_request_creation_fee: '100.000 GBG', worker_request_approve_min_percent: 1000,
  sbd_debt_convert_rate: 100, vote_regeneration_per_day: 10, witness_skipping_reset_time: 21600,
  witness_idleness_time: 15552000, account_idleness_time: 15552000, claim_idleness_time: 86400,
  min_invite_balance: '10.000 GOLOS', asset_creation_fee: '2000.000 GBG', invite_transfer_interval_sec: 60,
  convert_fee_percent: 500, min_golos_power_to_curate: '1000.000 GOLOS', worker_emission_percent: 1000,
  vesting_of_remain_percent: 8000, negrep_posting_window: 1440, negrep_posting_per_window: 1,
  unwanted_operation_cost: '10.000 GOLOS', unlimit_operation_cost: '0.010 GOLOS',
  min_golos_power_to_emission: '1000.000 GOLOS', nft_issue_cost: '3.000 GBG',
  private_group_golos_power: '1000.000 GOLOS', private_group_cost: '5.000 GBG'
};
const sub = { app: 'golos-blog', name: 'sponsors', version: 1 };

// [name, operation fields, signer account, signer role] ; several entries per operation where
// optional fields, extensions or asset kinds vary.
const V = [
  ['vote', { voter: 'alice', author: 'bob', permlink: 'first-post', weight: 10000 }, 'alice', 'posting'],
  ['vote', { voter: 'alice', author: 'bob', permlink: 'first-post', weight: -2500 }, 'alice', 'posting'],
  ['comment', { parent_author: '', parent_permlink: 'golos', author: 'alice', permlink: 'hello-world',
    title: 'Hello', body: 'Привет, Golos!', json_metadata: '{"tags":["golos"]}' }, 'alice', 'posting'],
  ['transfer', { from: 'alice', to: 'bob', amount: '12.345 GOLOS', memo: 'thanks' }, 'alice', 'active'],
  ['transfer', { from: 'alice', to: 'bob', amount: '0.001 GBG', memo: '' }, 'alice', 'active'],
  ['transfer', { from: 'alice', to: 'bob', amount: '7.500 YMUSDT', memo: 'uia' }, 'alice', 'active'],
  ['transfer', { from: 'alice', to: 'bob', amount: '1.000000 GESTS', memo: '' }, 'alice', 'owner'],
  ['transfer_to_vesting', { from: 'alice', to: 'bob', amount: '100.000 GOLOS' }, 'alice', 'active'],
  ['withdraw_vesting', { account: 'alice', vesting_shares: '2000.000000 GESTS' }, 'alice', 'active'],
  ['limit_order_create', { owner: 'alice', orderid: 42, amount_to_sell: '10.000 GOLOS',
    min_to_receive: '1.000 GBG', fill_or_kill: false, expiration: '2026-02-28T00:00:00' }, 'alice', 'active'],
  ['limit_order_cancel', { owner: 'alice', orderid: 42 }, 'alice', 'active'],
  ['feed_publish', { publisher: 'alice', exchange_rate: { base: '1.000 GBG', quote: '2.500 GOLOS' } }, 'alice', 'active'],
  ['convert', { owner: 'alice', requestid: 7, amount: '5.000 GBG' }, 'alice', 'active'],
  ['account_create', { fee: '1.000 GOLOS', creator: 'alice', new_account_name: 'dave',
    owner: auth1('dave', 'owner'), active: auth1('dave', 'active'), posting: authMixed('dave', 'posting'),
    memo_key: pub('dave', 'memo'), json_metadata: '' }, 'alice', 'active'],
  ['account_update', { account: 'alice', owner: auth1('alice', 'owner2'), active: auth1('alice', 'active2'),
    posting: authMixed('alice', 'posting2'), memo_key: pub('alice', 'memo'), json_metadata: '{"profile":{}}' },
    'alice', 'owner'],
  ['account_update', { account: 'alice', memo_key: pub('alice', 'memo'), json_metadata: '' }, 'alice', 'active'],
  ['witness_update', { owner: 'alice', url: 'https://alice.example', block_signing_key: pub('alice', 'signing'),
    props: { account_creation_fee: '1.000 GOLOS', maximum_block_size: 65536, sbd_interest_rate: 0 },
    fee: '0.000 GOLOS' }, 'alice', 'active'],
  ['account_witness_vote', { account: 'alice', witness: 'bob', approve: true }, 'alice', 'active'],
  ['account_witness_proxy', { account: 'alice', proxy: 'bob' }, 'alice', 'active'],
  ['account_witness_proxy', { account: 'alice', proxy: '' }, 'alice', 'active'],
  ['custom', { required_auths: ['alice', 'bob'], id: 777, data: 'deadbeef00' }, 'alice', 'active'],
  ['report_over_production', { reporter: 'alice', first_block: blockHeader('aa'), second_block: blockHeader('bb') },
    'alice', 'active'],
  ['delete_comment', { author: 'alice', permlink: 'hello-world' }, 'alice', 'posting'],
  ['custom_json', { required_auths: [], required_posting_auths: ['alice'], id: 'follow',
    json: '["follow",{"follower":"alice","following":"bob","what":["blog"]}]' }, 'alice', 'posting'],
  ['custom_json', { required_auths: ['alice'], required_posting_auths: [], id: 'app', json: '{}' }, 'alice', 'active'],
  ['comment_options', { author: 'alice', permlink: 'hello-world', max_accepted_payout: '1000000.000 GBG',
    percent_steem_dollars: 10000, allow_votes: true, allow_curation_rewards: true, extensions: [] }, 'alice', 'posting'],
  ['comment_options', { author: 'alice', permlink: 'hello-world', max_accepted_payout: '0.000 GBG',
    percent_steem_dollars: 5000, allow_votes: false, allow_curation_rewards: false, extensions: [
      [0, { beneficiaries: [{ account: 'bob', weight: 1000 }, { account: 'carol', weight: 500 }] }],
      [1, { destination: 2 }], [2, { percent: 7500 }], [3, { fee: '1.000 GOLOS' }]] }, 'alice', 'posting'],
  ['set_withdraw_vesting_route', { from_account: 'alice', to_account: 'bob', percent: 5000, auto_vest: true },
    'alice', 'active'],
  ['limit_order_create2', { owner: 'alice', orderid: 43, amount_to_sell: '10.000 GOLOS',
    exchange_rate: { base: '10.000 GOLOS', quote: '1.000 GBG' }, fill_or_kill: true,
    expiration: '2026-02-28T00:00:00' }, 'alice', 'active'],
  ['challenge_authority', { challenger: 'alice', challenged: 'bob', require_owner: false }, 'alice', 'active'],
  ['prove_authority', { challenged: 'alice', require_owner: true }, 'alice', 'owner'],
  ['prove_authority', { challenged: 'alice', require_owner: false }, 'alice', 'active'],
  ['request_account_recovery', { recovery_account: 'alice', account_to_recover: 'bob',
    new_owner_authority: auth1('bob', 'owner2'), extensions: [] }, 'alice', 'active'],
  ['recover_account', { account_to_recover: 'bob', new_owner_authority: auth1('bob', 'owner2'),
    recent_owner_authority: auth1('bob', 'owner'), extensions: [] }, 'bob', 'owner2'],
  ['change_recovery_account', { account_to_recover: 'alice', new_recovery_account: 'carol', extensions: [] },
    'alice', 'owner'],
  ['escrow_transfer', { from: 'alice', to: 'bob', sbd_amount: '1.000 GBG', steem_amount: '2.000 GOLOS',
    escrow_id: 11, agent: 'carol', fee: '0.100 GOLOS', json_meta: '{}',
    ratification_deadline: '2026-02-02T00:00:00', escrow_expiration: '2026-02-10T00:00:00' }, 'alice', 'active'],
  ['escrow_dispute', { from: 'alice', to: 'bob', agent: 'carol', who: 'bob', escrow_id: 11 }, 'bob', 'active'],
  ['escrow_release', { from: 'alice', to: 'bob', agent: 'carol', who: 'carol', receiver: 'bob', escrow_id: 11,
    sbd_amount: '1.000 GBG', steem_amount: '0.000 GOLOS' }, 'carol', 'active'],
  ['escrow_approve', { from: 'alice', to: 'bob', agent: 'carol', who: 'carol', escrow_id: 11, approve: true },
    'carol', 'active'],
  ['transfer_to_savings', { from: 'alice', to: 'alice', amount: '3.000 GOLOS', memo: 'save' }, 'alice', 'active'],
  ['transfer_from_savings', { from: 'alice', request_id: 5, to: 'bob', amount: '3.000 GBG', memo: '' },
    'alice', 'active'],
  ['cancel_transfer_from_savings', { from: 'alice', request_id: 5 }, 'alice', 'active'],
  ['custom_binary', { required_owner_auths: [], required_active_auths: ['alice'], required_posting_auths: [],
    required_auths: [], id: 'bin', data: '0102030405' }, 'alice', 'active'],
  ['custom_binary', { required_owner_auths: ['alice'], required_active_auths: [], required_posting_auths: ['bob'],
    required_auths: [auth1('carol', 'active')], id: 'bin2', data: '' }, 'alice', 'owner'],
  ['decline_voting_rights', { account: 'alice', decline: true }, 'alice', 'owner'],
  ['reset_account', { reset_account: 'alice', account_to_reset: 'bob', new_owner_authority: auth1('bob', 'owner2') },
    'alice', 'active'],
  ['set_reset_account', { account: 'alice', current_reset_account: 'bob', reset_account: 'carol' }, 'alice', 'owner'],
  ['set_reset_account', { account: 'alice', current_reset_account: '', reset_account: 'carol' }, 'alice', 'posting'],
  ['delegate_vesting_shares', { delegator: 'alice', delegatee: 'bob', vesting_shares: '1000.000000 GESTS' },
    'alice', 'active'],
  ['account_create_with_delegation', { fee: '1.000 GOLOS', delegation: '30000.000000 GESTS', creator: 'alice',
    new_account_name: 'erin', owner: auth1('erin', 'owner'), active: auth1('erin', 'active'),
    posting: auth1('erin', 'posting'), memo_key: pub('erin', 'memo'), json_metadata: '', extensions: [] },
    'alice', 'active'],
  ['account_create_with_delegation', { fee: '1.000 GOLOS', delegation: '0.000000 GESTS', creator: 'alice',
    new_account_name: 'frank', owner: auth1('frank', 'owner'), active: auth1('frank', 'active'),
    posting: auth1('frank', 'posting'), memo_key: pub('frank', 'memo'), json_metadata: '{}', extensions: [
      [0, { referrer: 'alice', interest_rate: 500, end_date: '2026-06-01T00:00:00', break_fee: '5.000 GOLOS' }]] },
    'alice', 'active'],
  ['account_metadata', { account: 'alice', json_metadata: '{"profile":{"name":"Alice"}}' }, 'alice', 'posting'],
  ['proposal_create', { author: 'alice', title: 'pay-bob', memo: 'monthly',
    expiration_time: '2026-02-15T00:00:00', proposed_operations: [
      { op: ['transfer', { from: 'alice', to: 'bob', amount: '1.000 GOLOS', memo: '' }] }],
    extensions: [] }, 'alice', 'active'],
  ['proposal_create', { author: 'alice', title: 'two-ops', memo: '',
    expiration_time: '2026-02-15T00:00:00', proposed_operations: [
      { op: ['vote', { voter: 'bob', author: 'alice', permlink: 'p', weight: 100 }] },
      { op: ['account_witness_vote', { account: 'bob', witness: 'carol', approve: false }] }],
    review_period_time: '2026-02-14T00:00:00', extensions: [] }, 'alice', 'active'],
  ['proposal_update', { author: 'alice', title: 'pay-bob', active_approvals_to_add: ['alice'],
    active_approvals_to_remove: [], owner_approvals_to_add: [], owner_approvals_to_remove: [],
    posting_approvals_to_add: [], posting_approvals_to_remove: [], key_approvals_to_add: [],
    key_approvals_to_remove: [], extensions: [] }, 'alice', 'active'],
  ['proposal_update', { author: 'alice', title: 'pay-bob', active_approvals_to_add: [],
    active_approvals_to_remove: ['bob'], owner_approvals_to_add: ['carol'], owner_approvals_to_remove: ['dave'],
    posting_approvals_to_add: ['erin'], posting_approvals_to_remove: ['frank'],
    key_approvals_to_add: [pub('alice', 'k1')], key_approvals_to_remove: [pub('alice', 'k2')], extensions: [] },
    'carol', 'owner'],
  ['proposal_delete', { author: 'alice', title: 'pay-bob', requester: 'alice', extensions: [] }, 'alice', 'active'],
  ['chain_properties_update', { owner: 'alice', props: [0, { account_creation_fee: '3.000 GOLOS',
    maximum_block_size: 67584, sbd_interest_rate: 274 }] }, 'alice', 'active'],
  ['chain_properties_update', { owner: 'alice', props: [10, props30] }, 'alice', 'active'],
  ['break_free_referral', { referral: 'frank', extensions: [] }, 'frank', 'active'],
  ['delegate_vesting_shares_with_interest', { delegator: 'alice', delegatee: 'bob',
    vesting_shares: '500.000000 GESTS', interest_rate: 2500, extensions: [] }, 'alice', 'active'],
  ['delegate_vesting_shares_with_interest', { delegator: 'alice', delegatee: 'bob',
    vesting_shares: '500.000000 GESTS', interest_rate: 0, extensions: [[0, { is_emission: true }]] },
    'alice', 'active'],
  ['reject_vesting_shares_delegation', { delegator: 'alice', delegatee: 'bob', extensions: [] }, 'bob', 'active'],
  ['transit_to_cyberway', { owner: 'alice', vote_to_transit: true }, 'alice', 'active'],
  ['worker_request', { author: 'alice', permlink: 'worker-proposal', worker: 'bob',
    required_amount_min: '100.000 GOLOS', required_amount_max: '1000.000 GOLOS', vest_reward: false,
    duration: 604800, extensions: [] }, 'alice', 'posting'],
  ['worker_request_delete', { author: 'alice', permlink: 'worker-proposal', extensions: [] }, 'alice', 'posting'],
  ['worker_request_vote', { voter: 'bob', author: 'alice', permlink: 'worker-proposal', vote_percent: -10000,
    extensions: [] }, 'bob', 'posting'],
  ['claim', { from: 'alice', to: 'bob', amount: '1.000 GOLOS', to_vesting: true, extensions: [] }, 'alice', 'posting'],
  ['donate', { from: 'alice', to: 'bob', amount: '1.000 GOLOS',
    memo: { app: 'golos-blog', version: 1, target: { author: 'bob', permlink: 'post' }, comment: 'great' },
    extensions: [] }, 'alice', 'posting'],
  ['donate', { from: 'alice', to: 'bob', amount: '2.500 YMUSDT',
    memo: { app: 'golos-io', version: 2, target: {} }, extensions: [] }, 'alice', 'posting'],
  ['transfer_to_tip', { from: 'alice', to: 'alice', amount: '10.000 GOLOS', memo: '', extensions: [] },
    'alice', 'active'],
  ['transfer_from_tip', { from: 'alice', to: 'alice', amount: '10.000 GOLOS', memo: 'back', extensions: [] },
    'alice', 'active'],
  ['invite', { creator: 'alice', balance: '10.000 GOLOS', invite_key: pub('invite', 'key1'), extensions: [] },
    'alice', 'active'],
  ['invite', { creator: 'alice', balance: '20.000 GOLOS', invite_key: pub('invite', 'key2'),
    extensions: [[0, { is_referral: true }]] }, 'alice', 'active'],
  ['invite_claim', { initiator: 'bob', receiver: 'bob', invite_secret: key('invite', 'key1').wif, extensions: [] },
    'bob', 'active'],
  ['account_create_with_invite', { invite_secret: key('invite', 'key1').wif, creator: 'alice',
    new_account_name: 'gina', owner: auth1('gina', 'owner'), active: auth1('gina', 'active'),
    posting: auth1('gina', 'posting'), memo_key: pub('gina', 'memo'), json_metadata: '', extensions: [] },
    'alice', 'active'],
  ['asset_create', { creator: 'alice', max_supply: '1000000.000 YMUSDT', allow_fee: true,
    allow_override_transfer: false, json_metadata: '{"image_url":""}', extensions: [] }, 'alice', 'active'],
  ['asset_update', { creator: 'alice', symbol: 'YMUSDT', symbols_whitelist: ['GBG', 'GOLOS'], fee_percent: 100,
    json_metadata: '{}', extensions: [] }, 'alice', 'active'],
  ['asset_update', { creator: 'alice', symbol: 'YMUSDT', symbols_whitelist: [], fee_percent: 0,
    json_metadata: '', extensions: [] }, 'alice', 'active'],
  ['asset_issue', { creator: 'alice', amount: '500.000 YMUSDT', to: 'bob', extensions: [] }, 'alice', 'active'],
  ['asset_issue', { creator: 'alice', amount: '500.000 YMUSDT', to: '', extensions: [] }, 'alice', 'active'],
  ['asset_transfer', { creator: 'alice', symbol: 'YMUSDT', new_owner: 'bob', extensions: [] }, 'alice', 'active'],
  ['override_transfer', { creator: 'alice', from: 'bob', to: 'carol', amount: '1.500 YMUSDT', memo: 'fix',
    extensions: [] }, 'alice', 'active'],
  ['invite_donate', { from: 'alice', invite_key: pub('invite', 'key1'), amount: '1.000 GOLOS', memo: 'more',
    extensions: [] }, 'alice', 'active'],
  ['invite_transfer', { from: pub('invite', 'key1'), to: pub('invite', 'key2'), amount: '1.000 GOLOS', memo: '',
    extensions: [] }, 'invite', 'key1'],
  ['limit_order_cancel_ex', { owner: 'alice', orderid: 42, extensions: [] }, 'alice', 'active'],
  ['limit_order_cancel_ex', { owner: 'alice', orderid: 0,
    extensions: [[0, { base: 'GOLOS', quote: 'GBG', reverse: false }]] }, 'alice', 'active'],
  ['account_setup', { account: 'alice', settings: [[0, { account: 'bob', block: true }]], extensions: [] },
    'alice', 'posting'],
  ['account_setup', { account: 'alice', settings: [[1, { do_not_bother: false }]], extensions: [] },
    'alice', 'posting'],
  ['paid_subscription_create', { author: 'alice', oid: sub, cost: '10.000 GOLOS', tip_cost: true,
    allow_prepaid: false, interval: 2592000, executions: 12, extensions: [] }, 'alice', 'posting'],
  ['paid_subscription_update', { author: 'alice', oid: sub, cost: '12.000 GBG', tip_cost: false,
    interval: 2592000, executions: 0, extensions: [] }, 'alice', 'posting'],
  ['paid_subscription_delete', { author: 'alice', oid: sub, extensions: [] }, 'alice', 'posting'],
  ['paid_subscription_transfer', { from: 'bob', to: 'alice', oid: sub, amount: '10.000 GOLOS', memo: '',
    from_tip: true, extensions: [] }, 'bob', 'posting'],
  ['paid_subscription_transfer', { from: 'bob', to: 'alice', oid: sub, amount: '12.000 GBG', memo: 'month',
    from_tip: false, extensions: [] }, 'bob', 'active'],
  ['paid_subscription_cancel', { subscriber: 'bob', author: 'alice', oid: sub, extensions: [] }, 'bob', 'posting'],
  ['nft_collection', { creator: 'alice', name: 'CATS', json_metadata: '{"title":"cats"}', max_token_count: 100,
    extensions: [] }, 'alice', 'active'],
  ['nft_collection_delete', { creator: 'alice', name: 'CATS', extensions: [] }, 'alice', 'active'],
  ['nft_issue', { creator: 'alice', name: 'CATS', to: 'bob', json_metadata: '{"title":"Tom"}', extensions: [] },
    'alice', 'active'],
  ['nft_transfer', { token_id: 1, from: 'bob', to: 'carol', memo: 'gift', extensions: [] }, 'bob', 'active'],
  ['nft_transfer', { token_id: 2, from: 'bob', to: 'null', memo: '', extensions: [] }, 'bob', 'active'],
  ['nft_sell', { seller: 'carol', token_id: 1, buyer: '', order_id: 3, price: '5.000 GBG', extensions: [] },
    'carol', 'active'],
  ['nft_buy', { buyer: 'bob', name: '', token_id: 1, order_id: 3, price: '5.000 GBG', extensions: [] },
    'bob', 'active'],
  ['nft_buy', { buyer: 'bob', name: 'CATS', token_id: 0, order_id: 4, price: '1.000 YMUSDT', extensions: [] },
    'bob', 'active'],
  ['nft_cancel_order', { owner: 'carol', order_id: 3, extensions: [] }, 'carol', 'active'],
  ['nft_auction', { owner: 'carol', token_id: 1, min_price: '1.000 GOLOS', expiration: '2026-02-20T00:00:00',
    extensions: [] }, 'carol', 'active'],
];

const BASE_EXPIRATION = Date.parse('2026-01-31T10:00:00Z') / 1000;
const transactions = V.map(([name, fields, account, role], i) => {
  const tx = {
    ref_block_num: (4021 + i * 977) % 65536,
    ref_block_prefix: (1968656953 + i * 2654435761) % 4294967296,
    expiration: new Date((BASE_EXPIRATION + i * 61) * 1000).toISOString().slice(0, 19),
    operations: [[name, fields]],
    extensions: []
  };
  const signer = key(account, role);
  const buf = ops.transaction.toBuffer(ops.transaction.fromObject(tx));
  const digest = sha256(Buffer.concat([Buffer.from(CHAIN_ID, 'hex'), buf]));
  const signed = golos.auth.signTransaction(JSON.parse(JSON.stringify(tx)), [signer.wif]);
  const signedHex = ops.signed_transaction.toBuffer(ops.signed_transaction.fromObject(signed)).toString('hex');
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

const covered = new Set(V.map((v) => v[0]));
const skipped = ops.operation.st_operations.slice(0, 82).map((s) => s.operation_name)
  .filter((n) => !covered.has(n));
const out = {
  origin: 'golos-lib-js ' + VERSION + ' (ops.transaction.toBuffer, auth.signTransaction) via '
    + 'golos-crypto/src/test/vectors-gen/generate.js',
  chain_id: CHAIN_ID,
  skipped: skipped.map((n) => ({ name: n,
    reason: 'golos-lib-js ' + VERSION + ' does not encode the node\'s struct (mining, disabled since HF17)' })),
  keys: Object.keys(keyCache).sort().map((k) => keyCache[k]),
  transactions
};
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
