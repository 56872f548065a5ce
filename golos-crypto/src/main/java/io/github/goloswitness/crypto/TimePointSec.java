package io.github.goloswitness.crypto;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Objects;

/**
 * fc::time_point_sec: whole seconds since the Unix epoch as uint32; JSON {@code
 * "YYYY-MM-DDTHH:MM:SS"} in UTC without a zone suffix.
 *
 * @param seconds 0 .. 2^32-1
 */
public record TimePointSec(long seconds) implements Comparable<TimePointSec> {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   */
  public TimePointSec {
    if (seconds < 0 || seconds > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("time_point_sec out of uint32 range: " + seconds);
    }
  }

  /** The instant truncated to whole seconds. */
  public static TimePointSec of(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return new TimePointSec(instant.getEpochSecond());
  }

  /**
   * Parses {@code "2016-03-23T22:41:21"} (UTC).
   *
   * @throws IllegalArgumentException naming the text if it is not in that form or out of range
   */
  public static TimePointSec parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new TimePointSec(LocalDateTime.parse(text, FORMAT).toEpochSecond(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "time \"" + text + "\" is not of the form \"YYYY-MM-DDTHH:MM:SS\" (UTC, no zone)");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("time \"" + text + "\": " + e.getMessage());
    }
  }

  /** The same second as an Instant. */
  public Instant toInstant() {
    return Instant.ofEpochSecond(seconds);
  }

  /** This time plus {@code delta} seconds. */
  public TimePointSec plusSeconds(long delta) {
    return new TimePointSec(Math.addExact(seconds, delta));
  }

  @Override
  public int compareTo(TimePointSec other) {
    return Long.compare(seconds, other.seconds);
  }

  /** {@code "YYYY-MM-DDTHH:MM:SS"}. */
  @Override
  public String toString() {
    return FORMAT.format(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
  }
}
