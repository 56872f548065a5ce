package io.github.goloswitness.monitor.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairTest {
  @Test
  void parsesBaseSlashQuoteCaseInsensitively() {
    assertThat(Pair.parse(" golos/usd ")).isEqualTo(new Pair("GOLOS", "USD"));
    assertThat(Pair.parse("XAU_GRAM/RUB").inverse()).isEqualTo(new Pair("RUB", "XAU_GRAM"));
  }

  @Test
  void rejectsWhatIsNotAPair() {
    assertThatThrownBy(() -> Pair.parse("GOLOSUSD")).hasMessageContaining("\"GOLOSUSD\" is not of the form BASE/QUOTE");
    assertThatThrownBy(() -> Pair.parse("GOLOS/")).hasMessageContaining("BASE/QUOTE");
    assertThatThrownBy(() -> Pair.parse("A/B/C")).hasMessageContaining("BASE/QUOTE");
    assertThatThrownBy(() -> Pair.parse("USD/USD")).hasMessageContaining("the same");
    assertThatThrownBy(() -> Pair.parse("US D/RUB")).hasMessageContaining("upper-case");
  }

  @Test
  void goldPerTroyOunceBecomesMilligrams() {
    // 2000 USD per ounce = 2000 / 31103.4768 USD per mg
    Pair.Reading r = Pair.parse("XAU/USD").normalise(2000);
    assertThat(r.pair()).isEqualTo(new Pair("GBG", "USD"));
    assertThat(r.value()).isCloseTo(0.0643014931, within(1e-10));
  }

  @Test
  void goldPerGramAndPerMilligram() {
    assertThat(Pair.parse("XAU_GRAM/RUB").normalise(9000).value()).isEqualTo(9.0);
    assertThat(Pair.parse("XAU_MG/RUB").normalise(9).pair()).isEqualTo(new Pair("GBG", "RUB"));
    assertThat(Pair.parse("XAU_MG/RUB").normalise(9).value()).isEqualTo(9.0);
  }

  @Test
  void goldOnTheQuoteSideIsMultiplied() {
    // 0.0005 ounces per USD = 15.5517384 mg per USD
    Pair.Reading r = Pair.parse("USD/XAU").normalise(0.0005);
    assertThat(r.pair()).isEqualTo(new Pair("USD", "GBG"));
    assertThat(r.value()).isCloseTo(15.5517384, within(1e-9));
  }

  @Test
  void otherUnitsAreUntouched() {
    assertThat(Pair.parse("GOLOS/BTC").normalise(1.5e-7)).isEqualTo(new Pair.Reading(new Pair("GOLOS", "BTC"), 1.5e-7));
  }
}
