package io.github.goloswitness.testkit;

/**
 * A simulated account's public keys (GLS strings); each authority is one key with weight 1 and
 * threshold 1.
 */
record SimAccount(String name, String owner, String active, String posting, String memo) {}
