package io.github.goloswitness.client;

import java.io.IOException;
import java.util.Objects;

/**
 * A quorum read found no value seen by enough endpoints. {@link #disagreement()} says who saw
 * what. Not a {@link NodeException}: no single node is at fault.
 */
public final class DisagreementException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Disagreement disagreement;

  DisagreementException(Disagreement disagreement) {
    super(Objects.requireNonNull(disagreement, "disagreement").toString());
    this.disagreement = disagreement;
  }

  /** Who saw what. */
  public Disagreement disagreement() {
    return disagreement;
  }
}
