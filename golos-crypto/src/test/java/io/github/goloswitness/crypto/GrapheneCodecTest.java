package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrapheneCodecTest {

  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest
  @CsvSource({"0, 00", "127, 7f", "128, 8001", "300, ac02", "16383, ff7f", "16384, 808001",
      "4294967295, ffffffff0f"})
  void varint32(long value, String hex) {
    byte[] bytes = new GrapheneWriter().writeVarint32(value).toByteArray();

    assertThat(HEX.formatHex(bytes)).isEqualTo(hex);
    assertThat(GrapheneReader.of(bytes).readVarint32()).isEqualTo(value);
  }

  @Test
  void fixedWidthIntegersAreLittleEndian() {
    byte[] bytes = new GrapheneWriter()
        .writeUint8(0xab).writeUint16(0x1234).writeInt16((short) -2).writeUint32(0xdeadbeefL)
        .writeInt64(-1L).writeBool(true).writeBool(false)
        .toByteArray();

    assertThat(HEX.formatHex(bytes)).isEqualTo("ab3412feffefbeaddeffffffffffffffff0100");
    GrapheneReader in = GrapheneReader.of(bytes);
    assertThat(in.readUint8()).isEqualTo(0xab);
    assertThat(in.readUint16()).isEqualTo(0x1234);
    assertThat(in.readInt16()).isEqualTo((short) -2);
    assertThat(in.readUint32()).isEqualTo(0xdeadbeefL);
    assertThat(in.readInt64()).isEqualTo(-1L);
    assertThat(in.readBool()).isTrue();
    assertThat(in.readBool()).isFalse();
    assertThat(in.remaining()).isZero();
  }

  @Test
  void stringsVectorsAndOptionals() {
    byte[] bytes = new GrapheneWriter()
        .writeString("Голос")
        .writeVector(List.of("a", "bc"), GrapheneWriter::writeString)
        .writeOptional(null, GrapheneWriter::writeString)
        .writeOptional("x", GrapheneWriter::writeString)
        .toByteArray();

    assertThat(HEX.formatHex(bytes))
        .isEqualTo("0ad093d0bed0bbd0bed181" + "02016102626300" + "010178");
    GrapheneReader in = GrapheneReader.of(bytes);
    assertThat(in.readString()).isEqualTo("Голос");
    assertThat(in.readVector(GrapheneReader::readString)).containsExactly("a", "bc");
    assertThat(in.<String>readOptional(GrapheneReader::readString)).isNull();
    assertThat(in.readOptional(GrapheneReader::readString)).isEqualTo("x");
  }

  @Test
  void writerRejectsOutOfRange() {
    GrapheneWriter out = new GrapheneWriter();
    assertThatThrownBy(() -> out.writeUint16(65536)).hasMessage("uint16 out of range: 65536");
    assertThatThrownBy(() -> out.writeUint32(-1)).hasMessage("uint32 out of range: -1");
    assertThatThrownBy(() -> out.writeVarint32(1L << 32)).hasMessageContaining("varint32");
  }

  @Test
  void readerNamesTheOffsetOfMalformedInput() {
    assertThatThrownBy(() -> GrapheneReader.of(HEX.parseHex("0102")).readUint32())
        .hasMessage("input ends at offset 2, needed 4 bytes at offset 0");
    assertThatThrownBy(() -> GrapheneReader.of(HEX.parseHex("02")).readBool())
        .hasMessage("bool at offset 0 is 2, expected 0 or 1");
    assertThatThrownBy(() -> GrapheneReader.of(HEX.parseHex("ffffffff7f")).readVarint32())
        .hasMessage("varint32 at offset 0 is too long");
    assertThatThrownBy(() -> GrapheneReader.of(HEX.parseHex("0561")).readString())
        .hasMessage("string at offset 0 is longer than the input");
    assertThatThrownBy(() -> GrapheneReader.of(HEX.parseHex("01ff")).readString())
        .hasMessage("string at offset 0 is not UTF-8");
  }
}
