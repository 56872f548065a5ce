package io.github.goloswitness.monitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real golosd replies recorded for golos-client (golos-client/src/test/resources/recorded, origins
 * in its README.md): 0.30 from the real testnet node, 0.16-0.22 in {@code older/} from public
 * sources. Read in place (the module's directory is surefire's working directory).
 */
public final class RealReplies {

  private static final Path DIR = Path.of("..", "golos-client", "src", "test", "resources", "recorded");

  /** The {@code result} JSON text of a recorded file (a whole reply, or a bare result as published). */
  public static String result(String file) {
    try {
      String text = Files.readString(DIR.resolve(file));
      com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
      return tree.isObject() && tree.has("jsonrpc") ? tree.get("result").toString() : tree.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private RealReplies() {}
}
