package io.github.goloswitness.it;

import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.OperationType;
import io.github.goloswitness.crypto.PrivateKey;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * One operation of the every-operation plan: built when its phase runs (so it can use what the
 * chain says then, e.g. a token id), signed with {@code keys}, broadcast alone in its own
 * transaction, and expected to be accepted or refused by the node with a reason containing
 * {@code expected.reason()}.
 */
record OpStep(String label, OperationType type, Source source, List<PrivateKey> keys, Expect expected) {
  /** Builds the operation from the chain's state at the time of its phase. */
  @FunctionalInterface
  interface Source {
    Operation build() throws IOException;
  }

  /** What the node must answer. */
  record Expect(boolean ok, String reason) {
    static Expect accepted() {
      return new Expect(true, "");
    }

    /** Refused with a reason containing {@code fragment}, and why that is right. */
    static Expect refused(String fragment) {
      return new Expect(false, fragment);
    }

    @Override
    public String toString() {
      return ok ? "accepted" : "refused (" + reason + ")";
    }
  }

  OpStep {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    keys = List.copyOf(keys);
  }

  /**
   * What happened to a step: {@code reason} is the one-line summary shown in the table,
   * {@code nodeMessage} the node's whole message (the summary may cut it).
   */
  record Outcome(OpStep step, boolean accepted, long block, String reason, String nodeMessage) {
    Outcome(OpStep step, boolean accepted, long block, String reason) {
      this(step, accepted, block, reason, reason);
    }

    boolean asExpected() {
      return accepted == step.expected().ok()
          && (accepted || (reason + "\n" + nodeMessage).contains(step.expected().reason()));
    }
  }
}
