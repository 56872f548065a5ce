package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AssetArithmeticTest {

  private static final Asset.Symbol USDT = new Asset.Symbol("YMUSDT", 3);

  @Test
  void exactDecimalConstruction() {
    assertThat(Asset.of(new BigDecimal("1.5"), Asset.Symbol.GOLOS)).isEqualTo(Asset.golos(1500));
    assertThat(Asset.of("0.000001", Asset.Symbol.GESTS).toString()).isEqualTo("0.000001 GESTS");
    assertThat(Asset.of("7.5", USDT).toString()).isEqualTo("7.500 YMUSDT");
    assertThat(Asset.of("2.500", Asset.Symbol.GBG).toBigDecimal()).isEqualByComparingTo("2.5");
    assertThatThrownBy(() -> Asset.of("1.0005", Asset.Symbol.GOLOS))
        .hasMessage("amount 1.0005 of GOLOS has more than 3 decimals");
    assertThatThrownBy(() -> Asset.of("9223372036854776", Asset.Symbol.GOLOS))
        .hasMessage("amount 9223372036854776 of GOLOS does not fit in int64");
    assertThatThrownBy(() -> Asset.of("1,5", Asset.Symbol.GOLOS))
        .hasMessage("amount \"1,5\" is not a decimal number");
  }

  @Test
  void symbolsAreChecked() {
    assertThatThrownBy(() -> new Asset.Symbol("GOLOS", 6))
        .hasMessage("expected 3 decimals for GOLOS, got precision 6");
    assertThatThrownBy(() -> new Asset.Symbol("ABC", 15))
        .hasMessage("asset symbol ABC precision out of [0, 14]: 15");
    assertThatThrownBy(() -> new Asset.Symbol("abc", 3))
        .hasMessage("asset symbol \"abc\" has 'a' at index 0: a symbol is capital letters A-Z and"
            + " at most one dot");
    assertThat(Asset.Symbol.valueOf("GBG")).isSameAs(Asset.Symbol.GBG);
    assertThat(USDT.isCore()).isFalse();
    byte[] packed = new GrapheneWriter().writeAsset(Asset.of("7.5", USDT)).toByteArray();
    assertThat(GrapheneReader.of(packed).readAsset()).isEqualTo(Asset.of("7.5", USDT));
  }

  @Test
  void arithmeticRefusesMixedSymbolsAndOverflow() {
    assertThat(Asset.golos(1500).plus(Asset.golos(500))).isEqualTo(Asset.golos(2000));
    assertThat(Asset.golos(1500).minus(Asset.golos(2000))).isEqualTo(Asset.golos(-500));
    assertThat(Asset.golos(3).times(4)).isEqualTo(Asset.golos(12));
    assertThat(Asset.golos(3).negate()).isEqualTo(Asset.golos(-3));
    assertThat(Asset.golos(3).compareAmount(Asset.golos(4))).isNegative();
    assertThatThrownBy(() -> Asset.golos(1).plus(Asset.parse("1.000 GBG")))
        .hasMessage("cannot plus 0.001 GOLOS and 1.000 GBG: different symbols");
    assertThatThrownBy(() -> Asset.golos(Long.MAX_VALUE).plus(Asset.golos(1)))
        .hasMessageContaining("overflows int64");
    assertThatThrownBy(() -> Asset.golos(Long.MIN_VALUE).minus(Asset.golos(1)))
        .hasMessageContaining("overflows int64");
    assertThatThrownBy(() -> Asset.golos(Long.MAX_VALUE).times(2))
        .hasMessageContaining("overflows int64");
    assertThatThrownBy(() -> Asset.golos(Long.MIN_VALUE).negate())
        .hasMessageContaining("overflows int64");
  }

  @Test
  void priceConvertsBothWaysRoundingDown() {
    Price feed = new Price(Asset.parse("1.000 GBG"), Asset.parse("2.500 GOLOS"));

    assertThat(feed.convert(Asset.parse("5.000 GOLOS"))).isEqualTo(Asset.parse("2.000 GBG"));
    assertThat(feed.convert(Asset.parse("2.000 GBG"))).isEqualTo(Asset.parse("5.000 GOLOS"));
    assertThat(feed.convert(Asset.parse("0.001 GOLOS"))).isEqualTo(Asset.parse("0.000 GBG"));
    assertThat(feed.convert(Asset.parse("0.003 GOLOS"))).isEqualTo(Asset.parse("0.001 GBG"));
    assertThat(feed.toString()).isEqualTo("1.000 GBG / 2.500 GOLOS");
    assertThatThrownBy(() -> feed.convert(Asset.parse("1.000000 GESTS")))
        .hasMessageContaining("symbol is neither side");
    Price huge = new Price(Asset.golos(Long.MAX_VALUE), Asset.parse("0.001 GBG"));
    assertThatThrownBy(() -> huge.convert(Asset.parse("1.000 GBG")))
        .hasMessageContaining("overflows int64");
  }

  @Test
  void priceIsValidatedWhereTheNodeValidatesIt() {
    assertThatThrownBy(() -> new Price(Asset.golos(1), Asset.golos(2)).requireValid("x.rate"))
        .hasMessage("x.rate: base and quote have the same symbol GOLOS: 0.001 GOLOS / 0.002 GOLOS");
    assertThatThrownBy(() -> new Price(Asset.golos(0), Asset.parse("1.000 GBG")).requireValid("x.rate"))
        .hasMessage("x.rate.base must be positive: 0.000 GOLOS");
    assertThatThrownBy(() -> new FeedPublish("alice", new Price(Asset.parse("1.000 GBG"), Asset.parse("1.000000 GESTS"))))
        .hasMessageContaining("feed_publish.exchange_rate must be GBG/GOLOS or GOLOS/GBG");
    assertThatThrownBy(() -> new FeedPublish("alice", new Price(Asset.golos(0), Asset.golos(0))))
        .hasMessageContaining("feed_publish.exchange_rate");
  }

  @Test
  void theNodesDefaultPriceCanBeRead() {
    // a witness that never published a feed: chain-node's default-constructed price
    Price none = new Price(Asset.golos(0), Asset.golos(0));
    assertThat(none.isValid()).isFalse();
    assertThat(new Price(Asset.parse("1.000 GBG"), Asset.parse("2.500 GOLOS")).isValid()).isTrue();
    assertThatThrownBy(() -> none.convert(Asset.golos(1))).hasMessageContaining("same symbol");
  }
}
