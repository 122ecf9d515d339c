package org.nianbao.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Report;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;
import org.nianbao.ValidationResult;

class HtmlReportTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static ValidationResult check(String text, String source) throws Exception {
    return VALIDATOR.validate(Reports.load(text, source));
  }

  /** huaian-2024 with one cell changed: 一、本年新收 总计 3119 printed as 3118. */
  private static String huaianWithOneSlip() throws IOException {
    String text = Files.readString(Path.of("examples/huaian-2024.txt"));
    String row = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119";
    assertThat(text).contains(row);
    return text.replace(row, row.substring(0, row.length() - 4) + "3118");
  }

  /** The page parses as HTML without an error, and as XML: every element is closed. */
  private static Document parse(String html) throws Exception {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document document = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    // a fragment (several sections) gets a root, so that the XML parser can check it too
    String xml = html.startsWith("<!DOCTYPE") ? html : "<div>" + html + "</div>";
    factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script").doesNotContain("http://")
        .doesNotContain("https://").doesNotContain("@import").doesNotContain("url(");
    return document;
  }

  private static Set<String> marked(Document page) {
    return page.select("td.finding").stream().map(td -> td.attr("data-pointer")).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void exactlyTheCellsOfTheFindingsAreMarkedAndTheFixIsShownBesideTheWrongCell() throws Exception {
    ValidationResult result = check(huaianWithOneSlip(), "huaian.txt");
    Document page = parse(HtmlReport.document(result, "huaian.txt", Locale.CHINESE));

    // worked out from the table: the row 一 no longer adds up (its seven cells), the column 总计 no
    // longer balances (一 + 二 = 3118 + 34 against (七) 3050 + 四 103), and the text's 3119 applications
    // match neither 一 nor 一 + 二 (text.applications names 一 and 二 总计)
    String a = "/applications/";
    assertThat(marked(page)).containsExactlyInAnyOrder(
        a + "newRequests/naturalPerson", a + "newRequests/commercialEnterprise", a + "newRequests/researchInstitution",
        a + "newRequests/publicInterestOrganization", a + "newRequests/legalServiceOrganization",
        a + "newRequests/otherOrganization", a + "newRequests/total",
        a + "carriedOver/total", a + "outcomes/total/total", a + "carriedForward/total");

    Element wrong = page.selectFirst("td[data-pointer=/applications/newRequests/total]");
    assertThat(wrong.classNames()).contains("finding", "error");
    assertThat(wrong.attr("data-fix")).isEqualTo("3119");
    assertThat(wrong.selectFirst(".v").text()).isEqualTo("3118");
    assertThat(wrong.selectFirst(".fix").text()).isEqualTo("→ 建议值 3119");
    assertThat(wrong.selectFirst(".mark").text()).isEqualTo("✕");
    assertThat(wrong.attr("data-rule").split(" ")).containsExactlyInAnyOrder("t3.row_total", "t3.balance",
        "text.applications");
    assertThat(wrong.attr("title")).contains("t3.row_total").contains("3119");
    // each finding on the cell is described by its entry in the list
    for (String id : wrong.attr("aria-describedby").split(" ")) {
      assertThat(page.getElementById(id)).isNotNull();
    }
    // only the slipped cell gets a fix
    assertThat(page.select("td[data-fix]")).hasSize(1);
    // a warning alone would be amber: 二 总计 has an error (t3.balance) too, so it is red
    assertThat(page.selectFirst("td[data-pointer=/applications/carriedOver/total]").classNames()).contains("error");
    assertThat(page.select("td.finding.warning")).isEmpty();

    // the list: three findings, with the source line and the line quoted
    assertThat(page.select(".nb-finding-list > li")).hasSize(3);
    Element rowTotal = page.selectFirst("li[data-rule=t3.row_total]");
    assertThat(rowTotal.attr("data-line")).isEqualTo("41");
    assertThat(rowTotal.selectFirst("q").text()).contains("3118");
    assertThat(rowTotal.attr("data-pointers").split(" ")).hasSize(7);
    assertThat(page.selectFirst("li[data-rule=text.applications]").classNames()).contains("warning");
    assertThat(page.selectFirst(".nb-counts li[data-severity=error] .count").text()).isEqualTo("2");
    assertThat(page.selectFirst(".nb-counts li[data-severity=warning] .count").text()).isEqualTo("1");
  }

  @Test
  void aValidReportMarksNoCell() throws Exception {
    String text = Files.readString(Path.of("examples/huaian-2024.txt"));
    Document page = parse(HtmlReport.document(check(text, "huaian.txt"), "huaian.txt", Locale.CHINESE));
    assertThat(page.select("td.finding")).isEmpty();
    assertThat(page.select(".nb-verdict.valid")).hasSize(1);
  }

  @Test
  void eachEditionsTablesHaveOneValueCellPerCellOfTheTemplate() throws Exception {
    // 2021: 表二 规章 and 行政规范性文件 × 3 columns, 行政许可, 行政处罚, 行政强制, 行政事业性收费: 6 + 4 = 10;
    // 表三 25 rows (一, 二, (一), (二), (三) 1–8, (四) 1–3, (五) 1–5, (六) 1–3, (七), 四) × 7 columns = 175;
    // 表四 3 groups × 5 = 15
    counts(Edition.E2021, 10, 175, 15);
    // 2019: 表二 (一) 2 × 3, (五) 2 × 3, (六) 2 × 3, (八) 1 × 2, (九) 1 × 2 = 22; 表三 (六) is one row: 23 × 7 = 161
    counts(Edition.E2019, 22, 161, 15);
  }

  private static void counts(Edition edition, int two, int three, int four) throws Exception {
    Report blank = Report.builder(edition).unit("某某镇人民政府").year(edition == Edition.E2019 ? 2020 : 2022).build();
    Document page = parse(HtmlReport.document(VALIDATOR.validate(blank), "blank.json", Locale.CHINESE));
    assertThat(page.select("#r1-t2 td[data-pointer]")).hasSize(two);
    assertThat(page.select("#r1-t3 td[data-pointer]")).hasSize(three);
    assertThat(page.select("#r1-t4 td[data-pointer]")).hasSize(four);
    assertThat(page.select("td")).hasSize(two + three + four);
    // a blank cell shows nothing, and says "空白" to a screen reader
    Element cell = page.selectFirst("td[data-pointer=/reviewLitigation/review/upheld]");
    assertThat(cell.selectFirst(".v").text()).isEqualTo("空白");
    assertThat(cell.selectFirst(".v .vh")).isNotNull();
  }

  @Test
  void tableThreeHasTheTemplatesMergedHeadsAndRowHeads() throws Exception {
    Report blank = Report.builder(Edition.E2021).unit("某某镇人民政府").year(2022).build();
    Document page = parse(HtmlReport.fragment(VALIDATOR.validate(blank), "blank.json", Locale.CHINESE));
    Element t3 = page.selectFirst("#r1-t3 table");
    assertThat(t3.selectFirst("th:containsOwn(申请人情况)").attr("colspan")).isEqualTo("7");
    assertThat(t3.selectFirst("th:containsOwn(法人或其他组织)").attr("colspan")).isEqualTo("5");
    assertThat(t3.selectFirst("th:containsOwn(自然人)").attr("rowspan")).isEqualTo("2");
    // 三、本年度办理结果 spans (一) to (七): 2 + 8 + 3 + 5 + 3 + 1 = 22 rows
    assertThat(t3.selectFirst("th:containsOwn(三、本年度办理结果)").attr("rowspan")).isEqualTo("22");
    assertThat(t3.selectFirst("th:containsOwn(（三）不予公开)").attr("rowspan")).isEqualTo("8");
    assertThat(t3.selectFirst("th:containsOwn(（四）无法提供)").attr("rowspan")).isEqualTo("3");
    assertThat(t3.selectFirst("th:containsOwn(（五）不予处理)").attr("rowspan")).isEqualTo("5");
    assertThat(t3.selectFirst("th:containsOwn(（六）其他处理)").attr("rowspan")).isEqualTo("3");
    Element t4 = page.selectFirst("#r1-t4 table");
    assertThat(t4.selectFirst("th:containsOwn(行政复议)").attr("colspan")).isEqualTo("5");
    assertThat(t4.selectFirst("th:containsOwn(行政诉讼)").attr("colspan")).isEqualTo("10");
    assertThat(t4.selectFirst("th:containsOwn(未经复议直接起诉)").attr("colspan")).isEqualTo("5");
    assertThat(t4.selectFirst("th:containsOwn(复议后起诉)").attr("colspan")).isEqualTo("5");
    assertThat(t4.select("th:containsOwn(结果维持)")).hasSize(3);
    // a fragment is the sections only
    assertThat(HtmlReport.fragment(VALIDATOR.validate(blank), "blank.json", Locale.CHINESE))
        .startsWith("<section").doesNotContain("<html").doesNotContain("<style");
  }

  @Test
  void textFromTheReportIsShownAsTextNeverAsMarkup() throws Exception {
    String evil = "<script>alert(1)</script>";
    Report report = Report.builder(Edition.E2021).unit(evil + "镇人民政府").year(2022)
        .cell("/applications/newRequests/naturalPerson", Cell.unreadable(evil))
        .cell("/reviewLitigation/review/upheld", Cell.unreadable("\" onmouseover=\"x' <b>&amp;"))
        .build();
    String html = HtmlReport.document(VALIDATOR.validate(report), "<img src=x onerror=alert(2)>.json", Locale.CHINESE);
    Document page = parse(html);
    assertThat(page.select("script, img, b")).isEmpty();
    assertThat(page.selectFirst("td[data-pointer=/applications/newRequests/naturalPerson] .v").text()).isEqualTo(evil);
    assertThat(page.selectFirst("td[data-pointer=/reviewLitigation/review/upheld] .v").text())
        .isEqualTo("\" onmouseover=\"x' <b>&amp;");
    assertThat(page.selectFirst("h1").text()).contains(evil);
    assertThat(page.selectFirst(".nb-facts").text()).contains("<img src=x onerror=alert(2)>.json");
    assertThat(page.select("[onmouseover], [onerror]")).isEmpty();
  }

  @Test
  void aHugeCellOrSourceLineIsQuotedByItsStartAndLength() throws Exception {
    String digits = "1".repeat(1_000_000);
    Report report = Report.builder(Edition.E2021).unit("某某镇人民政府").year(2022)
        .cell("/reviewLitigation/review/upheld", Cell.unreadable(digits)).build();
    ValidationResult checked = VALIDATOR.validate(report);
    String line = "表三 " + "二".repeat(2_000_000);
    org.nianbao.Finding onALine = checked.findings().get(0).at(new org.nianbao.Finding.Location(7, null, null, null,
        null, null, null, line));
    List<org.nianbao.Finding> findings = new java.util.ArrayList<>(checked.findings());
    for (int i = 0; i < 20; i++) {
      findings.add(onALine);
    }
    String html = HtmlReport.document(new ValidationResult(report, findings), "huge.json", Locale.CHINESE);
    assertThat(html.length()).isLessThan(500_000);
    Document page = parse(html);
    // the cell: its first 40 characters and its length, as the messages quote it
    assertThat(page.selectFirst("td[data-pointer=/reviewLitigation/review/upheld] .v").text())
        .isEqualTo("1".repeat(40) + "…（1000000）");
    // the line: its first 300 characters and its length
    assertThat(page.select("li[data-line=7] q").first().text()).isEqualTo("表三 " + "二".repeat(297) + "…（2000003）");
  }

  @Test
  void controlAndDirectionCharactersAreShownNotObeyed() {
    assertThat(HtmlReport.esc("a\u202eb\u0007c\ud800")).isEqualTo("a\\u202eb\\u0007c\\ud800");
  }

  @Test
  void notApplicableIsASlashAndEnglishGivesEnglishWordsBesideTheTemplates() throws Exception {
    Report report = Report.builder(Edition.E2021).unit("某某镇人民政府").year(2022)
        .cell("/activeDisclosure/fees/administrativeFees/amount", Cell.NOT_APPLICABLE).build();
    Document page = parse(HtmlReport.document(VALIDATOR.validate(report), "r.json", Locale.ENGLISH));
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst("td[data-pointer=/activeDisclosure/fees/administrativeFees/amount] .v").text())
        .isEqualTo("/");
    assertThat(page.selectFirst("#r1-t4 th[colspan=5]").text()).isEqualTo("行政复议 administrative review");
    assertThat(page.selectFirst("#r1-t3 th:contains(（三）不予公开)").text()).isEqualTo("（三）不予公开 (3) withheld");
    assertThat(page.selectFirst(".nb-findings h2").text()).isEqualTo("Findings");
  }

  @Test
  void severalReportsMakeOnePageWithAPartEach() throws Exception {
    ValidationResult one = check(Files.readString(Path.of("examples/huaian-2024.txt")), "a.txt");
    ValidationResult two = check(Files.readString(Path.of("examples/xingjing-2020.txt")), "b.txt");
    Document page = parse(HtmlReport.document(List.of(new org.nianbao.internal.json.FindingsJson.Entry("a.txt", null, one),
        new org.nianbao.internal.json.FindingsJson.Entry("b.txt", null, two)), Locale.CHINESE));
    assertThat(page.select("article.nb-report")).hasSize(2);
    assertThat(page.select("#r2-t3 td[data-pointer]")).hasSize(161); // xingjing is edition 2019
  }

  @Test
  void everyExampleRendersInBothLanguages() throws Exception {
    List<Path> examples;
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      examples = files.filter(Files::isRegularFile).sorted().toList(); // examples/rulepacks holds no report
    }
    assertThat(examples).hasSize(4);
    for (Path file : examples) {
      ValidationResult result = VALIDATOR.validate(Reports.load(file));
      for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
        Document page = parse(HtmlReport.document(result, file.toString(), locale));
        int expected = result.report().edition() == Edition.E2019 ? 22 + 161 + 15 : 10 + 175 + 15;
        assertThat(page.select("td[data-pointer]")).as(file.toString()).hasSize(expected);
        assertThat(page.select(".nb-finding-list > li")).hasSize(result.findings().size());
      }
    }
  }
}
