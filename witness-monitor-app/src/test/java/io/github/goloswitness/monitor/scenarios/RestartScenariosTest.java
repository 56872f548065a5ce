package io.github.goloswitness.monitor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.failover.FailoverState;
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
    });
  }
}
