package io.github.goloswitness.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Kills what an earlier run left behind (a JVM killed before it could close the network): every
 * process named in a {@code golosd.pid} or {@code monitor.pid} under the work directory that is
 * still alive and still a golosd or java process (a reused pid of something else is left alone).
 */
final class Leftovers {
  private Leftovers() {}

  static void killAll(Path work) {
    killAll(work, ".pid");
  }

  /** As {@link #killAll(Path)}, for the pid files whose name ends with {@code suffix}. */
  static void killAll(Path work, String suffix) {
    if (!Files.isDirectory(work)) {
      return;
    }
    try (Stream<Path> files = Files.walk(work, 2)) {
      files.filter(f -> f.getFileName().toString().endsWith(suffix)).forEach(Leftovers::kill);
    } catch (IOException e) {
      throw new IllegalStateException("cannot scan " + work + " for leftover processes", e);
    }
  }

  private static void kill(Path pidFile) {
    long pid;
    try {
      pid = Long.parseLong(Files.readString(pidFile).trim());
    } catch (IOException | NumberFormatException e) {
      return;
    }
    ProcessHandle.of(pid).ifPresent(p -> {
      String cmd = p.info().command().orElse("");
      if (p.isAlive() && (cmd.endsWith("golosd") || cmd.endsWith("java"))) {
        p.destroyForcibly();
        p.onExit().join();
      }
    });
  }
}
