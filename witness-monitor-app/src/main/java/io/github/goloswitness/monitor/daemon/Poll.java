package io.github.goloswitness.monitor.daemon;

import io.github.goloswitness.failover.Observation;
import io.github.goloswitness.failover.PeerHealth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one {@link Poller#poll()}: an observation when the chain could be read, and the
 * problems met on the way (a failing local node, a disagreeing quorum node, …), one line each.
 *
 * @param observation what was seen; empty when nothing trustworthy could be read (no decision then)
 * @param problems one-line descriptions, empty when every node answered
 * @param localRefused the local node refused the connection: nothing listens, golosd is not running
 * @param peers the witness's other servers as this poll read them, also when the chain could not
 *     be read (then {@code /peer} still says which of them this monitor could not read)
 */
record Poll(Optional<Observation> observation, List<String> problems, boolean localRefused, List<PeerHealth> peers) {

  Poll {
    Objects.requireNonNull(observation, "observation");
    problems = List.copyOf(problems);
    peers = List.copyOf(peers);
  }

  /** No observation; nothing known of the peers either. */
  static Poll unknown(List<String> problems) {
    return new Poll(Optional.empty(), problems, false, List.of());
  }

  /** No observation, but the peers as read. */
  static Poll unknown(List<String> problems, List<PeerHealth> peers) {
    return new Poll(Optional.empty(), problems, false, peers);
  }
}
