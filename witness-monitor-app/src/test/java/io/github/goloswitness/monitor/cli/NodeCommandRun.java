package io.github.goloswitness.monitor.cli;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.client.Sleeper;
import io.github.goloswitness.monitor.config.Environment;
import io.github.goloswitness.monitor.daemon.NodeClients;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import picocli.CommandLine;

/** Runs one command in-process with captured streams and clients that never sleep. */
final class NodeCommandRun {

  record Result(int exit, String out, String err) {}

  /** Pauses the command asked for, instead of sleeping. */
  final List<Duration> pauses = new CopyOnWriteArrayList<>();

  final NodeClients clients = new NodeClients() {
    @Override
    public GolosClient open(List<URI> nodes) {
      return GolosClient.builder(nodes).timeout(Duration.ofSeconds(5)).maxRetries(0).sleeper(pauses::add)
          .broadcastTimeout(Duration.ofSeconds(3)).build();
    }

    @Override
    public Sleeper sleeper() {
      return pauses::add;
    }
  };

  Result run(BiFunction<Environment, NodeClients, Object> command, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env = new Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), InstantSource.fixed(Instant.parse("2026-11-26T04:19:00Z")));
    CommandLine cli = new CommandLine(command.apply(env, clients));
    cli.setOut(new java.io.PrintWriter(env.out(), true));
    cli.setErr(new java.io.PrintWriter(env.err(), true));
    int exit = cli.execute(args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
