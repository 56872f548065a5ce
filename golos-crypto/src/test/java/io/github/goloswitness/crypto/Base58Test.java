package io.github.goloswitness.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Base58Test {

  @ParameterizedTest
  @CsvSource({"00, 1", "0000, 11", "61, 2g", "626262, a3gV", "00000102, 115T", "ff, 5Q"})
  void roundTrips(String hex, String text) {
    byte[] bytes = HexFormat.of().parseHex(hex);

    assertThat(Base58.encode(bytes)).isEqualTo(text);
    assertThat(Base58.decode(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({"0abc, 0", "abIc, 2", "ab c, 2", "abl, 2"})
  void rejectsCharactersOutsideTheAlphabet(String text, int position) {
    assertThatThrownBy(() -> Base58.decode(text))
        .hasMessage("invalid base58 character at position " + position);
  }
}
