package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.Schemas;

/** {@code batch --baseline FILE} and {@code --write-baseline FILE}: reviewed findings remembered. */
class BaselineTest {
  private static final String ROW = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119";

  /**
   * 淮安 with 新收 总计 3118: the row's six columns add up to 3119 (t3.row_total, error), the 总计
   * column does not balance, 3118 + 34 against 3050 + 103 (t3.balance, error), and the text's 3119
   * 件 disagrees with the table (text.applications, warning). 兴泾 2020 passes.
   */
  private static Path batch(Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("huaian.txt"), Files.readString(Path.of("examples/huaian-2024.txt"))
        .replace(ROW, ROW.replace("3119", "3118")));
    Files.copy(Path.of("examples/xingjing-2020.txt"), in.resolve("xingjing.txt"));
    return in;
  }

  @Test
  void theWrittenBaselineListsEveryFindingAndAcceptsThemAll(@TempDir Path dir) throws IOException {
    Path in = batch(dir);
    Path baseline = dir.resolve("baseline.json");
    CliTest.Run first = CliTest.run("batch", in.toString(), "--write-baseline", baseline.toString());
    assertThat(first.status()).isEqualTo(1);
    JsonNode written = ReportJson.MAPPER.readTree(baseline.toFile());
    assertThat(schema().validate(written)).isEmpty();
    assertThat(written.get("version").asInt()).isEqualTo(1);
    List<String> rules = new ArrayList<>();
    written.get("accepted").forEach(e -> rules.add(e.get("rule").asText()));
    assertThat(rules).containsExactly("t3.row_total", "t3.balance", "text.applications");
    JsonNode balance = written.get("accepted").get(1);
    assertThat(balance.get("body").asText()).isEqualTo("淮安市人民政府");
    assertThat(balance.get("year").asInt()).isEqualTo(2024);
    assertThat(balance.get("note").asText()).isEmpty();
    assertThat(balance.get("pointers")).extracting(JsonNode::asText).containsExactly(
        "/applications/carriedForward/total", "/applications/carriedOver/total", "/applications/newRequests/total",
        "/applications/outcomes/total/total");

    // everything accepted: no error left, so the exit status is 0 and both reports count as valid
    CliTest.Run again = CliTest.run("batch", in.toString(), "--baseline", baseline.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.out()).startsWith("共找到 2 个文件：读取 2 份报告，0 个无法读取；2 份通过，0 份有错误。\n")
        .contains("  t3.row_total             error    0 （另有 1 个已复核）\n")
        .contains("3 个发现已复核").doesNotContain("问题最多的报告");
  }

  @Test
  void aBatchWithABaselineReportsExactlyTheUnreviewedFindingsEvenInTheOtherLanguage(@TempDir Path dir)
      throws IOException {
    Path in = batch(dir);
    Path baseline = dir.resolve("baseline.json");
    assertThat(CliTest.run("batch", in.toString(), "--write-baseline", baseline.toString()).status()).isEqualTo(1);
    // the reviewer accepts the row total and the text, not the balance; the file moves, the body stays
    ObjectNode file = (ObjectNode) ReportJson.MAPPER.readTree(baseline.toFile());
    ArrayNode accepted = (ArrayNode) file.get("accepted");
    accepted.remove(1);
    ((ObjectNode) accepted.get(0)).put("note", "表中 61 为其他组织，已核实");
    accepted.forEach(e -> ((ObjectNode) e).put("source", "elsewhere/old-name.txt"));
    Files.writeString(baseline, ReportJson.MAPPER.writeValueAsString(file));

    Path jsonl = dir.resolve("findings.jsonl");
    // written from Chinese messages, read with English ones: the message is never compared
    CliTest.Run run = CliTest.run("batch", in.toString(), "--lang", "en", "--format", "json", "--baseline",
        baseline.toString(), "--jsonl", jsonl.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1); // t3.balance is still an error
    JsonNode summary = ReportJson.MAPPER.readTree(run.out());
    assertThat(summary.get("valid").asInt()).isEqualTo(1);
    assertThat(summary.get("findings").toString()).isEqualTo("{\"t3.row_total\":0,\"t3.balance\":1,\"text.applications\":0}");
    assertThat(summary.get("reviewed").toString()).isEqualTo("{\"t3.row_total\":1,\"text.applications\":1}");
    assertThat(summary.get("worst").get(0).get("errors").asInt()).isEqualTo(1);
    assertThat(summary.get("worst").get(0).get("warnings").asInt()).isZero();

    List<String> lines = Files.readAllLines(jsonl);
    JsonNode huaian = ReportJson.MAPPER.readTree(lines.get(0));
    assertThat(huaian.get("source").asText()).endsWith("huaian.txt");
    List<String> reviewed = new ArrayList<>();
    huaian.get("findings").forEach(f -> reviewed.add(f.get("rule").asText() + "="
        + (f.has("reviewed") ? f.get("reviewed").get("note").asText() : "-")));
    assertThat(reviewed).containsExactly("t3.row_total=表中 61 为其他组织，已核实", "t3.balance=-", "text.applications=");
    assertThat(huaian.get("findings").get(0).get("message").asText()).startsWith("Table 3");
    for (String line : lines) {
      assertThat(Schemas.findings().validate(ReportJson.MAPPER.readTree(line))).isEmpty();
    }
  }

  @Test
  void theReportsPagesAndTheDashboardMarkTheReviewedFindings(@TempDir Path dir) throws IOException {
    Path in = batch(dir);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, """
        {"version": 1, "accepted": [
          {"body": "淮安市人民政府", "year": 2024, "rule": "t3.balance", "note": "<b>结转已核</b>",
           "pointers": ["/applications/carriedForward/total", "/applications/carriedOver/total",
                        "/applications/newRequests/total", "/applications/outcomes/total/total"]}
        ]}
        """);
    Path out = dir.resolve("html");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--baseline", baseline.toString(), "--html", out.toString());
    assertThat(run.status()).isEqualTo(1); // t3.row_total is not reviewed
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(out.resolve("huaian.txt.html")));
    assertThat(page.select("li[data-rule] p.reviewed")).hasSize(1);
    org.jsoup.nodes.Element reviewed = page.selectFirst("li[data-rule=t3.balance] p.reviewed");
    assertThat(reviewed.text()).isEqualTo("已复核：<b>结转已核</b>");
    assertThat(reviewed.select("b")).isEmpty(); // the note is text, not markup
    org.jsoup.nodes.Document dashboard = org.jsoup.Jsoup.parse(Files.readString(out.resolve("index.html")));
    // 淮安: t3.row_total (error) and text.applications (warning) left, t3.balance reviewed
    assertThat(dashboard.selectFirst("#totals [data-total=errors] dd").text()).isEqualTo("1");
    assertThat(dashboard.selectFirst("#totals [data-total=warnings] dd").text()).isEqualTo("1");
    assertThat(dashboard.selectFirst("#totals [data-total=reviewed] dd").text()).isEqualTo("1");
    assertThat(dashboard.selectFirst("#rules g[data-rule=t3.balance]").attr("data-count")).isEqualTo("0");
    assertThat(dashboard.selectFirst("#rules g[data-rule=t3.balance]").attr("data-reviewed")).isEqualTo("1");
  }

  @Test
  void aReportThatNamesNoBodyIsMatchedByItsFile(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    // no title and the body's name taken out: the unit is blank, the year 2024 still stated
    String text = Files.readString(Path.of("examples/huaian-2024.txt")).replace(ROW, ROW.replace("3119", "3118"))
        .replaceFirst("^淮安市人民政府\n", "").replace("淮安市人民政府", "");
    Files.writeString(in.resolve("a.txt"), text);
    Files.writeString(in.resolve("b.txt"), text);
    Path baseline = dir.resolve("baseline.json");
    CliTest.Run written = CliTest.run("batch", in.resolve("a.txt").toString(), "--write-baseline", baseline.toString());
    assertThat(written.status()).isEqualTo(1);
    JsonNode entry = ReportJson.MAPPER.readTree(baseline.toFile()).get("accepted").get(0);
    assertThat(entry.has("body")).isFalse();
    assertThat(entry.get("source").asText()).isEqualTo(in.resolve("a.txt").toString());

    // a.txt's findings are reviewed; b.txt, the same text under another name, is not
    CliTest.Run run = CliTest.run("batch", in.toString(), "--format", "json", "--baseline", baseline.toString());
    JsonNode summary = ReportJson.MAPPER.readTree(run.out());
    assertThat(summary.get("worst").get(0).get("source").asText()).endsWith("b.txt");
    assertThat(summary.get("worst").get(1).get("source").asText()).endsWith("a.txt");
    assertThat(summary.get("worst").get(1).get("errors").asInt()).isZero();
    assertThat(summary.get("worst").get(1).get("warnings").asInt()).isZero();
    // doc.title, t3.row_total, t3.balance and text.applications, once each, in the catalog's order
    assertThat(summary.get("reviewed").toString())
        .isEqualTo("{\"doc.title\":1,\"t3.row_total\":1,\"t3.balance\":1,\"text.applications\":1}");
  }

  @Test
  void anotherYearOrAnotherCellIsNotReviewed(@TempDir Path dir) throws IOException {
    Path in = batch(dir);
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, """
        {"version": 1, "accepted": [
          {"body": "淮安市人民政府", "year": 2023, "rule": "t3.balance", "note": "",
           "pointers": ["/applications/carriedForward/total", "/applications/carriedOver/total",
                        "/applications/newRequests/total", "/applications/outcomes/total/total"]},
          {"body": "淮安市 人民政府", "year": 2024, "rule": "text.applications", "note": "",
           "pointers": ["/applications/newRequests/total"]},
          {"body": "ＨＵＡＩＡＮ", "year": 2024, "rule": "t3.row_total", "note": "", "pointers": []}
        ]}
        """);
    CliTest.Run run = CliTest.run("batch", in.toString(), "--format", "json", "--baseline", baseline.toString());
    assertThat(run.status()).isEqualTo(1);
    JsonNode summary = ReportJson.MAPPER.readTree(run.out());
    assertThat(summary.get("reviewed").size()).isZero();
    assertThat(summary.get("findings").toString()).isEqualTo("{\"t3.row_total\":1,\"t3.balance\":1,\"text.applications\":1}");
  }

  @Test
  void aBadBaselineIsRefusedInOneLineNamingTheEntryAndField(@TempDir Path dir) throws IOException {
    Path in = batch(dir);
    Path baseline = dir.resolve("b.json");
    String[][] cases = {
        {"[]", "b.json: not a JSON object {\"version\": 1, \"accepted\": [...]}"},
        {"{\"version\": 2, \"accepted\": []}", "b.json: \"version\" must be 1, not 2"},
        {"{\"version\": 1, \"accepted\": [", "b.json: not JSON: line 1"},
        {"{\"version\": 1, \"accepted\": [{\"body\": \"x\", \"year\": 2024, \"rule\": \"t3.balance\", \"note\": \"\"}]}",
            "b.json: accepted[0].pointers: must be an array of pointers (empty for a finding on no cell)"},
        {"{\"version\": 1, \"accepted\": [{\"source\": \"a\", \"rule\": \"t3.balance\", \"note\": \"\", \"pointers\": [\"x\"]}]}",
            "b.json: accepted[0].pointers[0]: must be a pointer such as /applications/newRequests/total, not \"x\""},
        {"{\"version\": 1, \"accepted\": [{\"source\": \"a\", \"rule\": \"T3\", \"note\": \"\", \"pointers\": []}]}",
            "b.json: accepted[0].rule: \"T3\" is not a rule id (e.g. t4.total)"},
        {"{\"version\": 1, \"accepted\": [{\"body\": \"x\", \"rule\": \"t3.balance\", \"note\": \"\", \"pointers\": []}]}",
            "b.json: accepted[0].year: missing; an entry with a body needs its year"},
        {"{\"version\": 1, \"accepted\": [{\"source\": \"a\", \"rule\": \"t3.balance\", \"pointers\": [], \"note\": 1}]}",
            "b.json: accepted[0].note: must be text, not 1"},
        {"{\"version\": 1, \"accepted\": [{\"source\": \"a\", \"rule\": \"t3.balance\", \"pointers\": [], \"note\": \"\","
            + " \"message\": \"x\"}]}", "b.json: accepted[0]: unknown field \"message\""},
    };
    for (String[] c : cases) {
      Files.writeString(baseline, c[0]);
      CliTest.Run run = CliTest.run("batch", in.toString(), "--baseline", baseline.toString());
      assertThat(run.status()).as(c[0]).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).as(c[0]).startsWith("nianbao: --baseline " + dir.resolve(c[1]))
          .endsWith("\n").hasLineCount(1);
      // what the code refuses, the schema refuses too
      if (!c[1].contains("not JSON")) {
        assertThat(schema().validate(ReportJson.MAPPER.readTree(c[0]))).as(c[0]).isNotEmpty();
      }
    }
  }

  private static Schema schema() {
    return Schemas.load("baseline.schema.json");
  }
}
