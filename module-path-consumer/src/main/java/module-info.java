/**
 * An embedder's application on the module path: it names only our two library modules. Built and
 * run by {@code mvn verify} to prove golos-crypto and golos-client work for module-path consumers.
 */
module io.github.goloswitness.consumer {
  requires io.github.goloswitness.crypto;
  requires io.github.goloswitness.client;
  requires jdk.httpserver; // the fake node only
}
