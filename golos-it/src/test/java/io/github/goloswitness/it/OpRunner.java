package io.github.goloswitness.it;

import io.github.goloswitness.client.RpcException;
import io.github.goloswitness.client.TransactionConfirmation;
import io.github.goloswitness.crypto.Operation;
import io.github.goloswitness.crypto.PrivateKey;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an {@link OpPlan}: phase after phase, the steps of a phase concurrently, each through
 * {@code GolosClient.signAndBroadcast} (one transaction per operation, in a block when it
 * returns). The node's answer is the outcome: accepted (with its block) or refused with the node's
 * own words; an operation our library refuses to build is reported as such (that is our defect or
 * the plan's, never the node's).
 */
final class OpRunner {
  private final OpPlan plan;

  OpRunner(OpPlan plan) {
    this.plan = plan;
  }

  List<OpStep.Outcome> run() throws InterruptedException {
    List<OpStep.Outcome> out = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (Map.Entry<Integer, List<OpStep>> phase : plan.phases().entrySet()) {
        Poll.Condition before = plan.beforePhase(phase.getKey());
        if (before != null) {
          plan.chain.poll().untilTrue(plan.beforePhaseWhat(phase.getKey()), Duration.ofSeconds(120), before);
        }
        List<Future<OpStep.Outcome>> running = new ArrayList<>();
        for (OpStep step : phase.getValue()) {
          running.add(pool.submit(() -> attempt(step)));
        }
        for (Future<OpStep.Outcome> f : running) {
          try {
            out.add(f.get());
          } catch (ExecutionException e) {
            throw new AssertionError("a step failed unexpectedly", e.getCause());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private OpStep.Outcome attempt(OpStep step) {
    Operation op;
    try {
      op = step.source().build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return new OpStep.Outcome(step, false, 0, "not built: " + e.getMessage());
    } catch (IOException e) {
      return new OpStep.Outcome(step, false, 0, "chain read failed: " + e.getMessage());
    }
    try {
      TransactionConfirmation c = step.keys().isEmpty() ? plan.chain.broadcastUnsigned(List.of(op))
          : plan.chain.broadcast(List.of(op), step.keys().toArray(PrivateKey[]::new));
      if (c.expired()) {
        return new OpStep.Outcome(step, false, 0, "expired before a block took it");
      }
      return new OpStep.Outcome(step, true, c.blockNum(), "");
    } catch (RpcException e) {
      plan.log(step.label() + ": " + e.nodeMessage());
      return new OpStep.Outcome(step, false, 0, e.summary(), e.nodeMessage());
    } catch (IOException e) {
      return new OpStep.Outcome(step, false, 0, "no answer: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return new OpStep.Outcome(step, false, 0, "not signed: " + e.getMessage());
    }
  }
}
