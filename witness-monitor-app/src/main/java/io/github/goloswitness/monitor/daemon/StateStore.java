package io.github.goloswitness.monitor.daemon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Persists the failover policy's state (a string map) in {@code state_file} so a restart does not
 * forget recent switches, and keeps the previous version as {@code state_file.bak}.
 *
 * <p>Format: {@code {"version":1,"state":{"k":"v",…}}}. A save writes a temporary file in the same
 * directory, forces it to disk, copies the current file to {@code .bak} the same way, then renames
 * the temporary file over the target (atomically where the file system can). A failed save throws
 * and leaves the previous file and backup as they were; the caller keeps its in-memory state.
 *
 * <p>Not thread-safe: one daemon loop owns one store.
 */
public final class StateStore {
  /** The format version written and accepted. */
  public static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What {@link #load()} found. */
  public enum Status {
    /** The state file was read. */
    LOADED,
    /** The state file was missing or unusable; the backup was used (see the detail). */
    RECOVERED_FROM_BACKUP,
    /** Neither file exists: a first start, the state is empty. */
    MISSING,
    /** The state file is unusable and there is no usable backup; the state is empty. Do not start silently. */
    UNUSABLE
  }

  /**
   * The outcome of {@link #load()}.
   *
   * @param status what happened
   * @param state the state read, empty for {@code MISSING} and {@code UNUSABLE}
   * @param detail a one-line explanation naming the file(s), for the log
   */
  public record LoadResult(Status status, Map<String, String> state, String detail) {
    public LoadResult {
      Objects.requireNonNull(status, "status");
      state = Map.copyOf(state);
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** Writes bytes to a new file and forces them to disk; replaced in tests to simulate a full disk. */
  interface Writer {
    void write(Path file, byte[] bytes) throws IOException;
  }

  private final Path file;
  private final Path backup;
  private final Writer writer;

  /** A store for {@code file}; nothing is touched until {@link #load()} or {@link #save}. */
  public StateStore(Path file) {
    this(file, StateStore::writeAndForce);
  }

  StateStore(Path file, Writer writer) {
    this.file = file.toAbsolutePath().normalize();
    this.backup = this.file.resolveSibling(this.file.getFileName() + ".bak");
    this.writer = writer;
  }

  /** The state file. */
  public Path file() {
    return file;
  }

  /** Reads the state, falling back to the backup; never throws for a missing or corrupt file. */
  public LoadResult load() {
    String primaryProblem;
    try {
      return new LoadResult(Status.LOADED, read(file), "read " + file);
    } catch (NoSuchFileException e) {
      primaryProblem = "missing";
    } catch (IOException e) {
      primaryProblem = e.getMessage();
    }
    try {
      Map<String, String> state = read(backup);
      return new LoadResult(Status.RECOVERED_FROM_BACKUP, state,
          "state file " + file + " " + primaryProblem + "; recovered the previous state from " + backup);
    } catch (NoSuchFileException e) {
      return primaryProblem.equals("missing")
          ? new LoadResult(Status.MISSING, Map.of(), "no state file " + file + " yet: starting with an empty state")
          : new LoadResult(Status.UNUSABLE, Map.of(), "state file " + file + " " + primaryProblem + ", and no backup " + backup);
    } catch (IOException e) {
      return new LoadResult(Status.UNUSABLE, Map.of(),
          "state file " + file + " " + primaryProblem + ", and backup " + backup + " " + e.getMessage());
    }
  }

  /**
   * Saves {@code state} durably. On failure nothing is half-written: the previous file and backup
   * stay, temporary files are removed.
   *
   * @throws IOException if the directory is missing or unwritable, the disk is full, or the target
   *     cannot be replaced (e.g. it is a directory); the message names the file, the cause is kept
   */
  public void save(Map<String, String> state) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", VERSION);
    ObjectNode values = root.putObject("state");
    new TreeMap<>(state).forEach(values::put);
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);

    try {
      write(bytes);
    } catch (IOException e) {
      throw new IOException("cannot save state to " + file + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private void write(byte[] bytes) throws IOException {
    Path dir = file.getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
    Path backupTmp = null;
    try {
      writer.write(tmp, bytes);
      if (Files.isRegularFile(file)) {
        backupTmp = Files.createTempFile(dir, backup.getFileName() + ".", ".tmp");
        writer.write(backupTmp, Files.readAllBytes(file));
        move(backupTmp, backup);
      }
      move(tmp, file);
      forceDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
      if (backupTmp != null) {
        Files.deleteIfExists(backupTmp);
      }
    }
  }

  private static Map<String, String> read(Path path) throws IOException {
    byte[] bytes = Files.readAllBytes(path);
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new IOException("is not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    if (root == null || !root.isObject() || !root.path("version").isInt()) {
      throw new IOException("is not a witness-monitor state file (no version)");
    }
    int version = root.get("version").intValue();
    if (version != VERSION) {
      throw new IOException("has version " + version + ", this program reads version " + VERSION);
    }
    JsonNode values = root.get("state");
    if (values == null || !values.isObject()) {
      throw new IOException("has no state object");
    }
    Map<String, String> state = new TreeMap<>();
    for (var fields = values.fields(); fields.hasNext(); ) {
      var field = fields.next();
      if (!field.getValue().isTextual()) {
        throw new IOException("has a non-string value for \"" + field.getKey() + "\"");
      }
      state.put(field.getKey(), field.getValue().textValue());
    }
    return state;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void writeAndForce(Path path, byte[] bytes) throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void forceDirectory(Path dir) {
    // Makes the rename durable on Linux; not supported everywhere (Windows), where it is skipped.
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // best effort: the data itself is already on disk
    }
  }

  @Override
  public String toString() {
    return "StateStore[" + file + "]";
  }
}
