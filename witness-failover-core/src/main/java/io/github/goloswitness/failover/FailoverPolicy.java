package io.github.goloswitness.failover;

import io.github.goloswitness.failover.Event.Kind;
import io.github.goloswitness.failover.FailoverState.Draft;
import io.github.goloswitness.failover.FailoverState.Phase;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, from one observation at a time, whether this node should take over the witness's
 * signing key. A pure function of (state, observation, clock): no I/O, no threads, no mutable
 * fields; thread-safe. The clock only stamps events; every window, wait and budget is measured in
 * chain time or blocks. Rules and the state machine are described in {@code docs/policy.md}.
 *
 * <p>(Slightly over 300 lines: rules 1-9 of docs/policy.md stay in one class so that the state
 * machine reads top to bottom; the gates live in {@code Gates}, the state in {@code FailoverState}.)
 */
public final class FailoverPolicy {

  /** The null signing key: the witness is disabled and leaves the schedule at the next round. */
  public static final String NULL_KEY = "GLS1111111111111111111111111111111114T1Anm";

  private static final Duration BUDGET_PERIOD = Duration.ofHours(1);

  private final FailoverConfig config;
  private final InstantSource clock;
  private final Gates gates;

  /**
   * @throws IllegalArgumentException when {@code config.ownKey()} is empty
   */
  public FailoverPolicy(FailoverConfig config, InstantSource clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.gates = new Gates(config);
    if (config.ownKey().isBlank()) {
      throw new IllegalArgumentException("ownKey is empty: set this node's signing key (FailoverConfig.withOwnKey)");
    }
  }

  /** The settings this policy was built with. */
  public FailoverConfig config() {
    return config;
  }

  /**
   * Why the local node in {@code seen} could not produce by this policy's health gate (head older
   * than {@code max_head_lag} blocks, not synced, binary older than the hardfork), or empty when
   * it could. Pure; the daemon exports it so that metrics and the policy judge alike.
   */
  public Optional<String> localNodeProblem(Observation seen) {
    return Optional.ofNullable(gates.localProblem(Objects.requireNonNull(seen, "seen")));
  }

  /**
   * Evaluates one observation. Reads the clock once (for event stamps). An observation older than
   * the state's head is ignored and returns the state unchanged.
   */
  public Step evaluate(FailoverState state, Observation seen) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(seen, "seen");
    Notes notes = new Notes(clock.instant(), new ArrayList<>());
    if (state.started() && seen.headBlock() < state.headBlock()) {
      notes.add(Kind.STALE_OBSERVATION, "block " + seen.headBlock() + " < " + state.headBlock());
      return new Step(state, new Decision.Hold("observation older than the last one"), notes.list());
    }
    Draft s = state.draft();
    boolean newMiss = false;
    boolean produced = false;
    if (!state.started()) {
      if (seen.signingKey().equals(NULL_KEY)) {
        notes.add(Kind.WITNESS_DISABLED, "null key on chain at block " + seen.headBlock());
      }
    } else if (!seen.signingKey().equals(s.watchedKey)) {
      keyChanged(s, seen, notes);
    } else {
      produced = seen.lastConfirmedBlock() > s.lastConfirmedBlock;
      if (produced) {
        // Rule 1b: last_confirmed_block_num moved past every miss counted so far; a producer that
        // produced since its misses is not replaced on their strength.
        s.misses.clear();
      }
      long delta = seen.totalMissed() - s.totalMissed;
      if (delta < 0) {
        notes.add(Kind.STALE_OBSERVATION, "total_missed went back from " + s.totalMissed + " to "
            + seen.totalMissed() + ": new baseline");
      } else if (delta > 0) {
        newMiss = countMisses(s, seen, delta, produced, notes);
      }
    }
    s.watchedKey = seen.signingKey();
    s.headBlock = seen.headBlock();
    s.headTime = seen.headTime();
    s.totalMissed = seen.totalMissed();
    s.lastConfirmedBlock = seen.lastConfirmedBlock();
    Instant windowStart = seen.headTime().minus(config.missWindow());
    s.misses.removeIf(t -> t.isBefore(windowStart));
    Instant budgetStart = seen.headTime().minus(BUDGET_PERIOD);
    s.switches.removeIf(t -> !t.isAfter(budgetStart));
    if (s.headBlock > s.cooldownUntilBlock) {
      s.transitionMissExpected = false;
    }
    Decision decision = decide(s, seen, newMiss, produced, notes);
    return new Step(s.freeze(), decision, notes.list());
  }

  /**
   * Feeds back the outcome of the broadcast asked for by the last {@link Decision.TakeOver} or
   * {@link Decision.Disable}. A rejection counts as a failed attempt: a takeover is retried after
   * a backoff while the switch budget lasts. Acceptance changes nothing (inclusion is verified by
   * later observations).
   */
  public Step onBroadcast(FailoverState state, BroadcastResult result) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(result, "result");
    if (result.accepted() || state.phase() != Phase.SWITCHING) {
      return new Step(state, new Decision.Hold("broadcast " + (result.accepted() ? "accepted" : "rejected late")),
          List.of());
    }
    Notes notes = new Notes(clock.instant(), new ArrayList<>());
    Draft s = state.draft();
    notes.add(Kind.SWITCH_FAILED, "broadcast rejected: " + result.detail());
    return new Step(retry(s, notes).freeze(),
        new Decision.Hold("broadcast rejected"), notes.list());
  }

  private void keyChanged(Draft s, Observation seen, Notes notes) {
    String key = seen.signingKey();
    // The change happened in some block after the previous head: across a gap (a restarted
    // monitor, failed polls) it is dated at the earliest, never at this poll, so a change this
    // monitor did not see happen does not start a cooldown it never had (rule 5).
    long earliest = s.headBlock + 1;
    notes.add(Kind.KEY_CHANGED, s.watchedKey + " -> " + key + (earliest >= seen.headBlock()
        ? " at block " + seen.headBlock()
        : " between blocks " + earliest + " and " + seen.headBlock() + " (not seen happen: dated at block "
            + earliest + ")"));
    // A fresh baseline for the new holder: misses counted in this same observation belong to the
    // previous holder (they are counted when the next block arrives, protocol doc §6).
    s.misses.clear();
    s.transitionMissExpected = true;
    s.cooldownUntilBlock = Math.min(earliest, seen.headBlock()) + (long) config.cooldown() * config.roundLength();
    s.peerDownSinceBlock = -1;
    // Ours: the key we asked for, or our key landing late while a retry is pending.
    boolean ours = (s.phase == Phase.SWITCHING && key.equals(s.requestedKey))
        || (s.phase == Phase.WAITING && s.attempts > 0 && key.equals(config.ownKey()));
    if (ours) {
      notes.add(Kind.SWITCH_CONFIRMED, key + " on chain at block " + seen.headBlock());
    } else if (s.phase == Phase.WAITING || s.phase == Phase.SWITCHING) {
      notes.add(Kind.TAKEOVER_CANCELLED, "another key appeared: " + key);
    }
    s.watch();
    s.attempts = 0;
    if (key.equals(config.ownKey())) {
      s.phase = Phase.VERIFYING;
      s.deadlineBlock = seen.headBlock() + 2L * config.roundLength();
    }
    if (key.equals(NULL_KEY)) {
      notes.add(Kind.WITNESS_DISABLED, "null key on chain at block " + seen.headBlock());
    }
  }

  private boolean countMisses(Draft s, Observation seen, long delta, boolean produced, Notes notes) {
    String key = seen.signingKey();
    if (key.equals(NULL_KEY)) {
      notes.add(Kind.MISS_DETECTED, delta + " miss(es) while disabled, until the next round");
      return false;
    }
    long counted = delta;
    if (s.transitionMissExpected && seen.headBlock() <= s.cooldownUntilBlock) {
      s.transitionMissExpected = false;
      counted--;
      notes.add(Kind.MISS_DETECTED, "1 expected transition miss after the key change");
    }
    // Rule 1a: the misses happened somewhere between the previous head and this one (golosd
    // counts a miss when the next block arrives, protocol doc §6); never date them later.
    Duration gap = Duration.between(s.headTime, seen.headTime());
    if (gap.isNegative()) {
      gap = Duration.ZERO;
    }
    if (counted > 0 && produced) {
      notes.add(Kind.MISS_DETECTED, counted + " miss(es) of " + key + " up to block " + seen.headBlock()
          + " not counted: it produced block " + seen.lastConfirmedBlock() + " since block " + s.headBlock);
      counted = 0;
    } else if (counted > 0 && gap.compareTo(config.missWindow()) > 0) {
      notes.add(Kind.MISS_DETECTED, counted + " miss(es) of " + key + " across a gap of " + gap.toSeconds()
          + " s > miss_window " + config.missWindow().toSeconds() + " s (blocks " + s.headBlock + "-"
          + seen.headBlock() + "): new baseline");
      counted = 0;
    }
    for (long i = 1; i <= counted; i++) {
      s.misses.add(s.headTime.plus(gap.multipliedBy(i).dividedBy(counted)));
    }
    if (counted > 0) {
      notes.add(Kind.MISS_DETECTED, counted + " miss(es) of " + key + " at block " + seen.headBlock());
    }
    // Only misses that count are ours: not the forgiven transition miss (the previous holder's),
    // not misses found together with a block of ours, not a new baseline across a long gap.
    if (key.equals(config.ownKey()) && counted > 0) {
      notes.add(Kind.THIS_NODE_FAILING, counted + " miss(es) with our key on chain");
      if (s.phase == Phase.VERIFYING) {
        notes.add(Kind.PRODUCTION_MISSING, "our key is on chain but our node missed its slot");
      }
    }
    return counted > 0;
  }

  private Decision decide(Draft s, Observation seen, boolean newMiss, boolean produced, Notes notes) {
    String key = seen.signingKey();
    boolean own = key.equals(config.ownKey());
    boolean disabled = key.equals(NULL_KEY);
    switch (s.phase) {
      case SWITCHING:
        if (s.headBlock > s.deadlineBlock) {
          notes.add(Kind.SWITCH_FAILED, s.requestedKey + " not on chain by block " + s.deadlineBlock);
          retry(s, notes);
          return new Decision.Hold("switch not confirmed");
        }
        return new Decision.Hold("waiting for " + s.requestedKey + " on chain until block " + s.deadlineBlock);
      case WAITING:
        if (produced) {
          notes.add(Kind.RECOVERED, key + " produced block " + seen.lastConfirmedBlock());
          notes.add(Kind.TAKEOVER_CANCELLED, "the producer recovered");
          s.watch();
          return new Decision.Hold("producer recovered");
        }
        String held = gates.network(s, seen, true, notes);
        if (held != null) {
          gates.rearm(s, seen);
          return new Decision.Hold(held);
        }
        if (s.headBlock < s.deadlineBlock) {
          return new Decision.Hold("waiting its turn until block " + s.deadlineBlock);
        }
        return act(s, seen, notes);
      case VERIFYING:
        if (produced) {
          notes.add(Kind.PRODUCTION_CONFIRMED, "our node produced block " + seen.lastConfirmedBlock());
          s.watch();
          return new Decision.Hold("producing");
        }
        if (s.headBlock > s.deadlineBlock) {
          notes.add(Kind.PRODUCTION_MISSING, "no block from our node by block " + s.deadlineBlock);
          s.watch();
        }
        return watchOwn(s, seen, newMiss, notes);
      default:
        if (own) {
          return watchOwn(s, seen, newMiss, notes);
        }
        if (disabled) {
          return config.reenableDisabled()
              ? schedule(s, seen, "witness disabled, reenable_disabled is set", notes)
              : new Decision.Hold("witness disabled; reenable_disabled is false");
        }
        Gates.Early early = gates.peerDown(s, seen, notes);
        if (early.due()) {
          return schedule(s, seen, early.why(), notes);
        }
        if (newMiss && s.misses.size() > config.allowedMisses()) {
          return schedule(s, seen, s.misses.size() + " misses in " + config.missWindow().toSeconds() + " s", notes);
        }
        return new Decision.Hold("watching " + key + ": " + s.misses.size() + " miss(es) in window"
            + (early.why() == null ? "" : "; " + early.why()));
    }
  }

  private Decision watchOwn(Draft s, Observation seen, boolean newMiss, Notes notes) {
    if (config.disableOnOwnFailure() && newMiss && s.misses.size() > config.allowedMisses()
        && s.phase == Phase.WATCHING) {
      String blocked = gates.network(s, seen, false, notes);
      if (blocked == null) {
        blocked = gates.node(s, seen, false, notes);
      }
      if (blocked != null) {
        return new Decision.Hold(blocked);
      }
      s.switches.add(seen.headTime());
      s.phase = Phase.SWITCHING;
      s.requestedKey = NULL_KEY;
      s.deadlineBlock = s.headBlock + config.confirmWithin();
      notes.add(Kind.SWITCH_REQUESTED, "disable: our node keeps missing");
      return new Decision.Disable();
    }
    return new Decision.Hold("our key is on chain");
  }

  private Decision schedule(Draft s, Observation seen, String why, Notes notes) {
    notes.add(Kind.THRESHOLD_REACHED, why);
    s.phase = Phase.WAITING;
    s.failingKey = seen.signingKey();
    // Priority-aware: backups ranked above that are known down are not waited for (rule 9).
    int rank = gates.rank(s, seen);
    s.deadlineBlock = seen.headBlock() + (long) rank * config.takeoverStep();
    s.attempts = 0;
    notes.add(Kind.TAKEOVER_SCHEDULED, "rank " + rank + " (priority " + config.priority() + ") acts at block "
        + s.deadlineBlock + " if " + s.failingKey + " is still on chain");
    return s.deadlineBlock <= seen.headBlock()
        ? act(s, seen, notes)
        : new Decision.Hold("rank " + rank + " waits until block " + s.deadlineBlock);
  }

  private Decision act(Draft s, Observation seen, Notes notes) {
    String blocked = gates.network(s, seen, true, notes);
    if (blocked != null) {
      gates.rearm(s, seen);
      return new Decision.Hold(blocked);
    }
    blocked = gates.node(s, seen, true, notes);
    if (blocked != null) {
      return new Decision.Hold(blocked);
    }
    s.switches.add(seen.headTime());
    s.phase = Phase.SWITCHING;
    s.requestedKey = config.ownKey();
    s.deadlineBlock = seen.headBlock() + config.confirmWithin();
    notes.add(Kind.SWITCH_REQUESTED, "set " + config.ownKey() + " replacing " + s.failingKey + " at block "
        + seen.headBlock() + " (attempt " + (s.attempts + 1) + ")");
    return new Decision.TakeOver(config.ownKey());
  }

  /** After a failed attempt: a takeover waits a backoff and re-checks; a disable is dropped. */
  private Draft retry(Draft s, Notes notes) {
    s.attempts++;
    if (s.requestedKey.equals(NULL_KEY)) {
      s.watch();
      return s;
    }
    s.phase = Phase.WAITING;
    s.requestedKey = "";
    s.deadlineBlock = s.headBlock + ((long) config.confirmWithin() << Math.min(s.attempts - 1, 5));
    notes.add(Kind.TAKEOVER_SCHEDULED, "retry at block " + s.deadlineBlock + " if " + s.failingKey
        + " is still on chain");
    return s;
  }
}
