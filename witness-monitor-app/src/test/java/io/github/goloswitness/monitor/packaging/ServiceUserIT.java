package io.github.goloswitness.monitor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.SystemTools;
import io.github.goloswitness.testkit.SimConfig;
import io.github.goloswitness.testkit.SimNetwork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon runs as the user it is installed for, reading 600 secrets: as the systemd unit's
 * {@code User=} after {@code packaging/install.sh}, and as the image's {@code USER} with the
 * ownership docs/install.md gives for a mounted config. Needs root (useradd, chown, setpriv).
 */
class ServiceUserIT {
  private static final Path ROOT = Tools.projectRoot();
  private static final String STARTED = "RunCommand - started:";

  @TempDir
  Path tmp;
  private SimNetwork net;

  @BeforeEach
  void startNode() throws IOException {
    net = SimNetwork.start(SimConfig.defaults().withNodes(1).withSeed(5));
    // @TempDir is 700 root: the service user must reach the files below it, as it reaches /etc and /opt.
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @AfterEach
  void stopNode() {
    net.close();
  }

  @Test
  void theUnitsUserReadsTheConfigAndKeyThatInstallShInstalls() throws Exception {
    Tools.requireRoot();
    SystemTools.require("setpriv", "util-linux");
    Unit unit = Unit.read(ROOT.resolve("packaging/witness-monitor.service"));
    String user = unit.get("User");
    assertThat(unit.get("Group")).isEqualTo(user);
    Path dest = tmp.resolve("root");
    Path stateDir = dest.resolve("var/lib").resolve(unit.get("StateDirectory"));
    Path config = writeConfig(tmp.resolve("witness_monitor.yml"), dest.resolve("etc/witness-monitor/active.key"));
    Path key = secret(tmp.resolve("active.key"), net.activeKey().toWif());

    Tools.Run install = Tools.run(List.of("sh", ROOT.resolve("packaging/install.sh").toString(),
        Tools.shadedJar().toString(), config.toString(), key.toString()), Map.of("DESTDIR", dest.toString()), tmp, 120);
    assertThat(install.exitCode()).as("install.sh: %s", install.output()).isZero();
    // What systemd does for StateDirectory= with StateDirectoryMode=0700 before starting the unit:
    Files.createDirectories(stateDir);
    Tools.run(List.of("chown", user + ":" + user, stateDir.toString()), Map.of(), tmp, 10);
    Files.setPosixFilePermissions(stateDir, PosixFilePermissions.fromString("rwx------"));

    List<String> exec = new ArrayList<>(unit.execStart());
    exec.replaceAll(word -> word.startsWith("/") ? dest + word : word);
    Daemon daemon = Daemon.start(user, user, unit.get("UMask"), exec, dest.resolve(unit.get("WorkingDirectory").substring(1)));

    assertThat(daemon.awaitLine(STARTED)).as("output:%n%s", daemon.output()).isTrue();
    assertThat(daemon.stop()).as("exit code after SIGTERM; output:%n%s", daemon.output()).isZero();
    assertThat(stateDir.resolve("witness-monitor.state")).isRegularFile();
  }

  @Test
  void aRootOwnedConfigIsRefusedWithItsName() throws Exception {
    Tools.requireRoot();
    SystemTools.require("setpriv", "util-linux");
    Path key = secret(tmp.resolve("active.key"), net.activeKey().toWif());
    Path config = writeConfig(tmp.resolve("witness_monitor.yml"), key);
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-------"));

    Daemon daemon = Daemon.start("65534", "65534", "0077",
        List.of(ROOT.resolve("packaging/witness-monitor").toString(), "run", "--config", config.toString()), tmp,
        Map.of("WITNESS_MONITOR_JAR", Tools.shadedJar().toString()));

    assertThat(daemon.awaitExit()).as("output:%n%s", daemon.output()).isNotZero();
    assertThat(daemon.output()).contains(config.toString()).contains("cannot read");
  }

  @Test
  void theImagesUserReadsAMountedConfigOwnedAsDocumented() throws Exception {
    Tools.requireRoot();
    SystemTools.require("setpriv", "util-linux");
    Dockerfile.Stage image = Dockerfile.read(ROOT.resolve("Dockerfile")).last();
    String[] uidGid = image.last("USER").split(":");
    Path mount = Files.createDirectories(tmp.resolve("config"));
    secret(mount.resolve("active.key"), net.activeKey().toWif());
    writeConfig(mount.resolve("witness_monitor.yml"), mount.resolve("active.key"));
    // docs/install.md and the Dockerfile's header: the mounted files belong to the image's uid.
    Tools.Run chown = Tools.run(List.of("sh", "-c", "chown -R 10001:10001 config && chmod 700 config && chmod 600 config/*"),
        Map.of(), tmp, 10);
    assertThat(chown.exitCode()).as(chown.output()).isZero();
    Path data = Files.createDirectories(tmp.resolve("data"));
    Tools.run(List.of("chown", image.last("USER"), data.toString()), Map.of(), tmp, 10);

    List<String> command = new ArrayList<>(List.of(ROOT.resolve("packaging/witness-monitor").toString()));
    command.addAll(Dockerfile.execForm(image.last("CMD")));
    command.replaceAll(word -> word.startsWith("/config/") ? tmp + word : word);
    Daemon daemon = Daemon.start(uidGid[0], uidGid[1], "0022", command, data,
        Map.of("WITNESS_MONITOR_JAR", Tools.shadedJar().toString()));

    assertThat(daemon.awaitLine(STARTED)).as("output:%n%s", daemon.output()).isTrue();
    assertThat(daemon.stop()).as("exit code after SIGTERM; output:%n%s", daemon.output()).isZero();
  }

  private Path writeConfig(Path file, Path keyFile) throws IOException {
    Files.writeString(file, "node: [\"" + net.uri(0) + "\"]\n"
        + "witness: " + net.witness() + "\n"
        + "witness_pubkey: " + net.signingKey(0).publicKey() + "\n"
        + "key_file: " + keyFile + "\n");
    return file;
  }

  private static Path secret(Path file, String text) throws IOException {
    Files.writeString(file, text + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    return file;
  }

  /** A daemon process run as another user with setpriv, its output collected line by line. */
  private static final class Daemon {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer output = new StringBuffer();

    private Daemon(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            output.append(line).append('\n');
            lines.add(line);
          }
        } catch (IOException e) {
          output.append("(output lost: ").append(e).append(")\n");
        }
      }, "daemon-output");
      reader.setDaemon(true);
      reader.start();
    }

    static Daemon start(String user, String group, String umask, List<String> command, Path dir) throws IOException {
      return start(user, group, umask, command, dir, Map.of());
    }

    static Daemon start(String user, String group, String umask, List<String> command, Path dir, Map<String, String> env)
        throws IOException {
      List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups",
          "sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
      full.addAll(command);
      ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true);
      builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("JAVA_HOME"));
      builder.environment().putAll(env);
      return new Daemon(builder.start());
    }

    boolean awaitLine(String marker) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
        String line = lines.poll(left, TimeUnit.NANOSECONDS);
        if (line != null && line.contains(marker)) {
          return true;
        }
        if (line == null || !process.isAlive() && lines.isEmpty()) {
          return false;
        }
      }
      return false;
    }

    int awaitExit() throws InterruptedException {
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the daemon did not exit in 90 s; output:\n" + output);
      }
      return process.exitValue();
    }

    /** SIGTERM, as systemctl stop and docker stop send it. */
    int stop() throws InterruptedException {
      process.destroy();
      return awaitExit();
    }

    String output() {
      return output.toString();
    }
  }
}
