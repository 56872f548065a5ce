package io.github.goloswitness.monitor.daemon;

import java.io.IOException;

/** A node answered that the configured account is not a witness ({@code get_witness_by_account} is null). */
final class UnknownWitnessException extends IOException {
  private static final long serialVersionUID = 1L;

  UnknownWitnessException(String witness, String node) {
    super("witness \"" + witness + "\" is unknown to " + node + " (get_witness_by_account returned null)");
  }
}
