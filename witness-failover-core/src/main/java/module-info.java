/**
 * The pure witness failover policy ({@code FailoverPolicy.evaluate(state, observation)}) and, in
 * {@code io.github.goloswitness.failover.sim}, a deterministic discrete-event simulator. JDK only.
 */
module io.github.goloswitness.failover {
  exports io.github.goloswitness.failover;
  exports io.github.goloswitness.failover.sim;
}
