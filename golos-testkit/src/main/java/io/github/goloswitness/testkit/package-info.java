/**
 * A simulated Golos network for end-to-end tests, fault-injection scenarios and the demo: golosd
 * JSON-RPC over real HTTP on 127.0.0.1, one deterministic chain, our witness on several nodes.
 *
 * <p>Entry point: {@link io.github.goloswitness.testkit.SimNetwork}, configured by {@link
 * io.github.goloswitness.testkit.SimConfig}; it reports {@link
 * io.github.goloswitness.testkit.SlotEvent}s (one per 3 s slot) and a timeline of {@link
 * io.github.goloswitness.testkit.SimEvent}s. Everything else in the package is internal.
 *
 * <pre>{@code
 * try (SimNetwork net = SimNetwork.start(SimConfig.defaults().withNodes(2))) {
 *   GolosClient client = GolosClient.builder(net.uris()).build();
 *   // a monitor under test uses net.clock() as "now" and net.activeKey() from a key file
 *   net.crash(0);                      // node 0 (holding the on-chain key) goes away
 *   net.advanceThroughOurSlot();       // our slot is missed...
 *   net.advanceSlot();                 // ...and counted in total_missed when the next block arrives
 *   // the monitor broadcasts witness_update(signing key of node 1) through node 1
 *   net.advanceThroughOurSlot();       // node 1 produces: SlotEvent.node() == OptionalInt.of(1)
 * }
 * }</pre>
 *
 * <p>Fidelity: envelope and error objects follow golosd (chain-node plugins/json_rpc) and the
 * fixtures in {@code shared/fixtures/golosd}; broadcast validation checks operations, duplicate
 * ids, canonical signatures recovering the owner's active key, TaPoS against the last 65536 blocks
 * and expiration against the node's head time, with the chain id. Simplifications: no forks, no
 * block signatures (zeros), only {@code witness_update} is applied (see golos-testkit/README.md),
 * the schedule is the active witnesses in creation order (our witness first), other witnesses'
 * accounts have one key for every role.
 */
package io.github.goloswitness.testkit;
