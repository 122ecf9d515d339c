package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.Reports;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.Schemas;
import org.nianbao.testing.TestReports;

/** The command line contract: output shapes, exit statuses 0/1/2, one-line errors. */
class CliTest {
  private static final String XINGJING = "examples/xingjing-2020.json";
  private static final String HUAIAN = "examples/huaian-2024.json";

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void theExamplePassesWithNoFindings() {
    Run run = run("check", XINGJING);
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("""
        examples/xingjing-2020.json：银川市西夏区兴泾镇人民政府 2020 年度报告（2019 版格式）
          通过：0 个错误，0 个警告，0 条提示。
        """);
  }

  @Test
  void unitAndYearFillWhatAnExcerptDoesNotStateAndNoMore(@TempDir Path dir) throws IOException {
    // an excerpt with a section and no title: no body, no year
    Path excerpt = dir.resolve("excerpt.txt");
    Files.write(excerpt, List.of("一、总体情况", "本机关依照《条例》做好政府信息公开工作。"));
    Run bare = run("check", "--format", "json", "--fail-on", "never", excerpt.toString());
    JsonNode report = ReportJson.MAPPER.readTree(bare.out()).get("report");
    assertThat(report.get("unit").asText()).isEmpty();
    assertThat(report.get("year").asInt()).isZero();

    Run given = run("check", "--format", "json", "--fail-on", "never", "--unit", "某某镇人民政府", "--year", "2023",
        excerpt.toString());
    JsonNode json = ReportJson.MAPPER.readTree(given.out());
    assertThat(json.get("report").toString())
        .isEqualTo("{\"unit\":\"某某镇人民政府\",\"year\":2023,\"edition\":\"2021\"}");
    assertThat(json.get("findings").findValuesAsText("rule")).contains("doc.title");
    assertThat(json.toString()).contains("由调用方给出");

    // what the text states is kept: the title of the example wins over --unit and --year
    Run titled = run("check", "--format", "json", "--unit", "别的机关", "--year", "2019", "examples/huaian-2024.txt");
    assertThat(ReportJson.MAPPER.readTree(titled.out()).get("report").toString())
        .isEqualTo("{\"unit\":\"淮安市人民政府\",\"year\":2024,\"edition\":\"2021\"}");
  }

  @Test
  void jsonOutputHasTheSpecShapeAndValidates() throws IOException {
    Run run = run("check", "--format", "json", HUAIAN);
    assertThat(run.status()).isZero();
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.get("source").asText()).isEqualTo(HUAIAN);
    assertThat(json.get("report").toString()).isEqualTo("{\"unit\":\"淮安市人民政府\",\"year\":2024,\"edition\":\"2021\"}");
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("counts").toString()).isEqualTo("{\"error\":0,\"warning\":0,\"info\":0}");
    assertThat(json.get("findings").size()).isZero();
    assertThat(Schemas.findings().validate(json)).isEmpty();
  }

  @Test
  void findingsInJsonCarryCellsExpectedAndActual(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.json", Map.of("/applications/outcomes/total/total", 3049));
    Run run = run("check", "--format", "json", file.toString());
    assertThat(run.status()).isEqualTo(1);
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(Schemas.findings().validate(json)).isEmpty();
    assertThat(json.get("valid").asBoolean()).isFalse();
    // the total row of table 三 no longer adds up, its column neither, nor does the total column balance
    assertThat(json.get("findings").findValuesAsText("rule"))
        .containsExactly("t3.balance", "t3.outcome_total", "t3.row_total");
    JsonNode first = json.get("findings").get(2);
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("expected").asInt()).isEqualTo(3050);
    assertThat(first.get("actual").asInt()).isEqualTo(3049);
    assertThat(first.get("cells").get(6).toString()).isEqualTo(
        "{\"pointer\":\"/applications/outcomes/total/total\",\"label\":\"表三（七）总计 × 总计\",\"value\":3049}");
    assertThat(first.get("message").asText()).contains("总计为 3049").contains("依据");
  }

  @Test
  void severalInputsGiveAnArray() throws IOException {
    Run run = run("check", "--format", "json", XINGJING, HUAIAN);
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.isArray()).isTrue();
    assertThat(json.size()).isEqualTo(2);
    assertThat(Schemas.findings().validate(json)).isEmpty();
  }

  @Test
  void humanOutputNamesTheCellsInChineseWithExpectedAndActual(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.json", Map.of("/reviewLitigation/review/total", 350));
    Run run = run("check", file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("[错误] t4.total  「表四 行政复议」：总计为 350，而结果维持、结果纠正、其他结果、尚未审结之和为 351（相差 -1）。")
        .contains("应为 351，实为 350")
        .contains("· 表四 行政复议 × 总计 = 350   /reviewLitigation/review/total")
        .contains("不通过：1 个错误，0 个警告，0 条提示。");
  }

  @Test
  void longCellListsNeedVerbose(@TempDir Path dir) throws IOException {
    Path file = write(dir, "col.json", Map.of("/applications/outcomes/disclosed/naturalPerson", 1289,
        "/applications/outcomes/disclosed/total", 1363));
    Run quiet = run("check", file.toString());
    assertThat(quiet.out()).contains("涉及 22 个单元格（加 --verbose 列出）")
        .doesNotContain("/applications/outcomes/withheld/stateSecret/naturalPerson");
    Run verbose = run("check", "--verbose", file.toString());
    assertThat(verbose.out()).doesNotContain("--verbose")
        .contains("· 表三（三）不予公开 1.属于国家秘密 × 自然人 = 2   /applications/outcomes/withheld/stateSecret/naturalPerson");
  }

  @Test
  void blankAndTextCellsAreShownAsSuch(@TempDir Path dir) throws IOException {
    Path file = write(dir, "b.json", Map.of("/applications/newRequests/total", TestReports.node(null),
        "/reviewLitigation/review/upheld", "七十二"));
    Run run = run("check", file.toString());
    assertThat(run.out())
        .contains("建议：「表三 一、本年新收政府信息公开申请数量 × 总计」由 空白 改为 3119")
        .contains("· 表三 一、本年新收政府信息公开申请数量 × 总计 = 空白   /applications/newRequests/total")
        .contains("· 表四 行政复议 × 结果维持 = “七十二”   /reviewLitigation/review/upheld");
  }

  @Test
  void englishOnRequest(@TempDir Path dir) throws IOException {
    Path file = write(dir, "bad.json", Map.of("/reviewLitigation/review/total", 350));
    Run run = run("check", "--lang", "en", file.toString());
    assertThat(run.out()).contains("[error] t4.total  Table 4, administrative review: the total is 350")
        .contains("expected 351, actual 350");
  }

  @Test
  void failOnDecidesWhatMakesTheStatusOne(@TempDir Path dir) throws IOException {
    Path warning = write(dir, "w.json", Map.of("/year", 2020)); // a 2021-edition report for 2020: doc.edition
    assertThat(run("check", warning.toString()).status()).isZero();
    assertThat(run("check", "--fail-on", "warning", warning.toString()).status()).isEqualTo(1);
    Path error = write(dir, "e.json", Map.of("/reviewLitigation/review/total", 350));
    assertThat(run("check", "--fail-on", "never", error.toString()).status()).isZero();
    assertThat(run("check", "--fail-on", "error", error.toString()).status()).isEqualTo(1);
  }

  @Test
  void previousYearEnablesTheCrossYearRules(@TempDir Path dir) throws IOException {
    Path lastYear = write(dir, "2023.json", Map.of("/year", 2023));
    Path thisYear = write(dir, "2024.json", Map.of());
    Run run = run("check", "--format", "json", "--previous", lastYear.toString(), thisYear.toString());
    assertThat(run.status()).isEqualTo(1);
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.get("previous").asText()).isEqualTo(lastYear.toString());
    assertThat(json.get("findings").findValuesAsText("rule")).contains("prev.carry_over", "prev.in_force");
    assertThat(Schemas.findings().validate(json)).isEmpty();
  }

  @Test
  void reportsOfOneBodyForConsecutiveYearsAreLinked(@TempDir Path dir) throws IOException {
    Path lastYear = write(dir, "2023.json", Map.of("/year", 2023));
    Path thisYear = write(dir, "2024.json", Map.of());
    Run run = run("check", "--format", "json", thisYear.toString(), lastYear.toString());
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.get(0).get("previous").asText()).isEqualTo(lastYear.toString());
    assertThat(json.get(0).get("findings").findValuesAsText("rule")).contains("prev.carry_over");
    assertThat(json.get(1).has("previous")).isFalse();
  }

  @Test
  void aPreviousReportOfTheWrongYearIsAUsageError() {
    Run run = run("check", "--previous", HUAIAN, HUAIAN);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: examples/huaian-2024.json: --previous examples/huaian-2024.json: "
        + "last year's report is for 2024, not for 2023, the year before 2024\n");
  }

  @Test
  void aMissingFileIsOneLineAndStatusTwo() {
    Run run = run("check", "no/such.json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("nianbao: no/such.json: no such file\n");
  }

  @Test
  void malformedJsonIsOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("m.json"), "{\"unit\": \"x\",");
    Run run = run("check", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("nianbao: " + file + ": malformed JSON (line 1, column 14)").endsWith("\n");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownFieldAndAWrongTypeAreOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
    String huaian = Files.readString(Path.of(HUAIAN));
    Path unknown = Files.writeString(dir.resolve("u.json"), huaian.replace("\"review\": {", "\"reviews\": 1,\n    \"review\": {"));
    Run u = run("check", unknown.toString());
    assertThat(u.status()).isEqualTo(2);
    assertThat(u.err()).startsWith("nianbao: " + unknown + ": unknown field \"reviews\" at /reviewLitigation (line ");
    assertThat(u.err().lines()).hasSize(1);
    Path wrong = Files.writeString(dir.resolve("t.json"), huaian.replace("\"upheld\": 72", "\"upheld\": [72]"));
    Run t = run("check", wrong.toString());
    assertThat(t.status()).isEqualTo(2);
    assertThat(t.err()).startsWith("nianbao: " + wrong + ": wrong type at /reviewLitigation/review/upheld (line ");
    assertThat(t.err().lines()).hasSize(1);
  }

  @Test
  void brokenDocumentsAreOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
    byte[] docx = org.nianbao.testing.DocxRendering.render(TestReports.example("huaian-2024"));
    Path truncated = Files.write(dir.resolve("t.docx"), java.util.Arrays.copyOf(docx, 2000));
    Path locked = Files.write(dir.resolve("l.pdf"), org.nianbao.testing.PdfRendering.render(
        Files.readString(Path.of("examples/huaian-2024.txt")), "owner", "secret"));
    for (Path file : List.of(truncated, locked)) {
      Run run = run("check", file.toString());
      assertThat(run.status()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).startsWith("nianbao: " + file + ": ").endsWith("\n");
      assertThat(run.err().lines()).hasSize(1);
    }
  }

  @Test
  void oneUnreadableInputDoesNotHideTheOthers() throws IOException {
    Run run = run("check", "--format", "json", "missing.json", HUAIAN);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: missing.json: no such file\n");
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.size()).isEqualTo(1);
  }

  @Test
  void usageErrorsAreOneLineAndStatusTwo() {
    Run none = run("check");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("nianbao: Missing required parameter: 'FILE' (see 'nianbao check --help')\n");
    Run badOption = run("check", "--format", "xml", HUAIAN);
    assertThat(badOption.status()).isEqualTo(2);
    assertThat(badOption.err().lines()).hasSize(1);
    assertThat(badOption.err()).contains("--format").contains("xml");
    assertThat(run("frobnicate").status()).isEqualTo(2);
  }

  @Test
  void extractPrintsTheCanonicalJson() throws IOException {
    Run run = run("extract", HUAIAN);
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(Files.readString(Path.of(HUAIAN)));
    assertThat(run("extract", "missing.json").status()).isEqualTo(2);
  }

  @Test
  void extractWithProvenanceGivesEachCellsLine() throws IOException {
    Run run = run("extract", "--provenance", "examples/huaian-2024.txt");
    assertThat(run.status()).isZero();
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    assertThat(json.get("report")).isEqualTo(ReportJson.MAPPER.readTree(Files.readString(Path.of(HUAIAN))));
    assertThat(json.at("/cells/~1applications~1newRequests~1total").toString())
        .isEqualTo("{\"line\":41,\"text\":\"一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119\"}");
  }

  @Test
  void extractWithProvenanceShowsEachCountTheTextStatesAsItWasRead() throws IOException {
    Run run = run("extract", "--provenance", "examples/xingjing-2020.txt");
    assertThat(run.status()).isZero();
    JsonNode json = ReportJson.MAPPER.readTree(run.out());
    // line 33: "全年主动公开政府信息数 615 条，其中政府网站 30 条，政务微博 478 条，微信公众号 107 条"
    JsonNode channels = null;
    for (JsonNode sentence : json.get("narrative")) {
      if (sentence.get("line").asInt() == 33) {
        channels = sentence;
      }
    }
    assertThat(channels).isNotNull();
    assertThat(channels.get("sentence").asText()).contains("全年主动公开政府信息数 615 条，其中政府网站 30 条");
    List<String> counts = new java.util.ArrayList<>();
    channels.get("counts").forEach(c -> counts.add(c.get("value").asText() + c.get("unit").asText() + " "
        + c.get("label").asText() + " " + c.get("role").asText()));
    assertThat(counts).containsExactly("615条 全年主动公开政府信息数 total", "30条 政府网站 part",
        "478条 政务微博 part", "107条 微信公众号 part");
  }

  @Test
  void rulesCanBeLeftOutOrGivenAnotherSeverity(@TempDir Path dir) throws IOException {
    Path upheld71 = write(dir, "upheld71.json", Map.of("/reviewLitigation/review/upheld", 71));
    assertThat(run("check", upheld71.toString()).status()).isEqualTo(1);
    Run lowered = run("check", "--format", "json", "--severity", "t4.total=warning", "--disable",
        "text.review_litigation", upheld71.toString());
    assertThat(lowered.status()).isZero();
    JsonNode json = ReportJson.MAPPER.readTree(lowered.out());
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("findings")).hasSize(1);
    assertThat(json.at("/findings/0/rule").asText()).isEqualTo("t4.total");
    assertThat(json.at("/findings/0/severity").asText()).isEqualTo("warning");
    Run unknown = run("check", "--disable", "text.nope", upheld71.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("no rule 'text.nope' in the catalog").doesNotContain("\tat ");
    assertThat(run("check", "--severity", "t4.total=fatal", upheld71.toString()).err())
        .contains("no severity 'fatal': one of error, warning, info");
  }

  @Test
  void batchSummarisesInTextAndHonoursItsOptions(@TempDir Path dir) throws IOException {
    Files.copy(Path.of("examples/huaian-2024.txt"), dir.resolve("a.txt"));
    Files.writeString(dir.resolve("broken.json"), "{");
    Path bad = write(dir, "bad.json", Map.of("/reviewLitigation/review/total", 350));
    Run run = run("batch", "--threads", "1", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("共找到 3 个文件：读取 2 份报告，1 个无法读取；1 份通过，1 份有错误。\n")
        .contains("  " + dir.resolve("broken.json") + ": malformed JSON (line 1, column 2)")
        .contains("t4.total")
        .contains("淮安市人民政府 2024 年：1 个错误，0 个警告（" + bad + "）");
    Run english = run("batch", "--lang", "en", "--fail-on", "never", dir.resolve("a.txt").toString());
    assertThat(english.status()).isZero();
    assertThat(english.out()).startsWith("1 files found: 1 reports read, 0 unreadable; 1 valid, 0 with errors.");
    Run missing = run("batch", dir.resolve("nope").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.out()).endsWith("无法读取：\n  " + dir.resolve("nope") + ": no such file or folder\n");
  }

  @Test
  void batchTakesTheRuleOptionsOfCheck(@TempDir Path dir) throws IOException {
    // 表四 复议 总计 350 where its parts add up to 71: one t4.total error, nothing else
    write(dir, "bad.json", Map.of("/reviewLitigation/review/total", 350));
    Run lowered = run("batch", "--severity", "t4.total=warning", dir.toString());
    assertThat(lowered.status()).isZero();
    assertThat(lowered.out()).isEqualTo("共找到 1 个文件：读取 1 份报告，0 个无法读取；1 份通过，0 份有错误。\n"
        + "各规则的发现数：\n"
        + "  t4.total                 warning  1\n"
        + "问题最多的报告：\n"
        + "  淮安市人民政府 2024 年：0 个错误，1 个警告（" + dir.resolve("bad.json") + "）\n");
    assertThat(run("batch", "--severity", "t4.total=warning", "--fail-on", "warning", dir.toString()).status())
        .isEqualTo(1);
    Run left = run("batch", "--format", "json", "--disable", "t4.total", dir.toString());
    assertThat(left.status()).isZero();
    JsonNode summary = ReportJson.MAPPER.readTree(left.out());
    assertThat(summary.get("valid").asInt()).isEqualTo(1);
    assertThat(summary.get("findings").size()).isZero();
    Run unknown = run("batch", "--disable", "t4.nope", dir.toString());
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("no rule 't4.nope' in the catalog");
  }

  @Test
  void rulesListsTheCatalog() throws IOException {
    Run text = run("rules");
    assertThat(text.status()).isZero();
    for (org.nianbao.Rule rule : org.nianbao.Rule.values()) {
      assertThat(text.out()).contains(rule.id());
    }
    Run json = run("rules", "--format", "json", "--lang", "en");
    JsonNode rules = ReportJson.MAPPER.readTree(json.out());
    assertThat(rules.size()).isEqualTo(org.nianbao.Rule.values().length);
    assertThat(rules.get(0).get("id").asText()).isEqualTo("doc.edition");
    assertThat(rules.findValuesAsText("severity")).isSubsetOf("error", "warning", "info");
    // the two rules with two severities say when the second one applies
    JsonNode breakdown = null;
    for (JsonNode rule : rules) {
      if (rule.get("id").asText().equals("text.breakdown")) {
        breakdown = rule;
      }
      assertThat(rule.has("otherSeverity")).as(rule.get("id").asText())
          .isEqualTo(rule.get("id").asText().equals("text.breakdown") || rule.get("id").asText().equals("doc.sections"));
    }
    assertThat(breakdown.at("/severity").asText()).isEqualTo("error");
    assertThat(breakdown.at("/otherSeverity/severity").asText()).isEqualTo("warning");
    assertThat(breakdown.at("/otherSeverity/when").asText()).contains("其他");
    // the editions, and so the titles, start in one column however long the id before them
    java.util.Set<Integer> editionColumns = new java.util.HashSet<>();
    for (String line : text.out().split("\n")) {
      if (!line.isEmpty() && !line.startsWith(" ")) {
        String[] fields = line.split("\\s+");
        editionColumns.add(line.indexOf(fields[2], fields[0].length() + fields[1].length()));
      }
    }
    assertThat(editionColumns).hasSize(1);
  }

  private static Path write(Path dir, String name, Map<String, Object> cells) throws IOException {
    return Files.writeString(dir.resolve(name),
        Reports.toJson(TestReports.with(TestReports.tables("huaian-2024"), cells)));
  }
}
