package io.github.goloswitness.testkit;

import java.util.List;

/** The 20 simulated witnesses besides ours; they always produce (except while stalled). */
final class OtherWitnesses {

  static final List<String> NAMES = List.of(
      "bravo-wit", "charlie-wit", "delta-wit", "echo-wit", "foxtrot-wit", "golf-wit", "hotel-wit",
      "india-wit", "juliett-wit", "kilo-wit", "lima-wit", "mike-wit", "november-wit", "oscar-wit",
      "papa-wit", "quebec-wit", "romeo-wit", "sierra-wit", "tango-wit", "uniform-wit");

  /** While the network is stalled only these keep producing: 5 of 21 slots, about 24 %. */
  static final List<String> STALL_SURVIVORS = NAMES.subList(0, 5);

  private OtherWitnesses() {}
}
