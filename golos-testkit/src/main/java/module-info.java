/**
 * A simulated Golos network for tests: golosd's JSON-RPC over real HTTP on 127.0.0.1 (the JDK's
 * {@code jdk.httpserver}), a deterministic chain, signed broadcasts checked like golosd checks
 * them, fault controls. Its API uses golos-crypto's types (keys, chain id), which a module
 * requiring this one therefore reads too.
 */
module io.github.goloswitness.testkit {
  requires transitive io.github.goloswitness.crypto;
  requires io.github.goloswitness.client;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;

  exports io.github.goloswitness.testkit;
}
