package io.github.goloswitness.failover;

/**
 * What this monitor learnt from a peer's own monitor in one poll: the second opinion of rule 9.
 * Either the peer's monitor is not configured, could not be read, answered with a report too old
 * to trust, or sent a {@link PeerReport}. Only a report counts; the other three have no say.
 */
public sealed interface PeerMonitor
    permits PeerMonitor.NotConfigured, PeerMonitor.Unreachable, PeerMonitor.Stale, PeerReport {

  /** No monitor address is configured for the peer: its node is judged from this side alone. */
  PeerMonitor NOT_CONFIGURED = new NotConfigured();

  /** The peer's monitor is configured but did not answer (or answered nonsense) in this poll. */
  PeerMonitor UNREACHABLE = new Unreachable();

  /**
   * The peer's monitor answered, but with what a poll saw too long ago by its own clock (its loop
   * is stuck): no say, like {@link #UNREACHABLE}, but logged as what it is.
   */
  PeerMonitor STALE = new Stale();

  /** See {@link #NOT_CONFIGURED}. */
  record NotConfigured() implements PeerMonitor {}

  /** See {@link #UNREACHABLE}. */
  record Unreachable() implements PeerMonitor {}

  /** See {@link #STALE}. */
  record Stale() implements PeerMonitor {}
}
