package io.github.goloswitness.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.PrivateKey;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The embedder's program run as an embedder ships it: from the packaged jars on the module path
 * (no {@code --add-modules}: every module says what it requires), and as an image linked by the JDK's
 * {@code jlink} from our modules and their dependencies. Both must print exactly the expected lines and
 * nothing on stderr (no logging-framework notice). Runs in {@code integration-test}, after the jars
 * are packaged; the pom passes their paths.
 */
class JlinkImageIT {

  private static final String MAIN =
      "io.github.goloswitness.consumer/io.github.goloswitness.consumer.ModulePathConsumer";
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
  private static final Path TARGET = Path.of(System.getProperty("consumer.target", "target"));

  private record Run(int exit, String stdout, String stderr) {}

  private static String modulePath() {
    return TARGET.resolve(System.getProperty("consumer.jar", "module-path-consumer.jar")) + File.pathSeparator
        + TARGET.resolve("modules");
  }

  @Test
  void runsFromThePackagedJarsOnTheModulePath() throws Exception {
    assertExpectedOutput(run(JAVA_HOME.resolve("bin/java").toString(), "--module-path", modulePath(), "-m", MAIN));
  }

  @Test
  void aJlinkImageOfOurModulesRunsAReadAndASignedBroadcast() throws Exception {
    Path image = TARGET.resolve("image");
    deleteRecursively(image);

    Run link = run(JAVA_HOME.resolve("bin/jlink").toString(),
        "--module-path", modulePath(),
        "--add-modules", "io.github.goloswitness.consumer",
        // bcprov is a signed jar: jlink drops the signature (we use its classes, not the JCE provider)
        "--ignore-signing-information",
        "--strip-debug", "--no-header-files", "--no-man-pages",
        "--launcher", "consumer=" + MAIN,
        "--output", image.toString());
    assertThat(link.exit()).as("jlink: %s %s", link.stdout(), link.stderr()).isZero();

    Run modules = run(image.resolve("bin/java").toString(), "--list-modules");
    assertThat(modules.stdout().lines().map(l -> l.replaceAll("@.*", "")))
        .contains("io.github.goloswitness.consumer", "io.github.goloswitness.client",
            "io.github.goloswitness.crypto", "io.github.goloswitness.testkit", "com.fasterxml.jackson.databind",
            "org.bouncycastle.provider", "java.net.http", "jdk.httpserver")
        .doesNotContain("org.slf4j", "java.desktop");

    assertExpectedOutput(run(image.resolve("bin/consumer").toString()));
    System.out.printf("jlink image: %d modules, %d bytes%n", modules.stdout().lines().count(), size(image));
  }

  private static void assertExpectedOutput(Run run) {
    assertThat(run.exit()).as("exit status; stderr: %s", run.stderr()).isZero();
    assertThat(run.stderr()).as("stderr").isEmpty();
    List<String> lines = run.stdout().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .isEqualTo("modules: io.github.goloswitness.client, io.github.goloswitness.crypto, io.github.goloswitness.testkit");
    assertThat(lines.get(1)).isEqualTo("signed offline, recovered "
        + PrivateKey.fromPassword("alice", "module-path-consumer", "active").publicKey());
    assertThat(lines.get(2)).isEqualTo("read: alpha-wit signs with node 0's key");
    assertThat(lines.get(3)).matches("broadcast: witness_update [0-9a-f]{40} applied; alpha-wit signs with "
        + ModulePathConsumer.NEW_SIGNING_KEY.publicKey());
    assertThat(lines.get(4)).isEqualTo("module-path consumer: OK");
  }

  private static Run run(String... command) throws IOException, InterruptedException {
    Path out = Files.createTempFile(TARGET, "run", ".out");
    Path err = Files.createTempFile(TARGET, "run", ".err");
    Process p = new ProcessBuilder(new ArrayList<>(List.of(command)))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after 180 s: " + String.join(" ", command));
    }
    Run r = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
