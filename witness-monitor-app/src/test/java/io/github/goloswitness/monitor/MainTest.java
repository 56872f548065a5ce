package io.github.goloswitness.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void usageMistakeIsOneLineOnStderrAndExitTwo() {
    CommandRun run = CommandRun.run("", "keygen", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).containsExactly(
        "keygen: Unknown option: '--no-such-option' (try 'witness-monitor keygen --help')");
  }

  @Test
  void unknownCommandNamesItself() {
    CommandRun run = CommandRun.run("", "no-such-command");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no-such-command").doesNotContain("Usage:");
  }

  @Test
  void helpListsTheCommands() {
    CommandRun run = CommandRun.run("", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("keygen", "tx", "status", "switch", "simulate");
  }
}
