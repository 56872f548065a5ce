package io.github.goloswitness.it;

import io.github.goloswitness.client.GolosClient;
import io.github.goloswitness.crypto.PrivateKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * One golosd process of the loopback network, started directly (no shell script) with its own
 * {@code config.ini}: its ports, the witnesses it produces for and their private signing keys
 * (written into the config file only, never into argv or a log), its seed nodes. Output goes to
 * {@code golosd.log} in its data directory.
 */
final class GolosdNode {
  /** What a node is. */
  record Spec(String name, int httpPort, int wsPort, int p2pPort, boolean stale, List<String> witnesses,
      List<PrivateKey> signingKeys, List<Integer> seedP2pPorts) {
    Spec {
      witnesses = List.copyOf(witnesses);
      signingKeys = List.copyOf(signingKeys);
      seedP2pPorts = List.copyOf(seedP2pPorts);
    }

    @Override
    public String toString() {
      return "GolosdNode.Spec[" + name + " http " + httpPort + ", ws " + wsPort + ", p2p " + p2pPort
          + ", witnesses " + witnesses + ", " + signingKeys.size() + " signing keys]";
    }
  }

  private final GolosdBinary binary;
  private final Spec spec;
  private final Path dir;
  private ProcessHandle process;

  GolosdNode(GolosdBinary binary, Spec spec, Path workDir) {
    this.binary = binary;
    this.spec = spec;
    this.dir = workDir.resolve(spec.name());
  }

  String name() {
    return spec.name();
  }

  Spec spec() {
    return spec;
  }

  URI http() {
    return URI.create("http://127.0.0.1:" + spec.httpPort());
  }

  URI ws() {
    return URI.create("ws://127.0.0.1:" + spec.wsPort());
  }

  Path log() {
    return dir.resolve("golosd.log");
  }

  /** A client of this node only, with short timeouts and no retries (a dead node fails fast). */
  GolosClient client() {
    return GolosClient.builder(http()).timeout(Duration.ofSeconds(5)).maxRetries(0).build();
  }

  /** Writes the config (first start: a fresh data directory, a new chain) and starts golosd. */
  synchronized void start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(spec.name() + ": golosd already running (pid " + process.pid() + ")");
    }
    try {
      Files.createDirectories(dir);
      // the config holds private signing keys: readable by its owner only
      Path config = dir.resolve("config.ini");
      Files.deleteIfExists(config);
      Files.createFile(config, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(config, config());
      process = new ProcessBuilder(binary.path().toString(), "--data-dir=" + dir)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start().toHandle();
      Files.writeString(dir.resolve("golosd.pid"), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException(spec.name() + ": cannot start " + binary.path(), e);
    }
  }

  /** SIGKILL, as a crashed server; waits until the process is gone. Idempotent. */
  synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(spec.name() + ": golosd " + process.pid() + " survived SIGKILL for 30 s", e);
    }
  }

  /**
   * Takes over the golosd a kept network left running (its pid file, still a live golosd);
   * false if there is none.
   */
  synchronized boolean attach() {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve("golosd.pid")).trim());
      Optional<ProcessHandle> h = ProcessHandle.of(pid)
          .filter(p -> p.isAlive() && p.info().command().orElse("").endsWith("golosd"));
      h.ifPresent(p -> process = p);
      return h.isPresent();
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  synchronized Optional<Long> pid() {
    return Optional.ofNullable(process).map(ProcessHandle::pid);
  }

  /** The last {@code n} lines of the log, for a failure message. */
  String logTail(int n) {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private String config() throws IOException {
    String template;
    try (InputStream in = GolosdNode.class.getResourceAsStream("/golosd-config.ini")) {
      if (in == null) {
        throw new IOException("golosd-config.ini missing from the test resources");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return template
        .replace("{{P2P_PORT}}", Integer.toString(spec.p2pPort()))
        .replace("{{HTTP_PORT}}", Integer.toString(spec.httpPort()))
        .replace("{{WS_PORT}}", Integer.toString(spec.wsPort()))
        .replace("{{STALE}}", Boolean.toString(spec.stale()))
        .replace("{{SEEDS}}", spec.seedP2pPorts().stream()
            .map(p -> "p2p-seed-node = 127.0.0.1:" + p).collect(Collectors.joining("\n")))
        .replace("{{WITNESSES}}", spec.witnesses().stream()
            .map(w -> "witness = \"" + w + "\"").collect(Collectors.joining("\n")))
        .replace("{{KEYS}}", spec.signingKeys().stream()
            .map(k -> "private-key = " + k.toWif()).collect(Collectors.joining("\n")));
  }

  @Override
  public String toString() {
    return "GolosdNode[" + spec.name() + "]";
  }
}
