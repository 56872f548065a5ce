package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.FailoverState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Decides at start whether a loaded state file may steer this monitor: it must belong to this
 * witness, this server's key and this chain ({@link StateIdentity}), and its head must not be
 * ahead of the chain. Anything else is refused with one line (exit code 2): a reset would let
 * two monitors sharing a file overwrite each other's history, so the operator chooses. Stateless.
 */
public final class StateCheck {
  /**
   * How far a state's head time may be ahead of the monitor's clock before it is "from the future":
   * generous, so that a skewed clock never refuses a good state (the head block test catches a
   * state of another chain whatever the clock says).
   */
  private static final Duration FUTURE_SLACK = Duration.ofHours(1);

  private StateCheck() {}

  /**
   * The state to start from.
   *
   * @param file the state file, for messages
   * @param expected what this monitor is
   * @param chain the chain's head as the nodes report it now
   * @param now the monitor's clock
   * @param warnings receives what the operator should read in the log (a recovery from the
   *     backup, a file without identity that is adopted)
   * @throws StartupException with exit code 2 naming the file and the mismatch
   */
  public static FailoverState resume(Path file, StateStore.LoadResult loaded, StateIdentity expected,
      StartupChecks.ChainFacts chain, Instant now, List<String> warnings) throws StartupException {
    switch (loaded.status()) {
      case MISSING:
        return FailoverState.initial();
      case UNUSABLE:
        throw new StartupException("state_file: " + loaded.detail() + "; move it away to start with a fresh state",
            StartupChecks.CONFIG);
      case RECOVERED_FROM_BACKUP:
        warnings.add(loaded.detail());
        break;
      default:
        break;
    }
    FailoverState state;
    try {
      state = FailoverState.fromMap(loaded.state());
    } catch (IllegalArgumentException e) {
      throw new StartupException("state_file " + file + ": corrupt state (" + e.getMessage()
          + "); move it away to start with a fresh state", StartupChecks.CONFIG);
    }
    Optional<StateIdentity> found = loaded.identity();
    if (found.isPresent() && !found.get().equals(expected)) {
      throw new StartupException("state_file " + file + ": belongs to " + found.get() + ", not to this monitor ("
          + expected + "); give each monitor its own state_file, or move this one away to start fresh",
          StartupChecks.CONFIG);
    }
    if (found.isEmpty() && state.started()) {
      warnings.add("state_file " + file + " has no identity (written by an older version): taken as " + expected);
    }
    if (state.started() && state.headBlock() > chain.headBlock() && !state.headTime().isAfter(chain.headTime())) {
      throw new StartupException("state_file " + file + ": its head block " + state.headBlock() + " is ahead of the"
          + " chain's head " + chain.headBlock() + " at a time the chain has passed (a state of another chain?);"
          + " move it away to start with a fresh state", StartupChecks.CONFIG);
    }
    if (state.started() && state.headTime().isAfter(now.plus(FUTURE_SLACK))) {
      throw new StartupException("state_file " + file + ": its head time " + state.headTime() + " is in the future"
          + " (now " + now + "); move it away to start with a fresh state", StartupChecks.CONFIG);
    }
    return state;
  }
}
