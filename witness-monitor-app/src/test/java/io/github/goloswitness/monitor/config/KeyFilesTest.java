package io.github.goloswitness.monitor.config;

import static io.github.goloswitness.monitor.TestKeys.PUB_A;
import static io.github.goloswitness.monitor.TestKeys.WIF;
import static io.github.goloswitness.monitor.TestKeys.WIF_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {
  @TempDir Path dir;

  private Path keyFile(String content, String permissions) throws IOException {
    Path file = dir.resolve("active.key");
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    return file;
  }

  @Test
  void readsOneKeyIgnoringCommentsAndBlankLines() throws Exception {
    Path file = keyFile("# witness lex, active\n\n  " + WIF + "  \n", "rw-------");
    Secret key = KeyFiles.readKey(file);
    assertThat(key.reveal()).isEqualTo(WIF);
    assertThat(key.toString()).isEqualTo("Secret[redacted]");
  }

  @Test
  void refusesAFileOthersCanRead() throws Exception {
    Path file = keyFile(WIF + "\n", "rw-r--r--");
    assertThatThrownBy(() -> KeyFiles.readKey(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("key file " + file + ": is accessible by group or others")
        .hasMessageEndingWith("run: chmod 600 " + file)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WIF));
  }

  @Test
  void refusesAGroupReadableFile() throws Exception {
    Path file = keyFile(WIF, "rw-r-----");
    assertThatThrownBy(() -> KeyFiles.readKey(file)).hasMessageContaining("GROUP_READ");
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path file = keyFile("# nothing here\n\n", "rw-------");
    assertThatThrownBy(() -> KeyFiles.readKey(file)).hasMessage("key file " + file + ": is empty");
  }

  @Test
  void refusesTwoKeysWithoutShowingThem() throws Exception {
    Path file = keyFile(WIF + "\n" + WIF_2 + "\n", "r--------");
    assertThatThrownBy(() -> KeyFiles.readKey(file))
        .hasMessage("key file " + file + ": holds more than one key (2 words); put exactly one key in it");
  }

  @Test
  void refusesSomethingThatIsNotAWif() throws Exception {
    Path pub = keyFile(PUB_A, "rw-------");
    assertThatThrownBy(() -> KeyFiles.readKey(pub))
        .hasMessageContaining("does not hold a private key in WIF format")
        .hasMessageContaining("public key");
    Path garbled = keyFile(WIF.substring(0, 40) + "0OIl" + WIF.substring(44), "rw-------");
    assertThatThrownBy(() -> KeyFiles.readKey(garbled))
        .hasMessageStartingWith("key file " + garbled + ": does not hold a private key")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WIF.substring(0, 40)));
  }

  @Test
  void namesAMissingFile() {
    Path file = dir.resolve("absent.key");
    assertThatThrownBy(() -> KeyFiles.readKey(file)).hasMessage("key file " + file + ": does not exist");
  }

  @Test
  void readsATokenOfAnyShape() throws Exception {
    Path file = dir.resolve("telegram.token");
    Files.writeString(file, "123456:AAbb-CCdd_EE\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThat(KeyFiles.readToken(file).reveal()).isEqualTo("123456:AAbb-CCdd_EE");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
    assertThatThrownBy(() -> KeyFiles.readToken(file)).hasMessageStartingWith("token file " + file + ": is accessible");
  }
}
