package io.github.goloswitness.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public and protected element of each library has a doc comment, compact constructors and
 * enum constants included: javac's {@code -Xdoclint:missing/protected} over the library's sources,
 * against the packaged jars of its dependencies, reports no "no comment". (The build's own lint
 * leaves "missing" off because that group also demands {@code @param}/{@code @return} tags, which
 * the house style does not want.) Here because this module has every library's dependencies in
 * {@code target/modules}.
 */
class JavadocCoverageIT {

  private static final Path TARGET = Path.of(System.getProperty("consumer.target", "target"));
  private static final Path ROOT = Path.of(System.getProperty("consumer.root", ".."));

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"golos-crypto", "golos-client", "witness-failover-core", "golos-testkit"})
  void everyPublicElementHasADocComment(String library) throws Exception {
    List<String> sources;
    try (Stream<Path> files = Files.walk(ROOT.resolve(library).resolve("src/main/java"))) {
      sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toString).sorted().toList();
    }
    String modulePath;
    try (Stream<Path> jars = Files.list(TARGET.resolve("modules"))) {
      modulePath = jars.filter(p -> !p.getFileName().toString().startsWith(library + "-"))
          .map(Path::toString).sorted().collect(Collectors.joining(File.pathSeparator));
    }
    Path out = Files.createDirectories(TARGET.resolve("doclint").resolve(library));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-proc:none", "-Xmaxwarns", "100000", "-Xdoclint:missing/protected",
        "--module-path", modulePath, "-d", out.toString()));
    command.addAll(sources);

    Path log = TARGET.resolve("doclint").resolve(library + ".log");
    Process javac = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(javac.waitFor(300, TimeUnit.SECONDS)).as("javac finished").isTrue();
    List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(javac.exitValue()).as("javac: %s", String.join("\n", output)).isZero();

    assertThat(output.stream().filter(l -> l.contains("warning: no comment")).map(l -> l.replace(ROOT + "/", "")))
        .as("elements without a doc comment").isEmpty();
  }
}
