package io.github.goloswitness.failover.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.Decision;
import io.github.goloswitness.failover.FailoverConfig;
import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.sim.Scenario.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pluggable monitors: the simulator runs any strategy on the same chain and incident script. */
class SimulatedMonitorTest {

  /** Never acts; counts its polls and restarts. */
  private static final class Silent implements SimulatedMonitor {
    final FailoverConfig config;
    int polls;
    int restarts;

    Silent(FailoverConfig config) {
      this.config = config;
    }

    @Override
    public Decision poll(Observation seen) {
      polls++;
      return new Decision.Hold("silent");
    }

    @Override
    public void restart() {
      restarts++;
    }
  }

  @Test
  void eachNodeGetsItsOwnKeyAndPriority() {
    List<Silent> made = new ArrayList<>();
    new Simulation(Scenario.of(Kind.CRASH, 3, 1, 5), (config, clock) -> {
      Silent s = new Silent(config);
      made.add(s);
      return s;
    });
    assertThat(made).extracting(s -> s.config.ownKey()).containsExactly("GLS_NODE_0", "GLS_NODE_1", "GLS_NODE_2");
    assertThat(made).extracting(s -> s.config.priority()).containsExactly(0, 1, 2);
  }

  @Test
  void aMonitorThatNeverActsLeavesTheCrashUnrepaired() {
    List<Silent> made = new ArrayList<>();
    SimulationReport r = new Simulation(Scenario.of(Kind.CRASH, 3, 2, 5), (config, clock) -> {
      Silent s = new Silent(config);
      made.add(s);
      return s;
    }).run();
    assertThat(r.incidents()).allSatisfy(i -> {
      assertThat(i.switches()).isZero();
      assertThat(i.secondsToSwitch()).isEqualTo(-1);
      assertThat(i.misses()).isGreaterThan(10);
    });
    // the crashed producer's monitor restarts with its server at the end of each incident
    assertThat(made.get(0).restarts).isGreaterThanOrEqualTo(2);
    assertThat(made.get(1).polls).isGreaterThan(made.get(0).polls);
  }

  @Test
  void theDefaultFactoryIsTheRealPolicy() {
    Scenario s = Scenario.of(Kind.CRASH, 3, 3, 7);
    assertThat(new Simulation(s, SimulatedMonitor.policy()).run()).isEqualTo(new Simulation(s).run());
  }
}
