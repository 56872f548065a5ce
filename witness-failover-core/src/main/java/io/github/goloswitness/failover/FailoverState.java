package io.github.goloswitness.failover;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the policy remembers between polls. Immutable; the app persists it with {@link
 * #toMap()} after every step and restores it with {@link #fromMap(Map)}, so a restarted monitor
 * neither forgets a miss nor switches twice. All times are chain times.
 *
 * @param phase where the takeover state machine is (see docs/policy.md)
 * @param watchedKey the signing key seen on chain last time, empty before the first observation
 * @param headBlock head block of the last accepted observation, -1 before the first
 * @param headTime head time of the last accepted observation
 * @param totalMissed the witness's {@code total_missed} last seen (the baseline), -1 before the first
 * @param lastConfirmedBlock the witness's {@code last_confirmed_block_num} last seen
 * @param misses chain times of misses of {@code watchedKey} inside the sliding window, oldest first
 * @param transitionMissExpected whether the one expected miss after a key change is still unused
 * @param cooldownUntilBlock no takeover before this block (after a key change)
 * @param switches chain times of our switch requests in the last hour (the budget)
 * @param failingKey the key a pending takeover replaces (WAITING, SWITCHING), else empty
 * @param requestedKey the key we asked for (SWITCHING), else empty
 * @param deadlineBlock WAITING: act from this block; SWITCHING: key due by; VERIFYING: produce by
 * @param attempts failed switch attempts in the current incident
 * @param peerDownSinceBlock first block at which the peer holding the key was seen down, or -1
 */
public record FailoverState(
    Phase phase,
    String watchedKey,
    long headBlock,
    Instant headTime,
    long totalMissed,
    long lastConfirmedBlock,
    List<Instant> misses,
    boolean transitionMissExpected,
    long cooldownUntilBlock,
    List<Instant> switches,
    String failingKey,
    String requestedKey,
    long deadlineBlock,
    int attempts,
    long peerDownSinceBlock) {

  /** States of the takeover machine. */
  public enum Phase {
    /** Counting misses of whoever holds the key. */
    WATCHING,
    /** Threshold reached; acting at {@code deadlineBlock} if the failing key is still on chain. */
    WAITING,
    /** Switch requested; {@code requestedKey} must appear by {@code deadlineBlock}. */
    SWITCHING,
    /** Our key is on chain; our node must produce before missing a slot. */
    VERIFYING
  }

  /**
   * Checks the components, and keeps unmodifiable copies of the lists.
   *
   * @throws IllegalArgumentException if a component breaks a rule; the message names it
   * @throws NullPointerException if a required component is null
   */
  public FailoverState {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(watchedKey, "watchedKey");
    Objects.requireNonNull(headTime, "headTime");
    misses = List.copyOf(misses);
    switches = List.copyOf(switches);
    Objects.requireNonNull(failingKey, "failingKey");
    Objects.requireNonNull(requestedKey, "requestedKey");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0: " + attempts);
    }
  }

  /** The state before the first observation. */
  public static FailoverState initial() {
    return new FailoverState(Phase.WATCHING, "", -1, Instant.EPOCH, -1, -1, List.of(), false, 0, List.of(), "", "",
        0, 0, -1);
  }

  /** Whether an observation has been accepted yet. */
  public boolean started() {
    return headBlock >= 0;
  }

  private static final String FORMAT = "1";

  /** A stable textual form: string keys and values, times as ISO-8601, lists comma-separated. */
  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("phase", phase.name());
    m.put("watched_key", watchedKey);
    m.put("head_block", Long.toString(headBlock));
    m.put("head_time", headTime.toString());
    m.put("total_missed", Long.toString(totalMissed));
    m.put("last_confirmed_block", Long.toString(lastConfirmedBlock));
    m.put("misses", join(misses));
    m.put("transition_miss_expected", Boolean.toString(transitionMissExpected));
    m.put("cooldown_until_block", Long.toString(cooldownUntilBlock));
    m.put("switches", join(switches));
    m.put("failing_key", failingKey);
    m.put("requested_key", requestedKey);
    m.put("deadline_block", Long.toString(deadlineBlock));
    m.put("attempts", Integer.toString(attempts));
    m.put("peer_down_since_block", Long.toString(peerDownSinceBlock));
    return m;
  }

  /**
   * Reads {@link #toMap()}'s form back.
   *
   * @throws IllegalArgumentException naming the key that is missing or unreadable
   */
  public static FailoverState fromMap(Map<String, String> m) {
    if (!FORMAT.equals(get(m, "format"))) {
      throw new IllegalArgumentException("format: unsupported state format '" + m.get("format") + "'");
    }
    Phase phase;
    try {
      phase = Phase.valueOf(get(m, "phase"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("phase: not a phase '" + m.get("phase") + "'", e);
    }
    String flag = get(m, "transition_miss_expected");
    if (!flag.equals("true") && !flag.equals("false")) {
      throw new IllegalArgumentException("transition_miss_expected: not a boolean '" + flag + "'");
    }
    long attempts = number(m, "attempts");
    if (attempts < 0 || attempts > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("attempts: out of range " + attempts);
    }
    return new FailoverState(phase, get(m, "watched_key"), number(m, "head_block"), instant(m, "head_time"),
        number(m, "total_missed"), number(m, "last_confirmed_block"), instants(m, "misses"),
        Boolean.parseBoolean(flag), number(m, "cooldown_until_block"), instants(m, "switches"),
        get(m, "failing_key"), get(m, "requested_key"), number(m, "deadline_block"), (int) attempts,
        number(m, "peer_down_since_block"));
  }

  private static String get(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException(key + ": missing");
    }
    return v;
  }

  private static long number(Map<String, String> m, String key) {
    String v = get(m, key);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + ": not a number '" + v + "'", e);
    }
  }

  private static Instant instant(Map<String, String> m, String key) {
    return parseInstant(key, get(m, key));
  }

  private static Instant parseInstant(String key, String v) {
    try {
      return Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + ": not an ISO-8601 instant '" + v + "'", e);
    }
  }

  private static List<Instant> instants(Map<String, String> m, String key) {
    String v = get(m, key);
    List<Instant> out = new ArrayList<>();
    if (!v.isEmpty()) {
      for (String part : v.split(",", -1)) {
        out.add(parseInstant(key, part));
      }
    }
    return out;
  }

  private static String join(List<Instant> times) {
    StringBuilder sb = new StringBuilder();
    for (Instant t : times) {
      sb.append(sb.length() == 0 ? "" : ",").append(t);
    }
    return sb.toString();
  }

  Draft draft() {
    return new Draft(this);
  }

  /** A mutable working copy used inside one evaluation only; never escapes the policy. */
  static final class Draft {
    Phase phase;
    String watchedKey;
    long headBlock;
    Instant headTime;
    long totalMissed;
    long lastConfirmedBlock;
    final List<Instant> misses;
    boolean transitionMissExpected;
    long cooldownUntilBlock;
    final List<Instant> switches;
    String failingKey;
    String requestedKey;
    long deadlineBlock;
    int attempts;
    long peerDownSinceBlock;

    Draft(FailoverState s) {
      phase = s.phase;
      watchedKey = s.watchedKey;
      headBlock = s.headBlock;
      headTime = s.headTime;
      totalMissed = s.totalMissed;
      lastConfirmedBlock = s.lastConfirmedBlock;
      misses = new ArrayList<>(s.misses);
      transitionMissExpected = s.transitionMissExpected;
      cooldownUntilBlock = s.cooldownUntilBlock;
      switches = new ArrayList<>(s.switches);
      failingKey = s.failingKey;
      requestedKey = s.requestedKey;
      deadlineBlock = s.deadlineBlock;
      attempts = s.attempts;
      peerDownSinceBlock = s.peerDownSinceBlock;
    }

    /** Back to watching, forgetting any pending takeover. */
    void watch() {
      phase = Phase.WATCHING;
      failingKey = "";
      requestedKey = "";
      deadlineBlock = 0;
    }

    FailoverState freeze() {
      return new FailoverState(phase, watchedKey, headBlock, headTime, totalMissed, lastConfirmedBlock, misses,
          transitionMissExpected, cooldownUntilBlock, switches, failingKey, requestedKey, deadlineBlock, attempts,
          peerDownSinceBlock);
    }
  }
}
