package io.github.goloswitness.monitor.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instructions of the project's {@code Dockerfile}, by stage, as far as the build check needs
 * them: {@code FROM … AS name}, {@code WORKDIR}, {@code COPY [--from=stage] src… dest},
 * {@code RUN}, {@code USER}, {@code ENTRYPOINT}, {@code CMD}. Continuation lines are joined;
 * comments and the parser directive are skipped.
 */
record Dockerfile(List<Stage> stages) {
  private static final Pattern FROM = Pattern.compile("(?i)FROM\\s+(\\S+)(?:\\s+AS\\s+(\\S+))?");

  record Instruction(String keyword, String arguments) {
  }

  record Stage(String image, String name, List<Instruction> instructions) {
    List<Instruction> all(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    String last(String keyword) {
      List<Instruction> found = all(keyword);
      if (found.isEmpty()) {
        throw new AssertionError("stage " + name + " has no " + keyword);
      }
      return found.get(found.size() - 1).arguments();
    }
  }

  static Dockerfile read(Path file) throws IOException {
    List<Stage> stages = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    StringBuilder pending = new StringBuilder();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (pending.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      String text = pending.append(line).toString().strip();
      pending.setLength(0);
      String keyword = text.split("\\s+", 2)[0].toUpperCase(java.util.Locale.ROOT);
      String arguments = text.substring(keyword.length()).strip();
      if (keyword.equals("FROM")) {
        Matcher m = FROM.matcher(text);
        if (!m.matches()) {
          throw new AssertionError(file + ":" + (n + 1) + ": cannot read " + text);
        }
        stages.add(new Stage(m.group(1), m.group(2) == null ? "stage" + stages.size() : m.group(2), new ArrayList<>()));
      } else if (stages.isEmpty()) {
        throw new AssertionError(file + ":" + (n + 1) + ": " + keyword + " before FROM");
      } else {
        stages.get(stages.size() - 1).instructions().add(new Instruction(keyword, arguments));
      }
    }
    return new Dockerfile(List.copyOf(stages));
  }

  Stage stage(String name) {
    return stages.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("the Dockerfile has no stage " + name));
  }

  Stage last() {
    return stages.get(stages.size() - 1);
  }

  /** Splits a shell-form argument list on blanks (enough for COPY; no quoting in ours). */
  static List<String> words(String arguments) {
    return List.of(arguments.split("\\s+"));
  }

  /** An exec-form list like {@code ["a", "b"]}. */
  static List<String> execForm(String arguments) {
    if (!arguments.startsWith("[")) {
      throw new AssertionError("not in exec form: " + arguments);
    }
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(arguments);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
