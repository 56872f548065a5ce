package io.github.goloswitness.failover.sim;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.Step;
import java.time.InstantSource;
import java.util.Objects;

/**
 * One node's monitor process inside a {@link Simulation}: it is shown the chain after every slot
 * while its node is up and answers what it would do. The default is the real {@link
 * FailoverPolicy} ({@link #policy()}); benchmarks plug in other strategies (e.g. a model of the
 * original {@code witness_monitor.py}) to compare them on the same chain and the same incidents.
 *
 * <p>Implementations are stateful and used by one simulation thread only.
 */
public interface SimulatedMonitor {

  /**
   * Called after every slot while the node is up. The monitor decides itself whether this is one
   * of its polls; if not it returns a {@link Decision.Hold}.
   *
   * @param seen the chain as this node sees it right now
   * @return {@link Decision.TakeOver} or {@link Decision.Disable} to broadcast a key change,
   *     {@link Decision.Hold} otherwise
   */
  Decision poll(Observation seen);

  /** The monitor process restarts: it keeps only what it persists. */
  void restart();

  /** Creates the monitor of one node. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param config the shared settings with this node's {@code ownKey} and {@code priority} set
     * @param clock the simulation's clock: the node's wall time (half a second after each slot)
     */
    SimulatedMonitor create(FailoverConfig config, InstantSource clock);
  }

  /** The real {@link FailoverPolicy}, its state persisted across restarts as {@code toMap()}. */
  static Factory policy() {
    return (config, clock) -> new PolicyMonitor(new FailoverPolicy(config, clock));
  }

  /** {@link FailoverPolicy} as a {@link SimulatedMonitor}: polls every slot. */
  final class PolicyMonitor implements SimulatedMonitor {
    private final FailoverPolicy policy;
    private FailoverState state = FailoverState.initial();

    PolicyMonitor(FailoverPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public Decision poll(Observation seen) {
      Step step = policy.evaluate(state, seen);
      state = step.next();
      return step.decision();
    }

    @Override
    public void restart() {
      state = FailoverState.fromMap(state.toMap());
    }
  }
}
