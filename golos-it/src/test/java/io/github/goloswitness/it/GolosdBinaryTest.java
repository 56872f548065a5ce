package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the real-node suite runs, skips or fails: no golosd is needed for these. */
class GolosdBinaryTest {
  @TempDir Path tmp;

  private Path root() throws Exception {
    return Files.createDirectories(tmp.resolve("project"));
  }

  private Path binary(Path at) throws Exception {
    Files.createDirectories(at.getParent());
    Files.writeString(at, "#!/bin/sh\n");
    Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwx------"));
    return at;
  }

  @Test
  void withoutABinaryTheSuiteIsSkippedWithOneLine() throws Exception {
    GolosdBinary.Decision d = GolosdBinary.locate(Map.of(), root());
    assertThat(d.binary()).isEmpty();
    assertThat(d.skipReason()).startsWith("golos-it: no golosd").doesNotContain("\n").contains("skipped");
  }

  @Test
  void ciWithoutSharedGolosdSkipsToo() throws Exception {
    assertThat(GolosdBinary.locate(Map.of("CI", "true"), root()).binary()).isEmpty();
  }

  @Test
  void ciWithSharedGolosdPresentButNoBinaryFails() throws Exception {
    Path root = root();
    Files.createDirectories(tmp.resolve("shared/golosd"));
    assertThatThrownBy(() -> GolosdBinary.locate(Map.of("CI", "true"), root))
        .hasMessageContaining("CI=true").hasMessageContaining("must run in CI");
  }

  @Test
  void sharedBinaryBesideTheProjectRootIsFound() throws Exception {
    Path root = root();
    Path golosd = binary(tmp.resolve("shared/golosd/golosd"));
    assertThat(GolosdBinary.locate(Map.of("CI", "true"), root).binary()).contains(new GolosdBinary(golosd));
  }

  @Test
  void golosdVariableWins() throws Exception {
    Path golosd = binary(tmp.resolve("elsewhere/golosd"));
    binary(tmp.resolve("shared/golosd/golosd"));
    assertThat(GolosdBinary.locate(Map.of("GOLOSD", golosd.toString()), root()).binary())
        .contains(new GolosdBinary(golosd));
  }

  @Test
  void golosdVariableNamingNoBinaryIsAnError() throws Exception {
    assertThatThrownBy(() -> GolosdBinary.locate(Map.of("GOLOSD", tmp.resolve("none").toString()), root()))
        .hasMessageContaining("GOLOSD=").hasMessageContaining("not an executable");
  }
}
