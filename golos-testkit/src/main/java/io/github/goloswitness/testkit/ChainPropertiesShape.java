package io.github.goloswitness.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.goloswitness.crypto.ChainProperties17;

/**
 * golosd's {@code chain_api_properties} (chain-node libraries/api/include/golos/api/
 * chain_api_properties.hpp): the three witness_update props, then the later fields with the
 * fixtures' values.
 */
final class ChainPropertiesShape {

  static ObjectNode full(ChainProperties17 p) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("account_creation_fee", p.accountCreationFee().toString());
    o.put("maximum_block_size", p.maximumBlockSize());
    o.put("sbd_interest_rate", p.sbdInterestRate());
    o.put("create_account_min_golos_fee", "0.100 GOLOS");
    o.put("create_account_min_delegation", "1.000 GOLOS");
    o.put("create_account_delegation_time", 2592000);
    o.put("min_delegation", "1.000 GOLOS");
    o.put("max_referral_interest_rate", 1000);
    o.put("max_referral_term_sec", 15552000);
    o.put("min_referral_break_fee", "1.000 GOLOS");
    o.put("max_referral_break_fee", "100.000 GOLOS");
    o.put("posts_window", 3);
    o.put("posts_per_window", 1);
    o.put("comments_window", 200);
    o.put("comments_per_window", 10);
    o.put("votes_window", 15);
    o.put("votes_per_window", 10);
    o.put("auction_window_size", 0);
    o.put("max_delegated_vesting_interest_rate", 8000);
    o.put("custom_ops_bandwidth_multiplier", 10);
    o.put("min_curation_percent", 0);
    o.put("max_curation_percent", 10000);
    o.put("curation_reward_curve", "linear");
    o.put("allow_distribute_auction_reward", true);
    o.put("allow_return_auction_reward_to_fund", true);
    o.put("worker_reward_percent", 0);
    o.put("witness_reward_percent", 1000);
    o.put("vesting_reward_percent", 1500);
    o.put("worker_emission_percent", 0);
    o.put("vesting_of_remain_percent", 0);
    o.put("worker_request_creation_fee", "100.000 GBG");
    o.put("worker_request_approve_min_percent", 1000);
    o.put("sbd_debt_convert_rate", 100);
    o.put("vote_regeneration_per_day", 10);
    o.put("witness_skipping_reset_time", 21600);
    o.put("witness_idleness_time", 15552000);
    o.put("account_idleness_time", 15552000);
    o.put("claim_idleness_time", 86400);
    o.put("min_invite_balance", "10.000 GOLOS");
    o.put("asset_creation_fee", "2000.000 GBG");
    o.put("invite_transfer_interval_sec", 60);
    o.put("convert_fee_percent", 500);
    o.put("min_golos_power_to_curate", "1000.000 GOLOS");
    o.put("negrep_posting_window", 1440);
    o.put("negrep_posting_per_window", 1);
    o.put("unwanted_operation_cost", "100.000 GOLOS");
    o.put("unlimit_operation_cost", "1.000 GOLOS");
    o.put("min_golos_power_to_emission", "1000.000 GOLOS");
    o.put("nft_issue_cost", "1.000 GBG");
    o.put("private_group_golos_power", "1000.000 GOLOS");
    o.put("private_group_cost", "1.000 GBG");
    o.put("chain_status", true);
    return o;
  }

  private ChainPropertiesShape() {}
}
