package io.github.goloswitness.failover;

/**
 * A Golos node or hardfork version such as {@code 0.30.0}, ordered numerically. Immutable.
 *
 * @param major first component, {@code >= 0}
 * @param minor second component, {@code >= 0}
 * @param patch third component, {@code >= 0}
 */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   */
  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version component < 0: " + major + "." + minor + "." + patch);
    }
  }

  /**
   * Parses {@code "major.minor.patch"} (a missing patch means 0).
   *
   * @throws IllegalArgumentException naming the text when it is not such a version
   */
  public static Version parse(String text) {
    String[] parts = text.trim().split("\\.", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw new IllegalArgumentException("not a version (want major.minor.patch): '" + text + "'");
    }
    try {
      return new Version(
          Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts.length == 3 ? Integer.parseInt(parts[2]) : 0);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a version (want major.minor.patch): '" + text + "'", e);
    }
  }

  @Override
  public int compareTo(Version other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  /** True when this version is strictly older than {@code other}. */
  public boolean isOlderThan(Version other) {
    return compareTo(other) < 0;
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
