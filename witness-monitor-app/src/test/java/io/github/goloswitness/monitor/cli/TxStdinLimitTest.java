package io.github.goloswitness.monitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.goloswitness.crypto.PrivateKey;
import io.github.goloswitness.monitor.CommandRun;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every tx command reads at most what a transaction can be: 48 MiB of garbage on standard input
 * is refused with one line and exit code 1 (not an OutOfMemoryError, whose exit code 3 under
 * {@code -XX:+ExitOnOutOfMemoryError} is also {@code run}'s "no node answered") (issue 10, defect 5).
 */
class TxStdinLimitTest {
  private static final long GARBAGE = 48L << 20;
  /** 4 × STEEMIT_MAX_TRANSACTION_SIZE, as docs/operations.md says. */
  private static final int LIMIT = 4 * 65536;

  @TempDir Path dir;

  /** {@code size} bytes of 'x', made up as they are read; counts what was read. */
  static final class Garbage extends InputStream {
    private final long size;
    long read;

    Garbage(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      java.util.Arrays.fill(b, off, off + n, (byte) 'x');
      read += n;
      return n;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"serialize", "sign", "verify", "broadcast"})
  void garbageBeyondAnyTransactionIsRefusedWithOneLine(String command) throws Exception {
    Path key = dir.resolve("active.key");
    Files.writeString(key, PrivateKey.fromPassword("alpha-wit", "stdin", "active").toWif() + "\n");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
    String[] args = switch (command) {
      case "sign" -> new String[] {"tx", "sign", "--key-file", key.toString()};
      case "broadcast" -> new String[] {"tx", "broadcast", "--node", "http://127.0.0.1:9"};
      default -> new String[] {"tx", command};
    };
    Garbage stdin = new Garbage(GARBAGE);

    CommandRun run = CommandRun.run(stdin, args);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("standard input: more than " + LIMIT + " bytes");
    assertThat(stdin.read).as("bytes read").isLessThanOrEqualTo(LIMIT + 1L);
    assertThat(run.out()).isEmpty();
  }
}
