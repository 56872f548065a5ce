package io.github.goloswitness.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One {@code witness-monitor} command as its own OS process: the app's {@code Main} on this test
 * JVM's class path (what the shaded jar holds). Used for the daemons ({@code run}) and for one-shot
 * commands ({@code handover}, {@code switch}); stderr (the daemon's log) goes to a file.
 */
final class MonitorProcess {
  private final String name;
  private final Path dir;
  private Process process;

  MonitorProcess(String name, Path workDir) {
    this.name = name;
    this.dir = workDir.resolve(name);
  }

  String name() {
    return name;
  }

  Path dir() {
    return dir;
  }

  Path log() {
    return dir.resolve("monitor.log");
  }

  /** Writes a file readable only by its owner (key files must be, or the daemon refuses them). */
  Path writePrivate(String fileName, String content) {
    try {
      Files.createDirectories(dir);
      Path f = dir.resolve(fileName);
      Files.deleteIfExists(f);
      Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(f, content);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot write " + fileName, e);
    }
  }

  /** Starts {@code witness-monitor ARGS...} with stdout and stderr appended to {@link #log()}. */
  synchronized void start(String... args) {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + ": already running (pid " + process.pid() + ")");
    }
    try {
      Files.createDirectories(dir);
      process = new ProcessBuilder(command(args))
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
      Files.writeString(dir.resolve("monitor.pid"), Long.toString(process.pid()));
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": cannot start the monitor", e);
    }
  }

  /** Runs a one-shot command to its end (at most {@code timeoutSeconds}); its exit status. */
  int runToEnd(long timeoutSeconds, String... args) {
    start(args);
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        kill();
        throw new AssertionError(name + ": " + String.join(" ", args) + " still running after "
            + timeoutSeconds + " s; log:\n" + logText());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
      throw new AssertionError("interrupted", e);
    }
  }

  /** SIGKILL; waits until the process is gone. Idempotent. */
  synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  synchronized Optional<Long> pid() {
    return Optional.ofNullable(process).map(Process::pid);
  }

  String logText() {
    try {
      return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }

  /** The log lines containing {@code text}. */
  List<String> logLines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : logText().split("\n")) {
      if (line.contains(text)) {
        out.add(line);
      }
    }
    return out;
  }

  private static List<String> command(String... args) {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // small and quick to start: four JVMs share two cores with the nodes
        "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"),
        io.github.goloswitness.monitor.Main.class.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Override
  public String toString() {
    return "MonitorProcess[" + name + "]";
  }
}
