package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.ForkedCli;

/** A batch goes on past what it cannot read, and says what it left out and why (issue 9, items 11 and 12). */
class BatchRobustnessTest {
  private static final Path HUAIAN = Path.of("examples/huaian-2024.json");
  private static final String ONE_REPORT_READ = "共找到 2 个文件：读取 1 份报告，1 个无法读取；1 份通过，0 份有错误。\n";

  @Test
  void aMissingPathIsListedAsUnreadableAndTheOthersAreChecked(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    Path missing = dir.resolve("nope");
    CliTest.Run run = CliTest.run("batch", missing.toString(), report.toString());
    assertThat(run.status()).isEqualTo(1); // an unreadable input fails the batch, as an unreadable file does
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(ONE_REPORT_READ + "无法读取：\n  " + missing + ": no such file or folder\n");
  }

  @Test
  void aTemporaryFolderThatDoesNotExistStopsTheBatchWithOneLineAndNoOutput(@TempDir Path dir) throws IOException {
    // more reports than a batch keeps in memory: they are put aside in a temporary file
    Path folder = Files.createDirectory(dir.resolve("reports"));
    for (int i = 0; i < 70; i++) {
      Files.copy(HUAIAN, folder.resolve(i + ".json"));
    }
    Path nowhere = dir.resolve("no-such-folder");
    Path jsonl = dir.resolve("out.jsonl");
    ForkedCli.Result run = ForkedCli.nianbao("batch", folder.toString(), "--jsonl", jsonl.toString())
        .jvm("-Djava.io.tmpdir=" + nowhere).run();
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: the batch's temporary file cannot be made in " + nowhere
        + ": no such folder (set another with -Djava.io.tmpdir); the outputs are left as they were\n");
    assertThat(run.out()).isEmpty();
    assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().startsWith("out.jsonl"));
  }

  @Test
  void theTemporaryFileOfABatchIsGoneWhenItEnds(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("reports"));
    for (int i = 0; i < 70; i++) {
      Files.copy(HUAIAN, folder.resolve(i + ".json"));
    }
    Path temporary = Files.createDirectory(dir.resolve("tmp"));
    ForkedCli.Result run = ForkedCli.nianbao("batch", folder.toString()).jvm("-Djava.io.tmpdir=" + temporary).run();
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("共找到 70 个文件：读取 70 份报告，0 个无法读取；70 份通过，0 份有错误。\n");
    assertThat(temporary).isEmptyDirectory();
  }

  @Test
  void linksToNothingLoopsAndPipesInAFolderAreListedAsSkipped(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("reports"));
    Files.copy(HUAIAN, folder.resolve("a.json"));
    Files.createDirectory(folder.resolve("sub"));
    Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
    Files.createSymbolicLink(folder.resolve("b.json"), folder.resolve("gone.json"));
    Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve("c.txt").toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
    // forked, with a time limit: reading the pipe, which has no writer, would hang
    ForkedCli.Result run = ForkedCli.nianbao("batch", folder.toString()).run().hasStatus(0);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("共找到 1 个文件：读取 1 份报告，0 个无法读取；1 份通过，0 份有错误。\n"
        + "已跳过（不是可读取的文件）：\n"
        + "  " + folder.resolve("b.json") + ": a link to nothing\n"
        + "  " + folder.resolve("c.txt") + ": not a regular file (a pipe, socket or device)\n"
        + "  " + folder.resolve("sub/loop") + ": a link to a folder that contains it (a loop)\n");
  }

  /**
   * A subfolder the file system refuses to open. The tests run as root, who may open any folder
   * whatever its permissions, so the refusal here is a path longer than the system allows
   * (ENAMETOOLONG), which root cannot open either; it takes the same way through the search as
   * "permission denied" (a failed visit of one folder). The permission case proper is the next test,
   * which runs only for a user who is not root.
   */
  @Test
  void aSubfolderThatCannotBeOpenedIsListedAndTheBatchGoesOn() throws Exception {
    Path dir = Files.createTempDirectory("nianbao-deep");
    try {
      Files.copy(HUAIAN, dir.resolve("r.json"));
      String name = "d".repeat(250);
      // created step by step from inside, as only relative paths can reach past the limit
      Process mkdir = new ProcessBuilder("bash", "-c", "for i in $(seq 1 18); do mkdir " + name + " && cd " + name
          + " || exit 1; done").directory(dir.toFile()).inheritIO().start();
      assertThat(mkdir.waitFor()).isZero();
      CliTest.Run run = CliTest.run("batch", dir.toString());
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).isEmpty();
      String deepest = dir + ("/" + name).repeat(17);
      assertThat(run.out()).startsWith(ONE_REPORT_READ + "无法读取：\n  " + dir + "/" + name)
          .endsWith(": cannot be read: File name too long\n")
          .doesNotContain("internal error");
      assertThat(run.out().lines().toList().get(2)).isEqualTo("  " + deepest + ": cannot be read: File name too long");
    } finally {
      new ProcessBuilder("rm", "-rf", dir.toString()).inheritIO().start().waitFor();
    }
  }

  @Test
  void aSubfolderWithoutPermissionIsListedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Files.copy(HUAIAN, dir.resolve("r.json"));
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "root reads any folder: the test above covers this path for root");
      CliTest.Run run = CliTest.run("batch", dir.toString());
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).isEqualTo(ONE_REPORT_READ + "无法读取：\n  " + locked + ": permission denied\n");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void threadsOutsideOneToFourTimesTheCoresAreAUsageError(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    int cores = Runtime.getRuntime().availableProcessors();
    for (String n : new String[] {"0", "-1", "100000", Integer.toString(4 * cores + 1)}) {
      CliTest.Run run = CliTest.run("batch", "--threads", n, report.toString());
      assertThat(run.status()).as(n).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("nianbao: --threads must be from 1 to " + 4 * cores + " (4 × " + cores
          + " cores, the limit on threads), not " + n + " (see 'nianbao batch --help')\n");
    }
    for (String n : new String[] {"1", Integer.toString(4 * cores)}) {
      CliTest.Run run = CliTest.run("batch", "--threads", n, report.toString());
      assertThat(run.status()).as(n).isZero();
    }
  }
}
