package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golos v2 symbols (chain-node 0.30 is_valid_symbol_name, asset.hpp pack): 3-14 capital letters in
 * one or two dot-separated parts of at least 3; longer than 6 packs as 16 bytes with precision +
 * 100. The byte strings below are golos-lib-js 0.9.80's (vectors/long-symbols.json).
 */
class LongSymbolTest {

  @ParameterizedTest
  @CsvSource({
    // text, amount hex + symbol hex as golos-lib-js writes them (transfer#1, #3, #10 of long-symbols.json)
    "12345 YMSTEEM, 3930000000000000" + "64594d535445454d0000000000000000",
    "0.00000000012345 LONGTOKEN, 3930000000000000" + "724c4f4e47544f4b454e000000000000",
    "0.12345 YMUSDT.GOLOS, 3930000000000000" + "69594d555344542e474f4c4f53000000",
    "1.2345 FOURTEENLETTER, 3930000000000000" + "68464f55525445454e4c455454455200",
    "12.345 YMUSDT, 3930000000000000" + "03594d5553445400",
  })
  void parsesPrintsAndPacksLikeGolosLibJs(String text, String hex) {
    Asset asset = Asset.parse(text);

    assertThat(asset.toString()).isEqualTo(text);
    byte[] bytes = new GrapheneWriter().writeAsset(asset).toByteArray();
    assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(hex);
    assertThat(bytes).hasSize(asset.symbol().isLong() ? 24 : 16);
    GrapheneReader in = GrapheneReader.of(bytes);
    assertThat(in.readAsset()).isEqualTo(asset);
    assertThat(in.remaining()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GLS", "YMUSDT", "YMSTEEM", "FOURTEENLETTER", "GLS.APP", "ABC.DEFGHIJKLM",
      "ABCDEFGHIJ.KLM"})
  void validNames(String name) {
    assertThat(new Asset.Symbol(name, 3).name()).isEqualTo(name);
    assertThat(new Asset.Symbol(name, 3).isLong()).isEqualTo(name.length() > 6);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "AB|is shorter than 3 letters",
    "FIFTEENLETTERSX|is longer than 14 characters (15)",
    "ABC.DEFGHIJKLMN|is longer than 14 characters (15)",
    "AB.CDE|has a part \"AB\" shorter than 3 letters",
    "ABC.DE|has a part \"DE\" shorter than 3 letters",
    "ABC.|has a part \"\" shorter than 3 letters",
    ".ABC|has a part \"\" shorter than 3 letters",
    "ABC.DEF.GHI|has more than one dot: a symbol is one or two parts",
    "YM1USD|has '1' at index 2: a symbol is capital letters A-Z and at most one dot",
    "YMusd|has 'u' at index 2: a symbol is capital letters A-Z and at most one dot",
  })
  void invalidNamesSayWhatIsWrong(String name, String problem) {
    assertThatThrownBy(() -> new Asset.Symbol(name, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset symbol \"" + name + "\" " + problem);
  }

  @Test
  void parseNamesTheTextAndTheProblem() {
    assertThatThrownBy(() -> Asset.parse("1.000 AB.CDE"))
        .hasMessage("asset \"1.000 AB.CDE\": asset symbol \"AB.CDE\" has a part \"AB\" shorter than 3"
            + " letters");
    assertThatThrownBy(() -> Asset.parse("1.000000000000000 YMSTEEM"))
        .hasMessage("asset \"1.000000000000000 YMSTEEM\": asset symbol YMSTEEM precision out of"
            + " [0, 14]: 15");
    assertThat(Asset.parse("1.00000000000000 YMSTEEM").symbol().precision()).isEqualTo(14);
  }

  @Test
  void theLongFormReadsBackTheHighestPrecision() {
    byte[] bytes = HexFormat.of().parseHex("0100000000000000" + "72594d535445454d0000000000000000");
    Asset asset = GrapheneReader.of(bytes).readAsset();
    assertThat(asset.toString()).isEqualTo("0.00000000000001 YMSTEEM");
    byte[] tooPrecise = HexFormat.of().parseHex("0100000000000000" + "73594d535445454d0000000000000000");
    assertThatThrownBy(() -> GrapheneReader.of(tooPrecise).readAsset())
        .hasMessage("asset symbol at offset 8 (73594d535445454d0000000000000000): asset symbol"
            + " YMSTEEM precision out of [0, 14]: 15");
    byte[] noZeroAtEnd = HexFormat.of().parseHex("0100000000000000" + "64464f55525445454e4c45545445525a");
    assertThatThrownBy(() -> GrapheneReader.of(noZeroAtEnd).readAsset())
        .hasMessageContaining("the name has no terminating zero byte");
  }

  @Test
  void arithmeticAndPricesWorkOnLongSymbols() {
    Asset.Symbol steem = new Asset.Symbol("YMSTEEM", 3);
    Asset a = Asset.of("1.5", steem);
    assertThat(a.plus(Asset.of("2", steem)).toString()).isEqualTo("3.500 YMSTEEM");
    assertThatThrownBy(() -> a.plus(Asset.of("1", new Asset.Symbol("YMSTEEM", 4))))
        .hasMessageContaining("different symbols");
    Price p = new Price(Asset.of("1", steem), Asset.of("2", Asset.Symbol.GBG));
    assertThat(p.convert(Asset.of("3", steem)).toString()).isEqualTo("6.000 GBG");
  }
}
