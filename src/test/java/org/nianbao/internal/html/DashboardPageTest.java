package org.nianbao.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.output.LineFile;
import org.xml.sax.InputSource;

/** The dashboard page from its rows: a large batch written in pieces, and names that are markup. */
class DashboardPageTest {

  private static Dashboard.Row row(int i, String body, String level, int year, long newRequests) {
    BigDecimal[] figures = new BigDecimal[5];
    figures[0] = BigDecimal.valueOf(newRequests);
    return new Dashboard.Row("in/" + i + ".txt", i + ".txt.html", body, level, year, figures, i % 3, i % 2, 0, 0);
  }

  @Test
  void twentyThousandReportsAreWrittenInPiecesAsTheSameWholePage(@TempDir Path dir) throws Exception {
    List<Dashboard.Row> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      rows.add(row(i, "第" + i + "县人民政府", "county", 2024, i));
    }
    Map<String, Dashboard.RuleCount> rules = new LinkedHashMap<>();
    rules.put("t3.balance", new Dashboard.RuleCount(20_000, 0, "error"));
    Dashboard.Totals totals = new Dashboard.Totals(20_000, 20_000, 0, 6_667, rules);
    Path index = dir.resolve("index.html");
    try (LineFile file = LineFile.create(index)) {
      Dashboard.write(rows, totals, Locale.ROOT, file);
      assertThat(file.lines()).isGreaterThan(10); // written as it went, not held whole
      file.commit();
    }
    String page = Files.readString(index);
    assertThat(page).isEqualTo(Dashboard.document(rows, totals, Locale.ROOT));
    Document html = Jsoup.parse(page);
    assertThat(html.select("#by-errors tbody tr")).hasSize(20_000);
    // 0 … 19999: positions 4999.75, 9999.5 and 14999.25
    org.jsoup.nodes.Element box = html.selectFirst("g.boxplot[data-figure=newRequests]");
    assertThat(List.of(box.attr("data-p25"), box.attr("data-p50"), box.attr("data-p75")))
        .containsExactly("4999.75", "9999.5", "14999.25");
  }

  @Test
  void namesFromTheReportsAreTextWhereverTheyAppear() throws Exception {
    String hostile = "<script>alert(1)</script>\"'&\u202e局";
    List<Dashboard.Row> rows = List.of(row(1, hostile, "city", 2023, 10), row(2, hostile, "city", 2024, 20),
        row(3, "乙市人民政府", "city", 2024, 30), row(4, "丙市人民政府", "city", 2024, 40),
        row(5, "丁市人民政府", "city", 2024, 50), row(6, "戊市人民政府", "city", 2024, 100_000));
    Map<String, Dashboard.RuleCount> rules = Map.of("a.<b>", new Dashboard.RuleCount(1, 0, "warning"));
    String page = Dashboard.document(rows, new Dashboard.Totals(6, 6, 0, 0, rules), Locale.ROOT);
    assertThat(page).doesNotContain("<script", "<b>", "\u202e");
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    xml.newDocumentBuilder().parse(new InputSource(new StringReader(page.substring(page.indexOf("<html")))));
    Document html = Jsoup.parse(page);
    assertThat(html.select("#by-errors tbody tr td:eq(0)").eachText()).contains("<script>alert(1)</script>\"'&\\u202e局");
    // 20 30 40 50 100000: P25 30, P75 50, fence 50 + 1.5 × 20 = 80: 戊市 is the outlier, named
    assertThat(html.select("table.nb-quartiles[data-figure=newRequests] tr[data-year=2024] li").eachText())
        .containsExactly("戊市人民政府: 100000");
    // the body of two years, its name still text
    assertThat(html.selectFirst("table.nb-years tbody th").text()).isEqualTo("<script>alert(1)</script>\"'&\\u202e局");
  }

  @Test
  void linksArePercentEncodedFileNamesInTheFolder() {
    assertThat(Dashboard.href("淮安 (2024).txt.html")).isEqualTo("./%E6%B7%AE%E5%AE%89%20(2024).txt.html");
    assertThat(Dashboard.href("a#b?c.html")).isEqualTo("./a%23b%3Fc.html");
  }

  @Test
  void quartilesInterpolateBetweenNeighbours() {
    assertThat(Dashboard.quantile(new double[] {1, 2, 3, 4}, 0.25)).isEqualTo(1.75);
    assertThat(Dashboard.quantile(new double[] {1, 2, 3, 4}, 0.5)).isEqualTo(2.5);
    assertThat(Dashboard.quantile(new double[] {7}, 0.75)).isEqualTo(7);
    assertThat(Dashboard.fmt(2439.25)).isEqualTo("2439.25");
    assertThat(Dashboard.fmt(1e7)).isEqualTo("10000000");
  }
}
