package io.github.goloswitness.monitor.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.goloswitness.monitor.SystemTools;
import io.github.goloswitness.monitor.packaging.Dockerfile.Instruction;
import io.github.goloswitness.monitor.packaging.Dockerfile.Stage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image builds: there is no Docker engine on our machines, so this check does what
 * the Dockerfile's build stage does, with exactly the files it copies and by its own RUN command,
 * then lays out the final stage's files as the image would and runs its ENTRYPOINT.
 */
class DockerfileBuildIT {
  private static final Path ROOT = Tools.projectRoot();

  @Test
  void copiesThePomOfEveryModuleTheRootPomLists() throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    String outsideProfiles = pom.substring(0, pom.indexOf("<profiles>") < 0 ? pom.length() : pom.indexOf("<profiles>"));
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(outsideProfiles);
    List<String> modules = new ArrayList<>();
    while (m.find()) {
      modules.add(m.group(1));
    }
    List<String> copied = copies(Dockerfile.read(ROOT.resolve("Dockerfile")).stage("build")).stream()
        .flatMap(words -> words.subList(0, words.size() - 1).stream()).toList();

    assertThat(modules).isNotEmpty();
    assertThat(copied).as("the Dockerfile's COPY sources (each module's pom.xml is needed by the reactor)")
        .containsAll(modules.stream().map(module -> module + "/pom.xml").toList());
  }

  @Test
  void buildsTheJarWithTheFilesItCopiesAndRunsTheEntrypoint(@TempDir Path tmp) throws Exception {
    SystemTools.require("mvn", "Apache Maven");
    Dockerfile file = Dockerfile.read(ROOT.resolve("Dockerfile"));
    Stage build = file.stage("build");
    assertThat(build.last("WORKDIR")).isEqualTo("/src");
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (List<String> words : copies(build)) {
      String dest = words.get(words.size() - 1);
      for (String source : words.subList(0, words.size() - 1)) {
        copy(ROOT.resolve(source), src.resolve(dest), dest.endsWith("/") || dest.equals("."));
      }
    }
    for (Instruction run : build.all("RUN")) {
      String command = run.arguments().replaceAll("--mount=\\S+\\s+", "");
      Tools.Run result = Tools.run(List.of("bash", "-c", command), Map.of(), src, 900);
      assertThat(result.exitCode()).as("RUN %s in the build stage; output:%n%s", command, result.output()).isZero();
    }

    Stage image = file.last();
    Path imageRoot = Files.createDirectories(tmp.resolve("image"));
    for (Instruction copy : image.all("COPY")) {
      List<String> words = Dockerfile.words(copy.arguments());
      assertThat(words.get(0)).as("final-stage COPY %s", copy.arguments()).isEqualTo("--from=" + build.name());
      String from = words.get(1);
      assertThat(from).startsWith("/src/");
      Path built = src.resolve(from.substring("/src/".length()));
      assertThat(built).as("%s, made by the build stage", from).isRegularFile();
      Path to = imageRoot.resolve(words.get(2).substring(1));
      Files.createDirectories(to.getParent());
      Files.copy(built, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
    List<String> entrypoint = new ArrayList<>(Dockerfile.execForm(image.last("ENTRYPOINT")));
    entrypoint.set(0, imageRoot.resolve(entrypoint.get(0).substring(1)).toString());
    entrypoint.add("--version");
    Tools.Run version = Tools.run(entrypoint, Map.of(), tmp, 120);

    assertThat(version.exitCode()).as("the image's ENTRYPOINT --version: %s", version.output()).isZero();
    assertThat(version.output()).contains("witness-monitor");
    assertThat(Dockerfile.execForm(image.last("CMD"))).containsExactly("run", "--config", "/config/witness_monitor.yml");
  }

  @Test
  void composePublishesTheMonitorsPortToTheOtherServers() throws IOException {
    JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml.example").toFile());
    JsonNode ports = compose.path("services").path("monitor").path("ports");

    assertThat(ports.isArray() && ports.size() > 0).as("services.monitor.ports: %s", ports).isTrue();
    for (JsonNode port : ports) {
      assertThat(port.asText()).as("the other servers' monitors read /peer on it").doesNotStartWith("127.0.0.1:");
    }
  }

  private static List<List<String>> copies(Stage stage) {
    return stage.all("COPY").stream().map(i -> Dockerfile.words(i.arguments()))
        .filter(words -> !words.get(0).startsWith("--")).toList();
  }

  /** Docker's COPY: a directory's contents into {@code dest}; a file into {@code dest/} or as {@code dest}. */
  private static void copy(Path source, Path dest, boolean intoDirectory) throws IOException {
    if (!Files.exists(source)) {
      throw new AssertionError("COPY source " + source + " does not exist");
    }
    if (Files.isDirectory(source)) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Path to = dest.resolve(source.relativize(f).toString());
          if (Files.isDirectory(f)) {
            Files.createDirectories(to);
          } else {
            Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
    } else {
      Path to = intoDirectory ? dest.resolve(source.getFileName()) : dest;
      Files.createDirectories(to.getParent());
      Files.copy(source, to, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
