/**
 * A typed, fault-tolerant JSON-RPC client for golosd over HTTP(S) and WebSocket (the JDK's
 * {@code java.net.http}), with failover, quorum reads, a block stream and one-call sign and
 * broadcast. Its API uses golos-crypto's types (keys, assets, operations, transactions), so a
 * module that requires this one reads golos-crypto too. Jackson parses and writes the JSON inside;
 * none of its types appears in this module's API.
 */
module io.github.goloswitness.client {
  requires transitive io.github.goloswitness.crypto;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;

  exports io.github.goloswitness.client;
}
