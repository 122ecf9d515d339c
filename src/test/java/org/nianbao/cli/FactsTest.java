package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch --facts: one CSV row per cell of every report and one per finding, quoted as RFC 4180
 * says, opened by Excel as UTF-8, with nothing a spreadsheet would run.
 */
class FactsTest {
  @TempDir
  Path dir;

  static final List<String> FACT_HEADER = List.of("body", "body_normalised", "level", "year", "edition", "source",
      "pointer", "label", "value", "semantic", "line", "page");
  static final List<String> FINDING_HEADER = List.of("body", "body_normalised", "year", "source", "rule", "severity",
      "pointers", "expected", "actual", "fix_pointer", "fix_to", "message", "reviewed");

  /** The four examples, in a folder of their own. */
  static Path examples(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : List.of("huaian-2024.json", "huaian-2024.txt", "xingjing-2020.json", "xingjing-2020.txt")) {
      Files.copy(Path.of("examples", name), in.resolve(name));
    }
    return in;
  }

  /** RFC 4180, read independently of the writer: quoted fields may hold commas, quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(quoted).as("a quote left open").isFalse();
    assertThat(field.length() + row.size()).as("the last record ends in CRLF").isZero();
    return rows;
  }

  /** The file's records after its byte order mark and header, which are checked. */
  static List<List<String>> records(Path file, List<String> header) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = parse(text.substring(1));
    assertThat(rows.get(0)).isEqualTo(header);
    return rows.subList(1, rows.size());
  }

  private static Map<String, String> row(List<String> header, List<String> values) {
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      m.put(header.get(i), values.get(i));
    }
    return m;
  }

  @Test
  void everyCellOfEveryExampleAppearsOnceWithItsValue() throws Exception {
    Path in = examples(dir);
    Path facts = dir.resolve("facts.csv");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--facts", facts.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<Map<String, String>> rows = records(facts, FACT_HEADER).stream().map(r -> row(FACT_HEADER, r)).toList();
    // SPEC.md: edition 2019 has 22 cells in table 二 (2×3 + 2×3 + 2×3 + 2 + 2), 23 rows × 7 in table
    // 三 (（六）其他处理 one row) and 3 × 5 in table 四: 198; edition 2021 has 10 (6 + 1 + 2 + 1),
    // 25 rows × 7 (（六） in three rows) and 15: 200
    Map<String, Long> perSource = rows.stream()
        .collect(Collectors.groupingBy(r -> r.get("source"), java.util.TreeMap::new, Collectors.counting()));
    assertThat(perSource).containsExactly(
        Map.entry(in.resolve("huaian-2024.json").toString(), 200L),
        Map.entry(in.resolve("huaian-2024.txt").toString(), 200L),
        Map.entry(in.resolve("xingjing-2020.json").toString(), 198L),
        Map.entry(in.resolve("xingjing-2020.txt").toString(), 198L));
    Set<String> cells = new HashSet<>();
    rows.forEach(r -> assertThat(cells.add(r.get("source") + r.get("pointer"))).as(r.toString()).isTrue());
    // the examples fill every cell with a number
    assertThat(rows).allSatisfy(r -> assertThat(r.get("semantic")).isEqualTo("number"));
    Map<String, String> huaian = rows.stream().filter(r -> r.get("source").endsWith("huaian-2024.json"))
        .filter(r -> r.get("pointer").startsWith("/applications/newRequests/"))
        .collect(Collectors.toMap(r -> r.get("pointer").substring(26), r -> r.get("value"), (a, b) -> a,
            java.util.LinkedHashMap::new));
    // examples/huaian-2024.txt line 41: 一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119
    assertThat(huaian).containsExactly(Map.entry("naturalPerson", "3001"), Map.entry("commercialEnterprise", "53"),
        Map.entry("researchInstitution", "0"), Map.entry("publicInterestOrganization", "0"),
        Map.entry("legalServiceOrganization", "61"), Map.entry("otherOrganization", "4"), Map.entry("total", "3119"));
    Map<String, String> total = rows.stream().filter(r -> r.get("source").endsWith("huaian-2024.txt")
        && r.get("pointer").equals("/applications/newRequests/total")).findFirst().orElseThrow();
    assertThat(total).containsExactly(Map.entry("body", "淮安市人民政府"), Map.entry("body_normalised", "淮安市人民政府"),
        Map.entry("level", "city"), Map.entry("year", "2024"), Map.entry("edition", "2021"),
        Map.entry("source", in.resolve("huaian-2024.txt").toString()),
        Map.entry("pointer", "/applications/newRequests/total"),
        Map.entry("label", "表三 一、本年新收政府信息公开申请数量 × 总计"), Map.entry("value", "3119"),
        Map.entry("semantic", "number"), Map.entry("line", "41"), Map.entry("page", ""));
    // canonical JSON has no lines; line 36 of the text: 行政事业性收费 | 96171.6
    assertThat(rows).filteredOn(r -> r.get("source").endsWith(".json")).allSatisfy(r -> assertThat(r.get("line")).isEmpty());
    assertThat(rows).filteredOn(r -> r.get("source").endsWith("huaian-2024.txt")
        && r.get("pointer").equals("/activeDisclosure/fees/administrativeFees/amount"))
        .singleElement().satisfies(r -> assertThat(r).containsEntry("value", "96171.6").containsEntry("line", "36"));
    assertThat(rows).filteredOn(r -> r.get("source").contains("xingjing")).allSatisfy(r -> assertThat(r)
        .containsEntry("body", "银川市西夏区兴泾镇人民政府").containsEntry("level", "township")
        .containsEntry("year", "2020").containsEntry("edition", "2019"));
    // the examples have no finding: the findings file holds its header alone
    assertThat(records(dir.resolve("facts.findings.csv"), FINDING_HEADER)).isEmpty();
  }

  @Test
  void awkwardNamesAreQuotedAndFormulasDisarmedButNumbersStayNumbers() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    String huaian = Files.readString(Path.of("examples/huaian-2024.json"));
    Files.writeString(in.resolve("odd.json"), huaian
        .replace("\"淮安市人民政府\"", "\"淮安市,\\\"人民\\\"\\n政府\"")
        .replaceFirst("(\"carriedOver\"\\s*:\\s*\\{\\s*\"naturalPerson\"\\s*:\\s*34\\s*,\\s*\"commercialEnterprise\"\\s*:\\s*)0",
            "$1null")
        .replaceFirst("(\"researchInstitution\"\\s*:\\s*)0(\\s*,\\s*\"publicInterestOrganization\"\\s*:\\s*0\\s*,"
            + "\\s*\"legalServiceOrganization\"\\s*:\\s*0\\s*,\\s*\"otherOrganization\"\\s*:\\s*)0(\\s*,\\s*\"total\"\\s*:\\s*34)",
            "$1\"/\"$2\"=cmd|' /C calc'!A0\"$3"));
    String xingjing = Files.readString(Path.of("examples/xingjing-2020.json"));
    Files.writeString(in.resolve("minus.json"), xingjing.replaceFirst(
        "(\"administrativeLicensing\"\\s*:\\s*\\{\\s*\"previousItems\"\\s*:\\s*)0(\\s*,\\s*\"change\"\\s*:\\s*)0",
        "$13$2-3"));
    Path facts = dir.resolve("facts.csv");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--facts", facts.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    String text = Files.readString(facts);
    String odd = in.resolve("odd.json").toString();
    String row = "\"淮安市,\"\"人民\"\"\n政府\",淮安市人民政府,city,2024,2021," + odd + ",/applications/carriedOver/";
    assertThat(text)
        .contains(row + "naturalPerson,表三 二、上年结转政府信息公开申请数量 × 自然人,34,number,,\r\n")
        .contains(row + "commercialEnterprise,表三 二、上年结转政府信息公开申请数量 × 商业企业,,blank,,\r\n")
        .contains(row + "researchInstitution,表三 二、上年结转政府信息公开申请数量 × 科研机构,/,n/a,,\r\n")
        .contains(row + "otherOrganization,表三 二、上年结转政府信息公开申请数量 × 其他（法人或其他组织）,"
            + "'=cmd|' /C calc'!A0,unreadable,,\r\n");
    // 本年增/减 may be negative: a number, written as one
    assertThat(text).contains(",/activeDisclosure/licensing/administrativeLicensing/change,"
        + "表二 第二十条第（五）项 行政许可 × 本年增/减,-3,number,,\r\n");
    List<List<String>> rows = records(facts, FACT_HEADER);
    assertThat(rows).hasSize(200 + 198);
    assertThat(rows).filteredOn(r -> r.get(5).equals(odd)).allSatisfy(r -> assertThat(r.get(0)).isEqualTo("淮安市,\"人民\"\n政府"));
  }

  @Test
  void aReportWithOneWrongCellHasItsFindingsInTheFindingsFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    // 自然人 of 新收 3001 → 3002: the row sums to 3002+53+0+0+61+4 = 3120 against its total 3119, and the
    // column no longer balances: 新收 + 结转 = 3002+34 = 3036 against 总计 + 结转下年 = 3001+34 = 3035
    Files.writeString(in.resolve("wrong.json"), Files.readString(Path.of("examples/huaian-2024.json"))
        .replaceFirst("\"naturalPerson\"\\s*:\\s*3001", "\"naturalPerson\": 3002"));
    Path facts = dir.resolve("out.csv");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--facts", facts.toString());
    assertThat(run.status()).isEqualTo(1);
    List<List<String>> findings = records(dir.resolve("out.findings.csv"), FINDING_HEADER);
    String source = in.resolve("wrong.json").toString();
    String n = "/applications/newRequests/";
    assertThat(findings).hasSize(2);
    assertThat(findings.get(0).subList(0, 11)).containsExactly("淮安市人民政府", "淮安市人民政府", "2024", source,
        "t3.row_total", "error", n + "naturalPerson " + n + "commercialEnterprise " + n + "researchInstitution " + n
            + "publicInterestOrganization " + n + "legalServiceOrganization " + n + "otherOrganization " + n + "total",
        "3120", "3119", n + "naturalPerson", "3001");
    assertThat(findings.get(0).get(11)).startsWith("「表三 一、本年新收政府信息公开申请数量」一行：总计为 3119，而各类申请人之和为 3120");
    assertThat(findings.get(1).subList(0, 11)).containsExactly("淮安市人民政府", "淮安市人民政府", "2024", source,
        "t3.balance", "error", n + "naturalPerson /applications/carriedOver/naturalPerson "
            + "/applications/outcomes/total/naturalPerson /applications/carriedForward/naturalPerson",
        "3036", "3035", n + "naturalPerson", "3001");
    assertThat(records(facts, FACT_HEADER)).filteredOn(r -> r.get(6).equals(n + "naturalPerson"))
        .singleElement().satisfies(r -> assertThat(r.get(8)).isEqualTo("3002"));
  }

  @Test
  void aFindingTheBaselineAcceptsIsMarkedReviewedInTheFindingsFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    // as above: 自然人 of 新收 3001 → 3002 gives t3.row_total and t3.balance; the baseline accepts the balance only
    Files.writeString(in.resolve("wrong.json"), Files.readString(Path.of("examples/huaian-2024.json"))
        .replaceFirst("\"naturalPerson\"\\s*:\\s*3001", "\"naturalPerson\": 3002"));
    Path baseline = Files.writeString(dir.resolve("baseline.json"), """
        {"version": 1, "accepted": [
          {"body": "淮安市人民政府", "year": 2024, "rule": "t3.balance", "note": "结转已核",
           "pointers": ["/applications/newRequests/naturalPerson", "/applications/carriedOver/naturalPerson",
                        "/applications/outcomes/total/naturalPerson", "/applications/carriedForward/naturalPerson"]}
        ]}
        """);
    Path facts = dir.resolve("out.csv");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--facts", facts.toString(), "--baseline",
        baseline.toString());
    assertThat(run.status()).isEqualTo(1); // t3.row_total is not reviewed
    List<List<String>> findings = records(dir.resolve("out.findings.csv"), FINDING_HEADER);
    assertThat(findings).extracting(r -> r.get(4), r -> r.get(12))
        .containsExactly(tuple("t3.row_total", "false"), tuple("t3.balance", "true"));
    // without a baseline nothing is reviewed
    assertThat(CliTest.run("batch", in.toString(), "--facts", facts.toString()).status()).isEqualTo(1);
    assertThat(records(dir.resolve("out.findings.csv"), FINDING_HEADER)).extracting(r -> r.get(12))
        .containsExactly("false", "false");
  }

  @Test
  void labelsAndMessagesFollowTheLanguage() throws Exception {
    Path in = examples(dir);
    Path facts = dir.resolve("facts.csv");
    assertThat(CliTest.run("batch", in.toString(), "--lang", "en", "--facts", facts.toString()).status()).isZero();
    assertThat(records(facts, FACT_HEADER)).filteredOn(r -> r.get(6).equals("/reviewLitigation/review/total"))
        .hasSize(4).first().satisfies(r -> assertThat(r.get(7)).startsWith("Table 4"));
  }

  @Test
  void sigtermLeavesTheTargetsAsTheyWereAndWholeReportsInThePartialFile() throws Exception {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (int i = 0; i < 1000; i++) {
      Files.copy(Path.of("examples/huaian-2024.txt"), reports.resolve(String.format("r%04d.txt", i)));
    }
    Path out = Files.createDirectories(dir.resolve("out"));
    Path facts = Files.writeString(out.resolve("facts.csv"), "yesterday\r\n");
    org.nianbao.testing.ForkedCli.Running run = org.nianbao.testing.ForkedCli.nianbao("batch", "--threads", "1",
        reports.toString(), "--facts", facts.toString(), "--db", out.resolve("r.duckdb").toString()).start();
    Path partial = null;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (partial == null && System.nanoTime() < deadline && run.process().isAlive()) {
      try (var files = Files.list(out)) {
        // the header is there from the start; a report's 200 rows make it longer than 10 kB
        partial = files.filter(p -> p.getFileName().toString().startsWith("facts.csv.") && p.toFile().length() > 10_000)
            .findFirst().orElse(null);
      }
      Thread.sleep(20);
    }
    assertThat(partial).as("rows written before the end").isNotNull();
    run.terminate();
    org.nianbao.testing.ForkedCli.Result result = run.await(java.time.Duration.ofSeconds(60));
    assertThat(result.status()).isEqualTo(143);
    assertThat(Files.readString(facts)).isEqualTo("yesterday\r\n");
    List<List<String>> rows = records(partial, FACT_HEADER);
    assertThat(rows).isNotEmpty();
    assertThat(rows.size() % 200).as("whole reports only").isZero();
    assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(FACT_HEADER.size()));
    try (var left = Files.list(out)) {
      // no database, no findings file (no report had a finding), no rows gathered for DuckDB
      assertThat(left.map(p -> p.getFileName().toString()).sorted()).containsExactly("facts.csv",
          partial.getFileName().toString());
    }
    assertThat(result.err()).startsWith("nianbao: " + facts.toRealPath() + " left as it was; the rows of the "
        + rows.size() / 200 + " reports finished are in " + partial + "\n");
  }

  @Test
  void anOutputInAnInputFolderIsRefusedBeforeAnythingIsRead() throws Exception {
    Path in = examples(dir);
    CliTest.Run run = CliTest.run("batch", in.toString(), "--facts", in.resolve("facts.csv").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: --facts " + in.resolve("facts.csv") + ": lies in the input folder " + in
        + "; choose a file elsewhere\n");
    try (var files = Files.list(in)) {
      assertThat(files.count()).isEqualTo(4);
    }
  }
}
