package io.github.goloswitness.crypto;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * golosd's {@code version} (chain-node libraries/protocol/include/golos/protocol/version.hpp): major,
 * hardfork and release, packed as the uint32 {@code v_num = major << 24 | hardfork << 16 | release};
 * JSON {@code "0.30.0"}. A {@code hardfork_version} is one with release 0.
 *
 * @param major 0..255
 * @param hardfork 0..255
 * @param release 0..65535
 */
public record ProtocolVersion(int major, int hardfork, int release) {

  private static final Pattern FORM = Pattern.compile("([0-9]{1,3})([._])([0-9]{1,3})\\2([0-9]{1,5})");

  /** @throws IllegalArgumentException if a part is out of range */
  public ProtocolVersion {
    check(major, 0xFF, "major");
    check(hardfork, 0xFF, "hardfork");
    check(release, 0xFFFF, "release");
  }

  /**
   * Reads {@code "0.30.0"} (or {@code "0_30_0"}, which the node also accepts: version.cpp
   * from_variant).
   *
   * @throws IllegalArgumentException naming the text
   */
  public static ProtocolVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("version \"" + text + "\" is not of the form 0.30.0");
    }
    try {
      return new ProtocolVersion(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("version \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** The version with {@code v_num} as the node packs it. */
  public static ProtocolVersion ofNumber(long vNum) {
    if (vNum < 0 || vNum > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("version number is not a uint32: " + vNum);
    }
    return new ProtocolVersion((int) (vNum >>> 24), (int) ((vNum >>> 16) & 0xFF), (int) (vNum & 0xFFFF));
  }

  /** {@code v_num}, the uint32 fc::raw writes. */
  public long number() {
    return ((long) major << 24) | ((long) hardfork << 16) | release;
  }

  /** {@code "0.30.0"}. */
  @Override
  public String toString() {
    return major + "." + hardfork + "." + release;
  }

  private static void check(int value, int max, String what) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(what + " out of [0, " + max + "]: " + value);
    }
  }
}
