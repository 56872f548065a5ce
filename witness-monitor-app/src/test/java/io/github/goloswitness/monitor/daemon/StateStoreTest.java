package io.github.goloswitness.monitor.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.goloswitness.monitor.daemon.StateStore.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {
  private static final Map<String, String> FIRST = Map.of("lastSwitch", "2026-11-26T04:00:00Z", "switches", "1");
  private static final Map<String, String> SECOND = Map.of("lastSwitch", "2026-11-26T05:00:00Z", "switches", "2");

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("witness-monitor.state");
  }

  private Path backup() {
    return dir.resolve("witness-monitor.state.bak");
  }

  private List<String> filesInDir() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aMissingFileIsAnEmptyStateReportedAsSuch() {
    StateStore.LoadResult result = new StateStore(file()).load();
    assertThat(result.status()).isEqualTo(Status.MISSING);
    assertThat(result.state()).isEmpty();
    assertThat(result.detail()).contains("no state file").contains(file().toString());
  }

  @Test
  void savesAndLoadsAndKeepsThePreviousVersionAsBackup() throws Exception {
    StateStore store = new StateStore(file());
    store.save(FIRST);
    assertThat(Files.readString(file())).contains("\"version\" : 1").contains("\"switches\" : \"1\"");
    assertThat(backup()).doesNotExist();
    store.save(SECOND);
    StateStore.LoadResult result = store.load();
    assertThat(result.status()).isEqualTo(Status.LOADED);
    assertThat(result.state()).isEqualTo(SECOND);
    assertThat(Files.readString(backup())).contains("\"switches\" : \"1\"");
    assertThat(filesInDir()).containsExactly("witness-monitor.state", "witness-monitor.state.bak");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup()))).isEqualTo("rw-------");
  }

  @Test
  void aCorruptFileFallsBackToTheBackup() throws Exception {
    StateStore store = new StateStore(file());
    store.save(FIRST);
    store.save(SECOND);
    Files.writeString(file(), "{\"version\":1,\"state\":{\"switches\":");
    StateStore.LoadResult result = store.load();
    assertThat(result.status()).isEqualTo(Status.RECOVERED_FROM_BACKUP);
    assertThat(result.state()).isEqualTo(FIRST);
    assertThat(result.detail()).contains("is not valid JSON").contains(backup().toString());
  }

  @Test
  void aMissingFileWithABackupRecoversIt() throws Exception {
    StateStore store = new StateStore(file());
    store.save(FIRST);
    store.save(SECOND);
    Files.delete(file());
    assertThat(store.load().status()).isEqualTo(Status.RECOVERED_FROM_BACKUP);
    assertThat(store.load().state()).isEqualTo(FIRST);
  }

  @Test
  void aCorruptFileWithoutBackupIsUnusableNotSilentlyFresh() throws Exception {
    Files.writeString(file(), "not json at all");
    StateStore.LoadResult result = new StateStore(file()).load();
    assertThat(result.status()).isEqualTo(Status.UNUSABLE);
    assertThat(result.state()).isEmpty();
    assertThat(result.detail()).contains(file().toString()).contains("is not valid JSON").contains("no backup");
  }

  @Test
  void corruptFileAndCorruptBackupAreUnusable() throws Exception {
    Files.writeString(file(), "{\"version\":1,\"state\":{\"a\":1}}");
    Files.writeString(backup(), "[]");
    StateStore.LoadResult result = new StateStore(file()).load();
    assertThat(result.status()).isEqualTo(Status.UNUSABLE);
    assertThat(result.detail()).contains("non-string value for \"a\"").contains("is not a witness-monitor state file");
  }

  @Test
  void aFileFromANewerVersionIsNotReadAsEmpty() throws Exception {
    Files.writeString(file(), "{\"version\":2,\"state\":{}}");
    StateStore.LoadResult result = new StateStore(file()).load();
    assertThat(result.status()).isEqualTo(Status.UNUSABLE);
    assertThat(result.detail()).contains("has version 2, this program reads version 1");
  }

  @Test
  void aFullDiskLeavesThePreviousFilesIntactAndNoTemporaryFile() throws Exception {
    new StateStore(file()).save(FIRST);
    new StateStore(file()).save(SECOND);
    byte[] before = Files.readAllBytes(file());
    byte[] backupBefore = Files.readAllBytes(backup());
    StateStore.Writer diskFull = (path, bytes) -> {
      Files.write(path, Arrays.copyOf(bytes, bytes.length / 2));
      throw new IOException("No space left on device");
    };
    StateStore store = new StateStore(file(), diskFull);
    assertThatThrownBy(() -> store.save(Map.of("switches", "3")))
        .hasMessage("cannot save state to " + file() + ": IOException: No space left on device");
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
    assertThat(Files.readAllBytes(backup())).isEqualTo(backupBefore);
    assertThat(filesInDir()).containsExactly("witness-monitor.state", "witness-monitor.state.bak");
    assertThat(store.load().state()).isEqualTo(SECOND);
  }

  @Test
  void aDirectoryInTheWayIsReportedAndNothingIsLeftBehind() throws Exception {
    Files.createDirectories(file().resolve("occupied"));
    StateStore store = new StateStore(file());
    assertThatThrownBy(() -> store.save(FIRST)).isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot save state to " + file() + ": ");
    assertThat(filesInDir()).containsExactly("witness-monitor.state");
    assertThat(file()).isDirectory();
  }

  @Test
  void aMissingDirectoryIsReported() {
    StateStore store = new StateStore(dir.resolve("no/such/dir/state"));
    assertThatThrownBy(() -> store.save(FIRST))
        .hasMessageStartingWith("cannot save state to " + dir.resolve("no/such/dir/state") + ": NoSuchFileException")
        .hasCauseInstanceOf(NoSuchFileException.class);
  }
}
