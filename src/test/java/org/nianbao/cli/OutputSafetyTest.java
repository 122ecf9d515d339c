package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.ForkedCli;

/** Nothing the command line writes can destroy an input or a previous output, or fail unnoticed (issue 9, items 1–4). */
class OutputSafetyTest {
  private static final Path HUAIAN_TEXT = Path.of("examples/huaian-2024.txt");
  private static final Path HUAIAN = Path.of("examples/huaian-2024.json");
  private static final String PREVIOUS = "previous run\n";

  @Test
  void aJsonlThatIsAnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    byte[] before = Files.readAllBytes(report);
    CliTest.Run run = CliTest.run("batch", report.toString(), "--jsonl", report.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --jsonl " + report + ": is one of the inputs (" + report
        + "); choose a file elsewhere\n");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllBytes(report)).isEqualTo(before);
  }

  @Test
  void theSameFileByAnotherNameIsRefusedToo(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    byte[] before = Files.readAllBytes(report);
    Files.createDirectory(dir.resolve("sub"));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), report);
    for (Path output : List.of(link, dir.resolve("sub/../r.json"))) {
      CliTest.Run run = CliTest.run("batch", report.toString(), "--jsonl", output.toString());
      assertThat(run.status()).as(output.toString()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("nianbao: --jsonl " + output + ": is one of the inputs (" + report
          + "); choose a file elsewhere\n");
    }
    assertThat(Files.readAllBytes(report)).isEqualTo(before);
  }

  @Test
  void aJsonlInsideAnInputFolderIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("reports"));
    Files.copy(HUAIAN, folder.resolve("r.json"));
    Path alias = Files.createSymbolicLink(dir.resolve("alias"), folder);
    Path output = alias.resolve("deeper/../out.jsonl");
    CliTest.Run run = CliTest.run("batch", folder.toString(), "--jsonl", output.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --jsonl " + output + ": lies in the input folder " + folder
        + "; choose a file elsewhere\n");
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).containsExactly(folder.resolve("r.json"));
    }
  }

  @Test
  void outputPathsAreCheckedBeforeTheFirstPass(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    Path out = Files.createDirectory(dir.resolve("out"));
    CliTest.Run folder = CliTest.run("batch", report.toString(), "--jsonl", out.toString());
    assertThat(folder.status()).isEqualTo(2);
    assertThat(folder.err()).isEqualTo("nianbao: --jsonl " + out + ": is a folder, not a file\n");
    assertThat(folder.out()).as("no pass ran: no summary").isEmpty();
    Path orphan = dir.resolve("missing/r.jsonl");
    CliTest.Run missing = CliTest.run("batch", report.toString(), "--jsonl", orphan.toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("nianbao: --jsonl " + orphan + ": its folder " + dir.resolve("missing")
        + " does not exist\n");
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void aJsonlThatCannotBeWrittenFailsWithOneLine(@TempDir Path dir) throws IOException {
    Path report = Files.copy(HUAIAN, dir.resolve("r.json"));
    CliTest.Run run = CliTest.run("batch", report.toString(), "--jsonl", "/dev/full");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(
        "nianbao: --jsonl /dev/full: cannot be written: No space left on device; left as it was\n");
  }

  @Test
  void aFinishedRunReplacesThePreviousOutputWholeAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Files.copy(HUAIAN, reports.resolve("a.json"));
    Files.copy(HUAIAN_TEXT, reports.resolve("b.txt"));
    Path out = Files.createDirectory(dir.resolve("out"));
    Path jsonl = Files.writeString(out.resolve("r.jsonl"), PREVIOUS.repeat(10));
    CliTest.Run run = CliTest.run("batch", reports.toString(), "--jsonl", jsonl.toString());
    assertThat(run.status()).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(2);
    assertThat(ReportJson.MAPPER.readTree(lines.get(0)).get("source").asText()).isEqualTo(reports.resolve("a.json").toString());
    assertThat(ReportJson.MAPPER.readTree(lines.get(1)).get("source").asText()).isEqualTo(reports.resolve("b.txt").toString());
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(jsonl);
    }
  }

  @Test
  void sigtermLeavesTheOutputAsItWasAndTheFinishedLinesWhole(@TempDir Path dir) throws Exception {
    Path reports = copies(dir.resolve("reports"), HUAIAN_TEXT, 1000);
    Path out = Files.createDirectory(dir.resolve("out"));
    Path jsonl = Files.writeString(out.resolve("r.jsonl"), PREVIOUS);
    ForkedCli.Running run = ForkedCli.nianbao("batch", "--threads", "1", reports.toString(), "--jsonl", jsonl.toString())
        .start();
    Path partial = awaitPartialWithLines(out, run.process());
    run.terminate();
    ForkedCli.Result result = run.await(Duration.ofSeconds(60));
    assertThat(result.timedOut()).isFalse();
    assertThat(result.status()).isEqualTo(143); // 128 + SIGTERM: the JVM's own exit on the signal
    assertThat(Files.readString(jsonl)).isEqualTo(PREVIOUS);
    assertThat(partial.getFileName().toString()).startsWith("r.jsonl.").endsWith(".partial");
    List<String> lines = Files.readAllLines(partial);
    assertThat(lines).isNotEmpty();
    assertThat(Files.readString(partial)).endsWith("\n");
    for (String line : lines) {
      JsonNode entry = ReportJson.MAPPER.readTree(line); // a cut line would not parse
      assertThat(entry.get("source").asText()).startsWith(reports.toString());
    }
    assertThat(result.err()).isEqualTo("nianbao: interrupted; " + jsonl.toRealPath() + " left as it was, the "
        + lines.size() + " reports finished are in " + partial + "\n");
  }

  @Test
  void twoBatchesWritingOneJsonlLeaveOneWholeFile(@TempDir Path dir) throws Exception {
    Path many = copies(dir.resolve("many"), HUAIAN_TEXT, 1000);
    Path few = copies(dir.resolve("few"), Path.of("examples/xingjing-2020.txt"), 60);
    Path out = Files.createDirectory(dir.resolve("out"));
    Path jsonl = out.resolve("r.jsonl");
    ForkedCli.Running a = ForkedCli.nianbao("batch", "--threads", "1", many.toString(), "--jsonl", jsonl.toString())
        .start();
    awaitPartialWithLines(out, a.process()); // the second starts while the first is writing
    ForkedCli.Running b = ForkedCli.nianbao("batch", "--threads", "1", few.toString(), "--jsonl", jsonl.toString())
        .start();
    ForkedCli.Result ra = a.await(Duration.ofSeconds(120));
    ForkedCli.Result rb = b.await(Duration.ofSeconds(120));
    ra.hasStatus(0);
    rb.hasStatus(0);
    String whole = Files.readString(jsonl, StandardCharsets.UTF_8);
    assertThat(whole.chars().filter(c -> c == 0).count()).as("NUL bytes (holes)").isZero();
    // whole from one batch or the other, never a mix: the last to finish wins
    List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
    Path winner = lines.size() == 1000 ? many : few;
    assertThat(lines).hasSize(winner == many ? 1000 : 60);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(ReportJson.MAPPER.readTree(lines.get(i)).get("source").asText())
          .isEqualTo(winner.resolve(String.format("r%04d.txt", i)).toString());
    }
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left).containsExactly(jsonl);
    }
  }

  @Test
  void checkAndExtractFailWhenStandardOutputCannotBeWritten() {
    File full = new File("/dev/full");
    for (String command : List.of("check", "extract")) {
      ForkedCli.Result result = ForkedCli.nianbao(command, HUAIAN.toString()).stdoutTo(full).run();
      result.hasStatus(2).hasOneLineError();
      assertThat(result.err()).isEqualTo("nianbao: cannot write to standard output: No space left on device\n");
    }
  }

  /** A folder of {@code n} copies of one text report: a batch long enough to interrupt. */
  private static Path copies(Path folder, Path report, int n) throws IOException {
    Files.createDirectory(folder);
    for (int i = 0; i < n; i++) {
      Files.copy(report, folder.resolve(String.format("r%04d.txt", i)));
    }
    return folder;
  }

  /**
   * Waits until the run has written lines to a file of {@code out} (its temporary file, or, had it
   * no temporary file, the output itself, once it no longer holds the previous run) and returns it.
   */
  private static Path awaitPartialWithLines(Path out, Process process) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the batch ended before it could be interrupted").isTrue();
      try (Stream<Path> files = Files.list(out)) {
        for (Path p : files.toList()) {
          if (Files.size(p) > 0 && !Files.readString(p).startsWith(PREVIOUS)) {
            return p;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no output within 90 s");
  }
}
