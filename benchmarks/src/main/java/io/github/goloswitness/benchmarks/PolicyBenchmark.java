package io.github.goloswitness.benchmarks;

import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.FailoverPolicy;
import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.failover.FakeClock;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.sim.Scenario;
import io.github.goloswitness.failover.sim.Simulation;
import io.github.goloswitness.failover.sim.SimulationReport;
import io.github.goloswitness.failover.Step;
import io.github.goloswitness.failover.Version;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of {@link FailoverPolicy#evaluate} (one poll) and of the simulator (simulated days
 * of a 3-node witness per second, one crash incident per 30 minutes).
 */
@State(Scope.Thread)
public class PolicyBenchmark {

  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final Version V30 = Version.parse("0.30.0");
  /** 48 incidents of 30 minutes = one day of chain time. */
  private static final Scenario ONE_DAY = Scenario.of(Scenario.Kind.CRASH, 3, 48, 1);

  private FailoverPolicy policy;
  private Observation[] observations;
  private FailoverState state;
  private int next;

  @Setup
  public void setUp() {
    FakeClock clock = new FakeClock(GENESIS);
    policy = new FailoverPolicy(FailoverConfig.defaults().withOwnKey("GLS_OWN").withPriority(1), clock);
    // An hour of polls, one per block: another key produces, missing every 7th of its slots, so the
    // policy goes through misses, thresholds, waits, requests and failed confirmations.
    observations = new Observation[1200];
    long missed = 0;
    for (int i = 0; i < observations.length; i++) {
      if (i % 21 == 10 && (i / 21) % 7 == 0) {
        missed++;
      }
      observations[i] = Observation.healthy(1000 + i, GENESIS.plusSeconds(3L * i), "GLS_OTHER", missed, 999, V30);
    }
    state = FailoverState.initial();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Step evaluate() {
    if (next == observations.length) {
      next = 0;
      state = FailoverState.initial();
    }
    Step step = policy.evaluate(state, observations[next++]);
    state = step.next();
    return step;
  }

  /** One simulated day (28,800 slots, 3 monitors polling every slot) per operation. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SimulationReport simulatedDay() {
    return new Simulation(ONE_DAY).run();
  }
}
