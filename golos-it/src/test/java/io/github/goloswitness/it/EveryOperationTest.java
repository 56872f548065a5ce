package io.github.goloswitness.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.OperationType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation golos-crypto can sign, through {@code signAndBroadcast} on the real node: each
 * is accepted, or refused with the node's own reason where it needs chain state this chain cannot
 * have (a disabled operation, an accrual that takes days). Each step's outcome is asserted, so a
 * change in what the node accepts from us fails here; the table goes to the figures file.
 */
@ExtendWith(TestnetExtension.class)
@Order(2)
class EveryOperationTest {
  private final Testnet net;

  EveryOperationTest(Testnet net) {
    this.net = net;
  }

  @Test
  void everyOperationIsAcceptedOrRefusedForTheNodesOwnReason() throws Exception {
    Chain chain = net.chain();
    // convert needs a median price: the daemons' feed gives it within a feed interval (20 blocks)
    chain.poll().untilTrue("a median price feed on chain", Duration.ofMinutes(3),
        () -> chain.client().getCurrentMedianHistoryPrice().base().amount() > 0);
    OpPlan plan = new OpPlan(chain, net.work().resolve("op-outcomes.log"));
    AccountSteps.add(plan);
    MarketSteps.add(plan);
    GovernanceSteps.add(plan);
    TokenSteps.add(plan);

    Set<OperationType> planned = plan.phases().values().stream().flatMap(List::stream).map(OpStep::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(OperationType.class)));
    Set<OperationType> signable = EnumSet.noneOf(OperationType.class);
    for (OperationType t : OperationType.values()) {
      if (t.type() != null) {
        signable.add(t);
      }
    }
    assertThat(planned).as("every operation with a record has a step").containsAll(signable);

    List<OpStep.Outcome> outcomes = new OpRunner(plan).run();
    net.figures().section("1-operations", table(plan, outcomes));
    net.facts().put("uia holder", plan.bob);
    List<String> wrong = new ArrayList<>();
    for (OpStep.Outcome o : outcomes) {
      if (!o.asExpected()) {
        wrong.add(o.step().type().wireName() + " (" + o.step().label() + "): expected " + o.step().expected()
            + ", node: " + (o.accepted() ? "accepted in block " + o.block() : o.reason()));
      }
    }
    assertThat(wrong).as("outcomes that differ from the expected ones").isEmpty();
  }

  private static String table(OpPlan plan, List<OpStep.Outcome> outcomes) {
    Map<OperationType, List<OpStep.Outcome>> byType = new LinkedHashMap<>();
    for (OperationType t : OperationType.values()) {
      byType.put(t, new ArrayList<>());
    }
    outcomes.forEach(o -> byType.get(o.step().type()).add(o));
    long accepted = byType.values().stream().filter(l -> l.stream().anyMatch(OpStep.Outcome::accepted)).count();
    StringBuilder t = new StringBuilder("## Every operation through signAndBroadcast\n\n")
        .append("Run tag `").append(plan.tag).append("`; ").append(accepted).append(" of ")
        .append(OperationType.values().length).append(" operation types accepted in at least one step; ")
        .append(outcomes.size()).append(" steps.\n\n")
        .append("| tag | operation | step | node's answer |\n| --- | --- | --- | --- |\n");
    byType.forEach((type, list) -> {
      if (list.isEmpty()) {
        t.append("| ").append(type.id()).append(" | ").append(type.wireName())
            .append(" | - | not signable: no record (mining, disabled since HF17); read from JSON as RawOperation only |\n");
      }
      for (OpStep.Outcome o : list) {
        t.append("| ").append(type.id()).append(" | ").append(type.wireName()).append(" | ")
            .append(o.step().label()).append(" | ")
            .append(o.accepted() ? "accepted (block " + o.block() + ")" : "refused: " + o.reason().replace("|", "\\|"))
            .append(o.asExpected() ? "" : " **(expected " + o.step().expected() + ")**").append(" |\n");
      }
    });
    return t.toString();
  }
}
