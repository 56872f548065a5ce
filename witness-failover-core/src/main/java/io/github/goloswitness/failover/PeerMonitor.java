package io.github.goloswitness.failover;

/**
 * What this monitor learnt from a peer's own monitor in one poll: the second opinion of rule 9.
 * Either the peer's monitor is not configured, could not be read, or sent a {@link PeerReport}.
 */
public sealed interface PeerMonitor permits PeerMonitor.NotConfigured, PeerMonitor.Unreachable, PeerReport {

  /** No monitor address is configured for the peer: its node is judged from this side alone. */
  PeerMonitor NOT_CONFIGURED = new NotConfigured();

  /** The peer's monitor is configured but did not answer (or answered nonsense) in this poll. */
  PeerMonitor UNREACHABLE = new Unreachable();

  /** See {@link #NOT_CONFIGURED}. */
  record NotConfigured() implements PeerMonitor {}

  /** See {@link #UNREACHABLE}. */
  record Unreachable() implements PeerMonitor {}
}
