package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetAndTimeTest {

  @ParameterizedTest
  @CsvSource({
    "0.000 GOLOS, 0, GOLOS, 000000000000000003474f4c4f530000",
    "1.000 GBG, 1000, GBG, e8030000000000000347424700000000",
    "123.456789 GESTS, 123456789, GESTS, 15cd5b07000000000647455354530000",
    "-1.500 GOLOS, -1500, GOLOS, 24faffffffffffff03474f4c4f530000",
  })
  void parsesPrintsAndPacks(String text, long amount, Asset.Symbol symbol, String hex) {
    Asset asset = Asset.parse(text);

    assertThat(asset).isEqualTo(new Asset(amount, symbol));
    assertThat(asset.toString()).isEqualTo(text);
    byte[] bytes = new GrapheneWriter().writeAsset(asset).toByteArray();
    assertThat(bytes).hasSize(16);
    assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(hex);
    assertThat(GrapheneReader.of(bytes).readAsset()).isEqualTo(asset);
  }

  @Test
  void wrongPrecisionIsNamed() {
    assertThatThrownBy(() -> Asset.parse("0 GOLOS"))
        .hasMessage("expected 3 decimals for GOLOS, got \"0 GOLOS\"");
    assertThatThrownBy(() -> Asset.parse("1.0000 GBG"))
        .hasMessage("expected 3 decimals for GBG, got \"1.0000 GBG\"");
    assertThatThrownBy(() -> Asset.parse("1.000 GESTS"))
        .hasMessage("expected 6 decimals for GESTS, got \"1.000 GESTS\"");
  }

  @Test
  void userIssuedSymbolsTakeThePrecisionWritten() {
    assertThat(Asset.parse("7.50 YMUSDT")).isEqualTo(new Asset(750, new Asset.Symbol("YMUSDT", 2)));
    assertThat(Asset.parse("3 UIA").symbol().precision()).isZero();
    assertThat(Asset.parse("1.000 LONGERSYM")).isEqualTo(new Asset(1000, new Asset.Symbol("LONGERSYM", 3)));
    assertThatThrownBy(() -> Asset.parse("1.000 FIFTEENLETTERSX"))
        .hasMessage("asset \"1.000 FIFTEENLETTERSX\": asset symbol \"FIFTEENLETTERSX\" is longer"
            + " than 14 characters (15)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.000GOLOS", "1,000 GOLOS", " 1.000 GOLOS", "1.000 golos", "1. GOLOS",
      "+1.000 GOLOS"})
  void malformedAssetsAreRejected(String text) {
    assertThatThrownBy(() -> Asset.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }

  @Test
  void overflowingAssetIsRejected() {
    assertThatThrownBy(() -> Asset.parse("9223372036854775.808 GOLOS"))
        .hasMessageContaining("does not fit in int64");
    assertThat(Asset.parse("9223372036854775.807 GOLOS").amount()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void unknownBinarySymbolIsRejected() {
    byte[] longFormShortName = HexFormat.of().parseHex("000000000000000067535445454500000000000000000000");
    assertThatThrownBy(() -> GrapheneReader.of(longFormShortName).readAsset())
        .hasMessage("asset symbol at offset 8 (67535445454500000000000000000000): the 16-byte form"
            + " (precision byte >= 100) holds a name of 5 characters, which the node writes in 8 bytes");
    byte[] lowercase = HexFormat.of().parseHex("00000000000000000373746565650000");
    assertThatThrownBy(() -> GrapheneReader.of(lowercase).readAsset())
        .hasMessage("asset symbol at offset 8 (0373746565650000): asset symbol \"steee\" has 's' at"
            + " index 0: a symbol is capital letters A-Z and at most one dot");
    byte[] unterminated = HexFormat.of().parseHex("00000000000000000353544545454545");
    assertThatThrownBy(() -> GrapheneReader.of(unterminated).readAsset())
        .hasMessageContaining("the name has no terminating zero byte");
    byte[] garbageAfterName = HexFormat.of().parseHex("00000000000000000353544500450000");
    assertThatThrownBy(() -> GrapheneReader.of(garbageAfterName).readAsset())
        .hasMessageContaining("bytes after the name's end are not zero");
    byte[] truncatedLong = HexFormat.of().parseHex("000000000000000067594d535445454d");
    assertThatThrownBy(() -> GrapheneReader.of(truncatedLong).readAsset())
        .hasMessageContaining("needed 8 bytes at offset 16");
    byte[] uia = HexFormat.of().parseHex("00000000000000000353544545450000");
    assertThat(GrapheneReader.of(uia).readAsset().symbol()).isEqualTo(new Asset.Symbol("STEEE", 3));
  }

  @ParameterizedTest
  @CsvSource({"2016-03-23T22:41:21, 1458772881", "1970-01-01T00:00:00, 0",
      "2106-02-07T06:28:15, 4294967295"})
  void timesRoundTrip(String text, long seconds) {
    TimePointSec time = TimePointSec.parse(text);

    assertThat(time.seconds()).isEqualTo(seconds);
    assertThat(time.toString()).isEqualTo(text);
    assertThat(TimePointSec.of(Instant.ofEpochSecond(seconds, 999_999_999))).isEqualTo(time);
    byte[] bytes = new GrapheneWriter().writeTime(time).toByteArray();
    assertThat(GrapheneReader.of(bytes).readTime()).isEqualTo(time);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-03-23T22:41:21Z", "2016-03-23 22:41:21", "2016-02-30T00:00:00",
      "2016-03-23T22:41", "2106-02-07T06:28:16", "1969-12-31T23:59:59"})
  void badTimesAreRejected(String text) {
    assertThatThrownBy(() -> TimePointSec.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"" + text + "\"");
  }
}
