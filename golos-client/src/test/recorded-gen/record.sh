#!/bin/bash
# Records real replies of a running golosd (HTTP JSON-RPC) into ../resources/recorded/, one file per
# call, the reply body exactly as the node sent it. Usage: record.sh http://127.0.0.1:28190
# File name: API.METHOD[.ARGS].json, ARGS = the args joined by '.', without quotes/brackets.
set -euo pipefail
NODE=${1:?node url}
OUT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/recorded" && pwd)
call() { # api method args-json name-suffix
  local name="$1.$2${4:+.$4}.json"
  curl -s -m 10 -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"call\",\"params\":[\"$1\",\"$2\",$3]}" "$NODE" > "$OUT/$name"
  echo "$name: $(head -c 100 "$OUT/$name")"
}
for n in ${BLOCKS:-2 3 290 291 296 297 298 299}; do
  call database_api get_block "[$n]" "$n"
  call operation_history get_block_with_virtual_ops "[$n]" "$n"
done
call database_api get_block_header "[296]" 296
call operation_history get_ops_in_block "[296,false]" 296.false
call operation_history get_ops_in_block "[298,false]" 298.false
for id in ${TXS:-}; do call operation_history get_transaction "[\"$id\"]" "$id"; done
call operation_history get_transaction '["0000000000000000000000000000000000000000"]' unknown
call account_history get_account_history '["reader",-1,10]' reader
call account_history get_account_history '["cyberfounder",-1,20]' cyberfounder
call database_api get_accounts_balances '[["cyberfounder","reader"]]'
call database_api get_accounts '[["cyberfounder","reader"]]'
call database_api get_assets '["",[],"",20]'
call database_api get_dynamic_global_properties '[]'
call database_api get_config '[]'
call database_api get_chain_properties '[]'
call witness_api get_witness_by_account '["cyberfounder"]' cyberfounder
call witness_api get_witness_schedule '[]'
call database_api get_hardfork_version '[]'
call witness_api get_active_witnesses '[]'
