package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.xml.sax.InputSource;

/**
 * {@code batch --html DIR} writes {@code DIR/index.html}, the dashboard. Checked from its HTML here;
 * {@link DashboardBrowserTest} renders it in Chromium.
 */
class DashboardTest {
  static final String ROW = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119";

  /**
   * Seven city reports and a township's: 2024 城市 with 新收 总计 100 (镇江), 200 (常州), 300 (无锡),
   * 400 (苏州), 3119 (淮安, as published) and 10000 (南通); 淮安 again for 2023 with 3000; 兴泾镇 2020.
   * Every changed total breaks its row (t3.row_total) and more; the file names hold markup.
   */
  static Path generatedBatch(Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    String huaian = Files.readString(Path.of("examples/huaian-2024.txt"));
    Map<String, String> cities = new LinkedHashMap<>();
    cities.put("镇江市", "100");
    cities.put("常州市", "200");
    cities.put("无锡市", "300");
    cities.put("苏州市", "400");
    cities.put("南通市", "10000");
    for (Map.Entry<String, String> c : cities.entrySet()) {
      Files.writeString(in.resolve(c.getKey() + " <2024>.txt"), huaian.replace("淮安市", c.getKey())
          .replace(ROW, ROW.replace("3119", c.getValue())));
    }
    Files.writeString(in.resolve("huaian-2024.txt"), huaian);
    Files.writeString(in.resolve("huaian-2023.txt"), huaian.replace("2024", "2023")
        .replace(ROW, ROW.replace("3119", "3000")));
    Files.copy(Path.of("examples/xingjing-2020.txt"), in.resolve("xingjing-2020.txt"));
    return in;
  }

  record Batch(Path out, JsonNode summary, List<JsonNode> lines, Document page, String html) {}

  static Batch run(Path dir) throws IOException {
    Path in = generatedBatch(dir);
    Path out = dir.resolve("out");
    Path jsonl = dir.resolve("f.jsonl");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--html", out.toString(), "--format", "json", "--jsonl",
        jsonl.toString());
    assertThat(run.status()).as(run.err()).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      lines.add(ReportJson.MAPPER.readTree(line));
    }
    String html = Files.readString(out.resolve("index.html"));
    return new Batch(out, ReportJson.MAPPER.readTree(run.out()), lines, Jsoup.parse(html), html);
  }

  @Test
  void theDashboardIsWellFormedWithoutScriptAndLinksEveryReport(@TempDir Path dir) throws Exception {
    Batch b = run(dir);
    // nothing fetched: no src, no link to a style sheet, no web address but the SVG namespace
    assertThat(b.html()).startsWith("<!DOCTYPE html>").doesNotContainIgnoringCase("<script")
        .doesNotContain("src=\"", "<link", "url(", "https:");
    assertThat(b.html().replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:");
    // well-formed as XML (after the doctype): every element closed, every attribute quoted and escaped
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    xml.newDocumentBuilder().parse(new InputSource(new StringReader(b.html().substring(b.html().indexOf("<html")))));
    assertThat(Jsoup.parse(b.html(), "", Parser.xmlParser()).select("svg")).isNotEmpty();

    // every report's own page is linked from the table, and exists
    List<String> pages;
    try (Stream<Path> files = Files.list(b.out())) {
      pages = files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.html")).sorted().toList();
    }
    assertThat(pages).hasSize(8);
    List<String> linked = b.page().select("#by-errors a").eachAttr("href").stream()
        .map(h -> java.net.URI.create(h).getPath().substring(2)).sorted().toList();
    assertThat(linked).isEqualTo(pages);
    assertThat(b.page().select("#by-errors tr[data-source]").eachAttr("data-source"))
        .contains(dir.resolve("in/南通市 <2024>.txt").toString());
  }

  @Test
  void theCountsShownAreTheSummarys(@TempDir Path dir) throws IOException {
    Batch b = run(dir);
    assertThat(total(b.page(), "files")).isEqualTo(8).isEqualTo(b.summary().get("files").asInt());
    assertThat(total(b.page(), "read")).isEqualTo(8).isEqualTo(b.summary().get("read").asInt());
    assertThat(total(b.page(), "valid")).isEqualTo(b.summary().get("valid").asInt());
    // only 兴泾 2020 passes: the six changed totals each break their row, and the published 淮安 2024
    // no longer carries over what the generated 2023 carried forward (prev.carry_over)
    assertThat(total(b.page(), "valid")).isEqualTo(1);
    assertThat(total(b.page(), "invalid")).isEqualTo(7);
    int errors = 0;
    int warnings = 0;
    for (JsonNode line : b.lines()) {
      errors += line.get("counts").get("error").asInt();
      warnings += line.get("counts").get("warning").asInt();
    }
    assertThat(total(b.page(), "errors")).isEqualTo(errors);
    assertThat(total(b.page(), "warnings")).isEqualTo(warnings);
    Map<String, Integer> bars = new LinkedHashMap<>();
    for (Element g : b.page().select("#rules g.rule")) {
      bars.put(g.attr("data-rule"), Integer.parseInt(g.attr("data-count")));
    }
    Map<String, Integer> summary = new LinkedHashMap<>();
    b.summary().get("findings").fields().forEachRemaining(e -> summary.put(e.getKey(), e.getValue().asInt()));
    assertThat(bars).isEqualTo(summary);
    assertThat(bars.get("t3.row_total")).isEqualTo(6);

    // most errors first: 兴泾, the one that passes, comes last
    List<String> errorsColumn = b.page().select("#by-errors tbody tr td:eq(3)").eachText();
    assertThat(errorsColumn).containsExactly("2", "2", "2", "2", "2", "2", "2", "0");
    assertThat(b.page().select("#by-errors tbody tr").last().selectFirst("td").text()).isEqualTo("银川市西夏区兴泾镇人民政府");
    assertThat(errorsColumn.stream().mapToInt(Integer::parseInt).toArray()).isSortedAccordingTo((x, y) -> y - x);
  }

  @Test
  void theBoxPlotsShowTheQuartilesWorkedOutByHand(@TempDir Path dir) throws IOException {
    Batch b = run(dir);
    // 2024, cities, 新收: 100 200 300 400 3119 10000. Positions (n − 1)p = 1.25, 2.5, 3.75:
    // P25 = 200 + 0.25 × 100 = 225; P50 = (300 + 400) / 2 = 350; P75 = 400 + 0.75 × 2719 = 2439.25.
    // IQR 2214.25; the upper fence 2439.25 + 1.5 × 2214.25 = 5760.625: 南通 (10000) is the outlier
    Element box = b.page().selectFirst("g.boxplot[data-figure=newRequests][data-year=2024][data-level=city]");
    assertThat(box.attr("data-n")).isEqualTo("6");
    assertThat(box.attr("data-p25")).isEqualTo("225");
    assertThat(box.attr("data-p50")).isEqualTo("350");
    assertThat(box.attr("data-p75")).isEqualTo("2439.25");
    Element row = b.page().selectFirst("table.nb-quartiles[data-figure=newRequests] tr[data-year=2024][data-level=city]");
    assertThat(row.select("td").eachText()).containsExactly("2024 年，市级", "6", "100", "225", "350", "2439.25", "10000",
        "南通市人民政府: 10000");
    assertThat(box.select("circle.outlier title").eachText()).containsExactly("南通市人民政府 10000");
    // 2023 has 淮安 alone, 2020 兴泾镇 alone: one value is its own quartiles
    Element alone = b.page().selectFirst("g.boxplot[data-figure=newRequests][data-year=2023][data-level=city]");
    assertThat(List.of(alone.attr("data-n"), alone.attr("data-p25"), alone.attr("data-p50"), alone.attr("data-p75")))
        .containsExactly("1", "3000", "3000", "3000");
    assertThat(b.page().select("g.boxplot[data-figure=newRequests][data-level=township]")).hasSize(1);

    // 淮安 has two years: its 新收 went from 3000 to 3119, each year linking to its report
    Element years = b.page().selectFirst("table.nb-years");
    assertThat(years.select("tbody tr")).hasSize(1);
    assertThat(years.selectFirst("tbody th").text()).isEqualTo("淮安市人民政府");
    assertThat(years.selectFirst("td[data-figure=newRequests] ul").text()).isEqualTo("2023: 3000 2024: 3119");
    assertThat(years.select("td[data-figure=newRequests] a").eachAttr("href"))
        .containsExactly("./huaian-2023.txt.html", "./huaian-2024.txt.html");
  }

  @Test
  void anInputNamedIndexDoesNotReplaceTheDashboard(@TempDir Path dir) throws IOException {
    Path index = Files.copy(Path.of("examples/xingjing-2020.txt"), dir.resolve("index"));
    Path out = dir.resolve("out");
    CliTest.Run run = CliTest.run("batch", index.toString(), "--html", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(out.resolve("index-2.html"))).contains("银川市西夏区兴泾镇人民政府");
    Document dashboard = Jsoup.parse(Files.readString(out.resolve("index.html")));
    assertThat(dashboard.select("#by-errors a").eachAttr("href")).containsExactly("./index-2.html");
  }

  private static int total(Document page, String name) {
    return Integer.parseInt(page.selectFirst("#totals [data-total=" + name + "] dd").text());
  }
}
