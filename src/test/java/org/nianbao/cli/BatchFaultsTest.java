package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.ForkedCli;
import org.nianbao.testing.GeneratedBatch;

/**
 * Issue 14's faults: files that disappear or turn unreadable while a batch runs are listed and the
 * batch goes on; SIGTERM leaves every output complete or clearly unfinished, and says where.
 */
class BatchFaultsTest {
  private static final int REPORTS = 3000;

  /**
   * The batch lists its files, then reads them in order on two threads. Once it is seen reading
   * the first reports (an open file of the folder in /proc/PID/fd: the listing is done), the last
   * ten files change under it; reading all the others first takes it seconds, the change
   * milliseconds.
   */
  @Test
  void filesGoneOrSpoiledAfterTheListingAreListedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
    GeneratedBatch.write(dir, REPORTS, false);
    Path text = dir.resolve(GeneratedBatch.TEXT);
    ForkedCli.Running run = ForkedCli.nianbao("batch", "--threads", "2", "--format", "json", text.toString())
        .start();
    awaitReading(run.process(), text);
    List<String> expected = new ArrayList<>();
    for (int k = 2990; k < 2994; k++) {
      Files.delete(report(text, k));
      expected.add(report(text, k) + ": no such file");
    }
    for (int k = 2994; k < 2996; k++) {
      Files.delete(report(text, k));
      Files.createDirectory(report(text, k));
      expected.add(report(text, k) + ": is a directory, not a report file");
    }
    Files.write(report(text, 2996), new byte[0]);
    expected.add(report(text, 2996) + ": is empty");
    // a UTF-16 byte order mark before an odd number of bytes: no text in any encoding the reader tries
    Files.write(report(text, 2997), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});
    expected.add(report(text, 2997) + ": is not UTF-16 text");
    ForkedCli.Result result = run.await(Duration.ofSeconds(180));
    result.hasStatus(1); // README: an unreadable file makes the exit status 1, as an error finding does
    assertThat(result.err()).isEmpty();
    JsonNode summary = ReportJson.MAPPER.readTree(result.out());
    assertThat(summary.get("files").asInt()).isEqualTo(REPORTS);
    assertThat(summary.get("read").asInt()).isEqualTo(REPORTS - 8);
    List<String> unreadable = new ArrayList<>();
    summary.get("unreadable").forEach(u -> unreadable.add(u.get("source").asText() + ": " + u.get("reason").asText()));
    assertThat(unreadable).containsExactlyElementsOf(expected);
    // the batch went on past them: every planted error among the files read (k % 97 == 13, k < 2990:
    // 13, 110, …, 2923) is found, the two reports after them are read
    assertThat(summary.get("findings").get("t3.row_total").asInt()).isEqualTo(31);
    assertThat(summary.get("findings").get("t3.outcome_total").asInt()).isEqualTo(31);
    assertThat(summary.get("worst").toString()).doesNotContain("r0002990");
  }

  private static Path report(Path text, int k) {
    return text.resolve(String.format("%03d/r%07d.txt", k / 1000, k));
  }

  /** Waits until the process holds a report of {@code folder} open: it has listed its files and is reading. */
  private static void awaitReading(Process process, Path folder) throws Exception {
    Path fds = Path.of("/proc", Long.toString(process.pid()), "fd");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the batch ended before it was seen reading").isTrue();
      try (Stream<Path> open = Files.list(fds)) {
        for (Path fd : open.toList()) {
          try {
            Path file = Files.readSymbolicLink(fd);
            if (file.startsWith(folder) && file.toString().endsWith(".txt")) {
              return;
            }
          } catch (IOException e) {
            // closed meanwhile
          }
        }
      }
    }
    throw new AssertionError("the batch was not seen reading within 60 s");
  }

  @Test
  void sigtermLeavesTheFactsAndTheBaselineWrittenClearlyUnfinishedAndSaysWhere(@TempDir Path dir) throws Exception {
    Path reports = Files.createDirectory(dir.resolve("reports"));
    // huaian-2024 with one wrong cell: each report has findings, so the baseline grows as the batch goes
    String wrong = Files.readString(Path.of("examples/huaian-2024.txt"), StandardCharsets.UTF_8)
        .replace("一、本年新收政府信息公开申请数量 | 3001 |", "一、本年新收政府信息公开申请数量 | 3002 |");
    assertThat(wrong).contains("| 3002 |");
    for (int i = 0; i < 1000; i++) {
      Files.writeString(reports.resolve(String.format("r%04d.txt", i)), wrong);
    }
    Path out = Files.createDirectory(dir.resolve("out"));
    Path facts = out.resolve("facts.csv");
    Path baseline = out.resolve("baseline.json");
    ForkedCli.Running run = ForkedCli.nianbao("batch", "--threads", "1", reports.toString(), "--facts",
        facts.toString(), "--write-baseline", baseline.toString()).start();
    awaitRows(out, run.process());
    run.terminate();
    ForkedCli.Result result = run.await(Duration.ofSeconds(60));
    assertThat(result.status()).isEqualTo(143); // 128 + SIGTERM
    assertThat(facts).doesNotExist();
    assertThat(out.resolve("facts.findings.csv")).doesNotExist();
    assertThat(baseline).doesNotExist();
    Path cellsPartial = partial(out, "facts.csv.");
    Path baselinePartial = partial(out, "baseline.json.");
    List<String> err = result.err().lines().toList();
    assertThat(err).hasSize(2);
    // whole reports only: the header, then 200 rows (the 2021 edition's cells) per report finished
    long rows;
    try (Stream<String> lines = Files.lines(cellsPartial)) {
      rows = lines.count() - 1;
    }
    assertThat(rows % 200).isZero();
    assertThat(err.get(0)).startsWith("nianbao: " + facts + " left as it was; the rows of the " + rows / 200
        + " reports finished are in " + cellsPartial);
    // the baseline: its opening line, then whole entries, each a line of JSON; the array never closed
    List<String> entries = Files.readAllLines(baselinePartial);
    assertThat(entries).hasSizeGreaterThan(1);
    assertThat(entries.get(0)).isEqualTo("{\"version\": 1, \"accepted\": [");
    assertThat(entries).last().isNotEqualTo("]}");
    for (String entry : entries.subList(1, entries.size())) {
      assertThat(entry).endsWith(",");
      assertThat(ReportJson.MAPPER.readTree(entry.substring(0, entry.length() - 1)).get("rule").asText()).isNotEmpty();
    }
    assertThat(err.get(1)).isEqualTo("nianbao: interrupted; --write-baseline " + baseline + " left as it was, the "
        + (entries.size() - 1) + " entries finished are in " + baselinePartial);
  }

  private static Path partial(Path out, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
          && p.getFileName().toString().endsWith(".partial")).toList();
      assertThat(found).as(prefix + "*.partial").hasSize(1);
      return found.get(0);
    }
  }

  /** Waits until the baseline's temporary file holds entries past its opening line (the facts' rows come before them). */
  private static void awaitRows(Path out, Process process) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as("the batch ended before it could be interrupted").isTrue();
      try (Stream<Path> files = Files.list(out)) {
        for (Path p : files.toList()) {
          if (p.getFileName().toString().startsWith("baseline.json.") && Files.size(p) > 1000) {
            return;
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no baseline entries within 90 s");
  }
}
