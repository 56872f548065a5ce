package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.FailoverState;
import io.github.goloswitness.testkit.SimEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Monitors restart mid-incident; state files go missing, corrupt or unwritable. */
class RestartScenariosTest extends ScenarioTest {

  @Test
  void aMonitorRestartsMidIncident() throws Exception {
    start(3);
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.monitor(1).state().phase() != FailoverState.Phase.WATCHING);
    c.restartMonitor(1);
    c.stepUntil(4 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("monitor restarts mid-incident", 1, () -> {
      assertThat(c.producer()).isEqualTo(1);
      assertThat(c.broadcasts()).hasSize(1);
    });
  }

  @Test
  void theBestBackupsMonitorIsDownDuringTheIncident() throws Exception {
    start(3);
    c.stopMonitor(1);
    c.crash(0);
    c.stepUntil(8 * ROUND, () -> c.producer() != 0);
    c.restartMonitor(1);
    c.steps(2 * ROUND);
    finish("best backup's monitor down, restarts after", 1, () -> {
      assertThat(c.producer()).isEqualTo(2);
      assertThat(c.broadcasts()).extracting(b -> b.node()).containsOnly(2);
    });
  }

  @Test
  void aBackupRestartedAfterTheProducerMissedAndRecoveredDoesNotSwitch() throws Exception {
    // Issue 10, defect 1: allowed_misses 1, miss_window 12 s; the backup is stopped while the
    // producer misses 2 slots and produces again; the backup starts again more than 12 s later.
    start(3, i -> "miss_window: 12\n");
    c.stopMonitor(1);
    long missed = c.net().totalMissed();
    c.crash(0);
    c.stepUntil(3 * ROUND, () -> c.net().totalMissed() >= missed + 2);
    c.restart(0);
    int produced = blocksOfNode0();
    c.stepUntil(2 * ROUND, () -> blocksOfNode0() > produced);
    c.steps(6); // 18 s: more than the window
    c.restartMonitor(1);
    c.steps(ROUND);
    finish("backup restarts after the producer missed 2 and recovered", 0, () -> {
      assertThat(c.net().totalMissed()).isEqualTo(missed + 2);
      assertThat(c.producer()).isZero();
      assertThat(c.broadcasts()).isEmpty();
    });
  }

  private int blocksOfNode0() {
    return (int) c.net().events().stream()
        .filter(e -> e instanceof SimEvent.BlockProduced b && b.node() == 0).count();
  }

  @Test
  void stateFileMissingAtRestart() throws Exception {
    start(3);
    Path file = c.config(1).stateFile();
    try (var files = Files.list(file.getParent())) {
      for (Path p : files.filter(p -> p.getFileName().toString().startsWith(file.getFileName().toString())).toList()) {
        Files.delete(p);
      }
    }
    c.note("monitor1 state files deleted");
    c.restartMonitor(1);
    c.steps(ROUND);
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("state file missing", 1, () -> assertThat(c.producer()).isEqualTo(1));
  }

  @Test
  void stateFileCorruptAtRestart() throws Exception {
    start(3);
    c.crash(0);
    c.steps(ROUND + 5); // a miss is counted
    Files.writeString(c.config(1).stateFile(), "{\"format\": \"1\", \"phase\": ");
    c.note("monitor1 state file truncated");
    c.restartMonitor(1);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("state file corrupt (backup used)", 1, () -> {
      assertThat(c.producer()).isEqualTo(1);
      assertThat(c.broadcasts()).hasSize(1);
    });
  }

  @Test
  void stateFileUnwritable() throws Exception {
    start(3);
    Path file = c.config(1).stateFile();
    Files.deleteIfExists(file);
    Files.createDirectories(file.resolve("blocker")); // a non-empty directory cannot be replaced
    c.note("monitor1 state file unwritable");
    c.crash(0);
    c.stepUntil(6 * ROUND, () -> c.producer() != 0);
    c.steps(ROUND);
    finish("state file unwritable", 1, Set.of(1), () -> {
      assertThat(c.producer()).isEqualTo(1);
      assertThat(c.alertEvents()).contains("state_save_failed");
      // One "cannot save state to FILE:" prefix, not two (issue 10).
      assertThat(c.alerts()).filteredOn(a -> a.event().equals("state_save_failed"))
          .allSatisfy(a -> assertThat(a.message()).startsWith("cannot save state to ")
              .doesNotContain(": cannot save state to"));
    });
  }
}
