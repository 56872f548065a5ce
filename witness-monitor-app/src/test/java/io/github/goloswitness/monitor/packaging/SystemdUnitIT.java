package io.github.goloswitness.monitor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.monitor.SystemTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped unit as systemd itself reads it ({@code systemd-analyze verify}), and what it runs. */
class SystemdUnitIT {
  private static final Path ROOT = Tools.projectRoot();
  private static final String LAUNCHER = "/opt/witness-monitor/bin/witness-monitor";

  @Test
  void systemdAnalyzeVerifyAcceptsTheUnitWithoutAWarning(@TempDir Path tmp) throws Exception {
    Path analyze = SystemTools.require("systemd-analyze", "Debian's systemd package");
    String unit = Files.readString(ROOT.resolve("packaging/witness-monitor.service"));
    assertThat(unit).contains("ExecStart=" + LAUNCHER + " ");
    // verify checks that ExecStart's program exists: point it at the launcher in this checkout.
    Path copy = tmp.resolve("witness-monitor.service");
    Files.writeString(copy, unit.replace(LAUNCHER, ROOT.resolve("packaging/witness-monitor").toString()));

    Tools.Run run = Tools.run(List.of(analyze.toString(), "verify", copy.toString()), Map.of(), tmp, 60);

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).as("systemd-analyze's warnings").isBlank();
  }

  @Test
  void runsAsADedicatedUserThatCanOwnItsSecrets() throws Exception {
    Unit unit = Unit.read(ROOT.resolve("packaging/witness-monitor.service"));

    assertThat(unit.settings()).doesNotContainKey("DynamicUser");
    assertThat(unit.get("User")).isEqualTo("witness-monitor");
    assertThat(Files.readString(ROOT.resolve("packaging/witness-monitor.sysusers")))
        .containsPattern("(?m)^u witness-monitor ");
    assertThat(unit.execStart().get(0)).isEqualTo(LAUNCHER);
  }
}
