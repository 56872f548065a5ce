package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainPropertiesTest {

  static Asset golos(long amount) {
    return Asset.golos(amount);
  }

  /** One instance of every version, v17 first, each built on the previous. */
  static List<ChainProperties> everyVersion() {
    List<ChainProperties> all = new ArrayList<>();
    ChainProperties17 p17 = new ChainProperties17(golos(1000), 65536, 0);
    ChainProperties18 p18 = new ChainProperties18(p17, golos(1), golos(2), 86400, golos(3));
    ChainProperties19 p19 = new ChainProperties19(p18, 1000, 5_184_000, golos(4), golos(5),
        1, 2, 3, 4, 5, 6, 1800, 1000, 10000, 2500, 7500, CurationCurve.SQUARE_ROOT, true, false);
    ChainProperties22 p22 = new ChainProperties22(p19, 1, 2, 3, golos(6), 4, 5, 6, 7200, 8, 9);
    ChainProperties23 p23 = new ChainProperties23(p22, 10, golos(7));
    ChainProperties24 p24 = new ChainProperties24(p23, golos(8), 11);
    ChainProperties26 p26 = new ChainProperties26(p24, 12, golos(9), 13, 14, 15, 16);
    ChainProperties27 p27 = new ChainProperties27(p26, golos(10), golos(11));
    ChainProperties28 p28 = new ChainProperties28(p27, golos(12));
    ChainProperties29 p29 = new ChainProperties29(p28, golos(13));
    ChainProperties30 p30 = new ChainProperties30(p29, golos(14), golos(15));
    all.addAll(List.of(p17, p18, p19, p22, p23, p24, p26, p27, p28, p29, p30));
    return all;
  }

  @Test
  void tagsFollowTheStaticVariantOrder() {
    List<ChainProperties> all = everyVersion();
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).tag()).isEqualTo(i);
    }
  }

  @Test
  void everyVersionRoundTripsInAnUpdate() {
    for (ChainProperties props : everyVersion()) {
      ChainPropertiesUpdate op = new ChainPropertiesUpdate("alice", props);
      GrapheneWriter out = new GrapheneWriter();
      op.writeTo(out);

      GrapheneReader in = GrapheneReader.of(out.toByteArray());
      assertThat(ChainPropertiesUpdate.readFrom(in)).isEqualTo(op);
      assertThat(in.remaining()).isZero();
    }
  }

  @Test
  void version19EndsWithTheCurveAsInt64ThenDistributeThenReturn() {
    ChainProperties19 p19 = (ChainProperties19) everyVersion().get(2);
    GrapheneWriter out = new GrapheneWriter();
    p19.writeTo(out);
    String hex = HexFormat.of().formatHex(out.toByteArray());

    // 17: 16+4+2, 18: 16+16+4+16, 19: 2+4+16+16+11*2 + 8 + 1 + 1
    assertThat(hex).hasSize(2 * (22 + 52 + 70));
    assertThat(hex).endsWith("4c1d" + "0200000000000000" + "01" + "00");
  }

  @Test
  void version30HasFortyFiveFieldsWorthOfBytes() {
    GrapheneWriter out = new GrapheneWriter();
    everyVersion().get(10).writeTo(out);
    // 19: 144 bytes; 22: 3*2+16+2*2+4*4=42; 23: 20; 24: 20; 26: 2+16+4*2=26; 27: 32; 28-29: 16 each; 30: 32
    assertThat(out.toByteArray()).hasSize(144 + 42 + 20 + 20 + 26 + 32 + 16 + 16 + 32);
  }
}
