package io.github.goloswitness.monitor.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one secret from a file: the active key ({@code key_file}), a private signing key
 * ({@code signing_key_files}) or the Telegram bot token ({@code token_file}). The file must hold
 * exactly one key (blank lines and lines starting with {@code #} are ignored) and, where the file
 * system has POSIX permissions, must not be readable or writable by group or others. Error
 * messages name the file and the fix, never its contents. Stateless and thread-safe.
 */
public final class KeyFiles {
  private static final long MAX_BYTES = 16 * 1024;
  private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
  /** The shape of a WIF private key (uncompressed, mainnet prefix 0x80): also used to keep keys out of messages and logs. */
  public static final Pattern WIF = Pattern.compile("5[HJK][1-9A-HJ-NP-Za-km-z]{49}");

  private KeyFiles() {}

  /**
   * Reads a private key in WIF ({@code 5H…}/{@code 5J…}/{@code 5K…}, 51 base58 characters). Only
   * the shape is checked here; decoding and checksum are golos-crypto's job.
   *
   * @throws IOException if the file cannot be read, is open to group/others, is empty, holds more
   *     than one key or something that is not a WIF; the message names {@code file}
   */
  public static Secret readKey(Path file) throws IOException {
    String key = readOne(file, "key");
    if (!WIF.matcher(key).matches()) {
      String hint = key.startsWith("GLS") ? " (it holds a public key GLS...; the private key is needed)" : "";
      throw new IOException("key file " + file + ": does not hold a private key in WIF format (5H/5J/5K..., 51 characters)" + hint);
    }
    return Secret.of(key);
  }

  /**
   * Reads a Telegram bot token (any single non-blank token).
   *
   * @throws IOException as {@link #readKey} but without the WIF shape check
   */
  public static Secret readToken(Path file) throws IOException {
    return Secret.of(readOne(file, "token"));
  }

  /**
   * The active key(s) of {@code source}: read from the file (with {@link #readKey}'s checks), the
   * inline ones, or none.
   *
   * @throws IOException as {@link #readKey}
   */
  public static List<Secret> activeKeys(ActiveKeySource source) throws IOException {
    if (source instanceof ActiveKeySource.FromFile fromFile) {
      return List.of(readKey(fromFile.file()));
    }
    if (source instanceof ActiveKeySource.Inline inline) {
      return inline.keys();
    }
    return List.of();
  }

  private static String readOne(Path file, String what) throws IOException {
    checkPermissions(file, what);
    if (Files.isDirectory(file)) {
      throw new IOException(what + " file " + file + ": is a directory");
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new IOException(what + " file " + file + ": too large for a " + what + " file (over 16 KiB)");
    }
    List<String> tokens;
    try {
      tokens = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .flatMap(line -> List.of(line.split("\\s+")).stream())
          .toList();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IOException(what + " file " + file + ": is not UTF-8 text");
    }
    if (tokens.isEmpty()) {
      throw new IOException(what + " file " + file + ": is empty");
    }
    if (tokens.size() > 1) {
      throw new IOException(what + " file " + file + ": holds more than one " + what + " (" + tokens.size()
          + " words); put exactly one " + what + " in it");
    }
    return tokens.get(0);
  }

  private static void checkPermissions(Path file, String what) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return; // not a POSIX file system (Windows): nothing we can check
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = view.readAttributes().permissions();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(what + " file " + file + ": does not exist");
    }
    Set<PosixFilePermission> open = EnumSet.copyOf(TOO_OPEN);
    open.retainAll(permissions);
    if (!open.isEmpty()) {
      throw new IOException(what + " file " + file + ": is accessible by group or others (" + open
          + "); run: chmod 600 " + file);
    }
  }
}
