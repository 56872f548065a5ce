/**
 * An embedder's application on the module path: it requires golos-client (which brings golos-crypto
 * with {@code requires transitive}) and golos-testkit for the simulated node it talks to, nothing
 * else. {@code mvn verify} runs it on the module path and as a jlink image ({@code JlinkImageIT}).
 */
module io.github.goloswitness.consumer {
  requires io.github.goloswitness.client;
  requires io.github.goloswitness.testkit;
}
