package io.github.goloswitness.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

  @Test
  void everyCommandAnswersHelp() {
    for (String command : List.of("run", "feed", "handover", "status", "switch", "simulate", "demo", "keygen", "tx",
        "tx serialize", "tx sign", "tx verify", "tx broadcast", "bench", "bench failover", "bench footprint")) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      CommandRun run = CommandRun.run("", args.toArray(String[]::new));
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).startsWith("Usage: witness-monitor " + command);
    }
  }
}
