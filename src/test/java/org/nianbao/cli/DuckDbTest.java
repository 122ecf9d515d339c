package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch --db and --parquet, and query: the facts as tables of DuckDB and as Parquet files, whose
 * sums are the reports' totals; DuckDB an optional dependency that nothing else loads.
 */
class DuckDbTest {
  @TempDir
  Path dir;

  private static final String NEW_REQUESTS_PARTS =
      "pointer LIKE '/applications/newRequests/%' AND pointer NOT LIKE '%/total'";

  @Test
  void theTablesSumToTheReportsTotalsAndParquetHoldsTheSameRows() throws Exception {
    Path in = FactsTest.examples(dir);
    Path db = dir.resolve("reports.duckdb");
    Path parquet = dir.resolve("parquet");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--db", db.toString(), "--parquet", parquet.toString());
    assertThat(run.status()).as(run.err()).isZero();
    // 新收 of 淮安市 2024, by kind of applicant: 3001 + 53 + 0 + 0 + 61 + 4 = 3119, its 总计
    CliTest.Run sum = CliTest.run("query", db.toString(), "SELECT sum(number) AS new_requests FROM facts WHERE "
        + NEW_REQUESTS_PARTS + " AND source = '" + in.resolve("huaian-2024.txt") + "'");
    assertThat(sum.err()).isEmpty();
    assertThat(sum.out()).isEqualTo("""
        new_requests
        ------------
         3119.000000
        (1 row)
        """);
    // 复议 of 淮安市: 72 + 64 + 178 + 37 = 351, its 总计
    CliTest.Run review = CliTest.run("query", db.toString(), "--format", "csv", "SELECT source, sum(number) AS review"
        + " FROM facts WHERE pointer LIKE '/reviewLitigation/review/%' AND pointer <> '/reviewLitigation/review/total'"
        + " AND body = '淮安市人民政府' GROUP BY source ORDER BY source");
    assertThat(review.out()).isEqualTo("source,review\r\n" + in.resolve("huaian-2024.json") + ",351.000000\r\n"
        + in.resolve("huaian-2024.txt") + ",351.000000\r\n");
    // 198 + 198 + 200 + 200 rows, in the database and read back from Parquet
    CliTest.Run count = CliTest.run("query", parquet.toString(), "--format", "json",
        "SELECT count(*) AS cells, count(DISTINCT source) AS reports, count(line) AS placed FROM facts");
    assertThat(count.err()).isEmpty();
    assertThat(count.out()).isEqualTo("""
        [
          {
            "cells": 796,
            "reports": 4,
            "placed": 398
          }
        ]
        """);
    assertThat(CliTest.run("query", db.toString(), "--format", "csv", "SELECT count(*) AS n FROM read_parquet('"
        + parquet.resolve("facts.parquet") + "') UNION ALL SELECT count(*) FROM facts UNION ALL SELECT count(*)"
        + " FROM findings").out()).isEqualTo("n\r\n796\r\n796\r\n0\r\n");
    assertThat(parquet.resolve("findings.parquet")).isRegularFile();
    try (var left = Files.list(dir)) {
      // the rows gathered on the way are gone
      assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("in", "parquet", "reports.duckdb");
    }
  }

  /** The README's query of bodies whose 新收 grew more than 5×, as it is printed there. */
  private static String readmeQuery() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int block = readme.indexOf("```sql\n", readme.indexOf("Bodies whose 新收 grew more than 5×"));
    return readme.substring(block + 7, readme.indexOf("```", block + 7));
  }

  @Test
  void theReadmesQueryOverParquetFindsTheBodyWhoseNewRequestsGrewMoreThanFiveTimes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String huaian = Files.readString(Path.of("examples/huaian-2024.json"));
    Files.writeString(in.resolve("huaian-2024.json"), huaian);
    // the year before: 400 + 53 + 0 + 0 + 61 + 4 = 518 new requests; 3119 / 518 = 6.02 (more than 5×)
    Files.writeString(in.resolve("huaian-2023.json"), huaian.replaceFirst("\"year\"\\s*:\\s*2024", "\"year\": 2023")
        .replaceFirst("\"naturalPerson\"\\s*:\\s*3001", "\"naturalPerson\": 400")
        .replaceFirst("(\"legalServiceOrganization\"\\s*:\\s*61\\s*,\\s*\"otherOrganization\"\\s*:\\s*4\\s*,\\s*"
            + "\"total\"\\s*:\\s*)3119", "$1518"));
    // 兴泾镇 2019 → 2020: 0 new requests both years, never "grown"
    String xingjing = Files.readString(Path.of("examples/xingjing-2020.json"));
    Files.writeString(in.resolve("xingjing-2020.json"), xingjing);
    Files.writeString(in.resolve("xingjing-2019.json"), xingjing.replaceFirst("\"year\"\\s*:\\s*2020", "\"year\": 2019"));
    Path out = Files.createDirectories(dir.resolve("out"));
    assertThat(CliTest.run("batch", in.toString(), "--parquet", out.resolve("parquet").toString()).err())
        .doesNotContain("nianbao:");
    String sql = readmeQuery().replace("'out/parquet/", "'" + out.resolve("parquet") + "/");
    CliTest.Run run = CliTest.run("query", out.resolve("parquet").toString(), "--format", "csv", sql);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("body,year,before,after,times\r\n淮安市人民政府,2023,518.000000,3119.000000,6.0\r\n");
  }

  @Test
  void findingsAreTypedAndCellsKeepWhatWasPrinted() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("wrong.json"), Files.readString(Path.of("examples/huaian-2024.json"))
        .replaceFirst("\"naturalPerson\"\\s*:\\s*3001", "\"naturalPerson\": 3002")
        .replaceFirst("(\"researchInstitution\"\\s*:\\s*)0", "$1\"/\""));
    Path db = dir.resolve("w.duckdb");
    assertThat(CliTest.run("batch", in.toString(), "--db", db.toString()).status()).isEqualTo(1);
    // 3002 + 53 + 0 + 0 + 61 + 4 = 3120 against 3119; the n/a cell counts as 0 and has no number
    CliTest.Run run = CliTest.run("query", db.toString(), "--format", "json", "SELECT rule, expected, actual, fix_to,"
        + " year + 1 AS next FROM findings WHERE rule = 't3.row_total'");
    assertThat(run.out()).isEqualTo("""
        [
          {
            "rule": "t3.row_total",
            "expected": 3120.000000,
            "actual": 3119.000000,
            "fix_to": 3001.000000,
            "next": 2025
          }
        ]
        """);
    CliTest.Run na = CliTest.run("query", db.toString(), "SELECT value, number, semantic FROM facts"
        + " WHERE pointer = '/applications/newRequests/researchInstitution'");
    assertThat(na.out()).isEqualTo("""
        value  number  semantic
        -----  ------  --------
        /              n/a
        (1 row)
        """);
  }

  @Test
  void aQueryIsReadOnlyAndItsErrorIsOneLine() throws Exception {
    Path in = FactsTest.examples(dir);
    Path db = dir.resolve("r.duckdb");
    assertThat(CliTest.run("batch", in.toString(), "--db", db.toString()).status()).isZero();
    byte[] before = Files.readAllBytes(db);
    CliTest.Run drop = CliTest.run("query", db.toString(), "DROP TABLE facts");
    assertThat(drop.status()).isEqualTo(2);
    assertThat(drop.err()).startsWith("nianbao: query: ").contains("read-only").endsWith("\n")
        .satisfies(err -> assertThat(err.strip()).doesNotContain("\n"));
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
    CliTest.Run wrong = CliTest.run("query", db.toString(), "SELECT nothing FROM facts");
    assertThat(wrong.status()).isEqualTo(2);
    assertThat(wrong.err().strip()).startsWith("nianbao: query: ").contains("nothing").doesNotContain("\n");
    CliTest.Run missing = CliTest.run("query", dir.resolve("none.duckdb").toString(), "SELECT 1");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("nianbao: query: " + dir.resolve("none.duckdb") + ": no such file or folder\n");
    assertThat(dir.resolve("none.duckdb")).doesNotExist();
  }

  @Test
  void aTableLinesUpChineseTextAsATerminalShowsIt() throws Exception {
    Path in = FactsTest.examples(dir);
    Path db = dir.resolve("r.duckdb");
    assertThat(CliTest.run("batch", in.toString(), "--db", db.toString()).status()).isZero();
    CliTest.Run run = CliTest.run("query", db.toString(), "SELECT body, level, count(*) AS cells FROM facts"
        + " GROUP BY ALL ORDER BY body");
    // a Chinese character takes two columns: 淮安市人民政府 is 14 wide, 银川市西夏区兴泾镇人民政府 26
    assertThat(run.out()).isEqualTo("""
        body                        level     cells
        --------------------------  --------  -----
        淮安市人民政府              city        400
        银川市西夏区兴泾镇人民政府  township    396
        (2 rows)
        """);
  }

  /** The command line in a JVM of its own, on this test's class path without the jars whose path holds {@code without}. */
  private static String[] forked(String without, String... args) throws Exception {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> without == null || !entry.replace('\\', '/').contains(without))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info", "-cp", classPath, "org.nianbao.cli.Main"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new String[] {Integer.toString(process.exitValue()), out, err};
  }

  @Test
  void aBatchWithoutTheseOptionsLoadsNoDuckDbClass() throws Exception {
    Path in = FactsTest.examples(dir);
    String[] run = forked(null, "batch", in.toString(), "--facts", dir.resolve("f.csv").toString());
    assertThat(run[0]).isEqualTo("0");
    assertThat(run[1]).contains("org.nianbao.internal.facts.FactsFiles").doesNotContain("org.duckdb")
        .doesNotContain("org.nianbao.internal.facts.DuckDb");
  }

  @Test
  void withoutDuckDbTheOptionsNameTheArtifactToAdd() throws Exception {
    Path in = FactsTest.examples(dir);
    String[] batch = forked("/org/duckdb/", "batch", in.toString(), "--db", dir.resolve("r.duckdb").toString());
    assertThat(batch[0]).isEqualTo("2");
    assertThat(batch[2]).isEqualTo("nianbao: --db " + dir.resolve("r.duckdb") + ": needs org.duckdb:duckdb_jdbc:2.0.0.1"
        + " on the class path (optional dependency of nianbao; missing: ClassNotFoundException: org.duckdb.DuckDBDriver)\n");
    assertThat(dir.resolve("r.duckdb")).doesNotExist();
    String[] query = forked("/org/duckdb/", "query", in.resolve("huaian-2024.json").toString(), "SELECT 1");
    assertThat(query[0]).isEqualTo("2");
    assertThat(query[2]).startsWith("nianbao: query: needs org.duckdb:duckdb_jdbc:2.0.0.1 on the class path");
    // without the database, the batch does not miss it
    assertThat(forked("/org/duckdb/", "batch", in.toString())[0]).isEqualTo("0");
  }
}
