package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.HtmlRendering;
import org.nianbao.testing.PdfRendering;
import org.nianbao.testing.ReadmeCopies;
import org.nianbao.testing.TestReports;

/**
 * The ways into the library: {@code Reports.load} from a file, a string or a stream gives the
 * same document for the same content, and the report alone is checked as the javadoc of {@link
 * ReportValidator#validate(Report)} says.
 */
class WaysInTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Path SHUYANG = Path.of("src/test/resources/real/shuyang-2025.txt");
  /** Line 91 of the Shuyang report; it has no finding as published. */
  private static final String CARRIED_FORWARD = "四、结转下年度继续办理 | 31 | 0 | 0 | 0 | 0 | 0 | 31";
  private static final List<String> CARRIED_FORWARD_CELLS = List.of(
      "/applications/carriedForward/naturalPerson", "/applications/carriedForward/commercialEnterprise",
      "/applications/carriedForward/researchInstitution", "/applications/carriedForward/publicInterestOrganization",
      "/applications/carriedForward/legalServiceOrganization", "/applications/carriedForward/otherOrganization",
      "/applications/carriedForward/total");

  @TempDir
  Path dir;

  /** Six values for a row of seven cells: which value is whose cannot be told. */
  private static String shuyangWithSixValuesCarriedForward() throws IOException {
    String text = Files.readString(SHUYANG);
    assertThat(text).contains(CARRIED_FORWARD);
    return text.replace(CARRIED_FORWARD, "四、结转下年度继续办理 | 31 | 0 | 0 | 0 | 0 | 0");
  }

  @Test
  void aRowThatCannotBePlacedIsOneFindingAtItsLineThroughEveryWayIn() throws Exception {
    String text = shuyangWithSixValuesCarriedForward();
    Path file = Files.writeString(dir.resolve("shuyang.txt"), text);
    List<ValidationResult> results = List.of(
        VALIDATOR.validate(Reports.load(file)),
        VALIDATOR.validate(Reports.load(text, "shuyang.txt")),
        VALIDATOR.validate(Reports.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "shuyang.txt")),
        VALIDATOR.validate(Reports.load(new ByteArrayInputStream(text.getBytes(Charset.forName("GB18030"))), "up")));
    for (ValidationResult result : results) {
      assertThat(result.findings()).hasSize(1);
      Finding finding = result.findings().get(0);
      assertThat(finding.rule()).isEqualTo(Rule.CELL_BLANK);
      assertThat(finding.severity()).isEqualTo(Severity.WARNING);
      assertThat(finding.pointers()).isEqualTo(CARRIED_FORWARD_CELLS);
      assertThat(finding.location().line()).isEqualTo(91);
      assertThat(finding.message()).contains("一行读到 6 个值（31 0 0 0 0 0），而表格格式为 7 格");
    }
    assertThat(results.get(1).findings()).isEqualTo(results.get(0).findings());
    assertThat(results.get(2).findings()).isEqualTo(results.get(0).findings());
  }

  @Test
  void theReadmesExampleLogsEachFinding() throws Exception {
    // table 四's review total 351 printed as 350, against 72 + 64 + 178 + 37 and line 13's 行政复议 351件
    Path file = Files.writeString(dir.resolve("huaian.txt"), TextReadingTest.example("huaian-2024")
        .replace("72 | 64 | 178 | 37 | 351 |", "72 | 64 | 178 | 37 | 350 |"));
    List<String> log = new java.util.ArrayList<>();
    // README begin
    ReportValidator validator = ReportValidator.create();    // build once; immutable, thread-safe
    ReportDocument document = Reports.load(file);            // or load(text, name), load(stream, name)
    ValidationResult result = validator.validate(document);  // or validate(document, lastYearsReport)
    if (!result.isValid()) {
      for (Finding f : result.findings()) {
        log.add(f.rule().id() + " " + f.pointers() + " " + f.message());
      }
    }
    // README end
    assertThat(log).hasSize(2);
    assertThat(log.get(0)).startsWith("t4.total [/reviewLitigation/review/upheld, /reviewLitigation/review/corrected, "
        + "/reviewLitigation/review/other, /reviewLitigation/review/pending, /reviewLitigation/review/total] ");
    assertThat(log.get(1)).startsWith("text.review_litigation [/reviewLitigation/review/total] ");
  }

  @Test
  void theReadmeShowsThatExampleVerbatim() throws IOException {
    String copy = ReadmeCopies.copy(Path.of("src/test/java/org/nianbao/WaysInTest.java"));
    assertThat(Files.readString(Path.of("README.md"))).contains("```java\n" + copy + "```");
  }

  @Test
  void theReportAloneHasTheSameCellsBlankButNotWhyNorWhere() throws Exception {
    Report report = Reports.load(shuyangWithSixValuesCarriedForward(), "shuyang.txt").report();
    assertThat(CARRIED_FORWARD_CELLS).allSatisfy(p -> assertThat(report.cell(p)).isEqualTo(Cell.BLANK));
    List<Finding> findings = VALIDATOR.validate(report).findings();
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.rule()).isEqualTo(Rule.CELL_BLANK);
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.pointers()).isEqualTo(CARRIED_FORWARD_CELLS);
    assertThat(finding.location()).isNull();
    assertThat(finding.message()).contains("为空白（共 7 个单元格）").doesNotContain("读到");
  }

  @Test
  void aReportWithNothingLeftToSettleHasTheSameFindingsAloneLessTheirLines() throws Exception {
    // table 四's review total 351 printed as 350: 72 + 64 + 178 + 37 = 351, and line 13 says 行政复议 351件
    String text = TextReadingTest.example("huaian-2024")
        .replace("72 | 64 | 178 | 37 | 351 |", "72 | 64 | 178 | 37 | 350 |");
    ReportDocument document = Reports.load(text, "huaian.txt");
    List<Finding> located = VALIDATOR.validate(document).findings();
    List<Finding> alone = VALIDATOR.validate(document.report()).findings();
    assertThat(located).extracting(Finding::rule, Finding::pointers, f -> f.location().line())
        .containsExactly(
            tuple(Rule.T4_TOTAL, List.of("/reviewLitigation/review/upheld", "/reviewLitigation/review/corrected",
                "/reviewLitigation/review/other", "/reviewLitigation/review/pending",
                "/reviewLitigation/review/total"), 70),
            tuple(Rule.TEXT_REVIEW_LITIGATION, List.of("/reviewLitigation/review/total"), 13));
    // the table finding loses its line; the narrative's finding keeps the line the narrative holds
    assertThat(alone).hasSize(2);
    assertThat(alone.get(0).location()).isNull();
    assertThat(alone.get(0).at(located.get(0).location())).isEqualTo(located.get(0));
    assertThat(alone.get(1)).isEqualTo(located.get(1));
  }

  @Test
  void everyFormatReadsTheSameFromAStreamAsFromAFileWhateverTheName() throws Exception {
    Report example = TestReports.example("huaian-2024");
    String text = TextReadingTest.example("huaian-2024");
    List<byte[]> inputs = List.of(
        Reports.toJson(example).getBytes(StandardCharsets.UTF_8),
        text.getBytes(StandardCharsets.UTF_8),
        text.getBytes(Charset.forName("GBK")),
        DocxRendering.render(example),
        HtmlRendering.render(example, StandardCharsets.UTF_8, false),
        HtmlRendering.render(example, Charset.forName("GBK"), true),
        PdfRendering.render(text, null, null));
    for (int i = 0; i < inputs.size(); i++) {
      byte[] bytes = inputs.get(i);
      Path file = Files.write(dir.resolve("report" + i), bytes);
      ReportDocument fromFile = Reports.load(file);
      // the content tells the format: a name that says otherwise is only a name
      ReportDocument fromStream = Reports.load(new ByteArrayInputStream(bytes), "upload.xlsx");
      assertThat(fromStream.source()).isEqualTo("upload.xlsx");
      assertThat(TestReports.withoutText(fromStream.report())).as("input %d", i)
          .isEqualTo(TestReports.withoutText(example));
      assertThat(fromStream.report()).as("input %d", i).isEqualTo(fromFile.report());
      assertThat(VALIDATOR.validate(fromStream).findings()).as("input %d", i).isEmpty();
    }
  }

  @Test
  void aWebPageGivenAsTextIsReadAsTheSamePageFromAStream() throws Exception {
    Report example = TestReports.example("xingjing-2020");
    String page = new String(HtmlRendering.render(example, StandardCharsets.UTF_8, false), StandardCharsets.UTF_8);
    ReportDocument fromText = Reports.load(page, "page.html");
    assertThat(TestReports.withoutText(fromText.report())).isEqualTo(TestReports.withoutText(example));
    assertThat(fromText.report())
        .isEqualTo(Reports.load(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "page.html").report());
    // a fragment with neither doctype, <html>, <body> nor <table>: the name says it is a page
    String fragment = "<p>某某局2024年政府信息公开工作年度报告</p><p>一、总体情况</p><p>无。</p>";
    for (ReportDocument document : List.of(Reports.load(fragment, "part.html"),
        Reports.load(new ByteArrayInputStream(fragment.getBytes(StandardCharsets.UTF_8)), "part.html"))) {
      assertThat(document.report().unit()).isEqualTo("某某局");
      assertThat(document.report().year()).isEqualTo(2024);
      assertThat(document.report().narrative().sections()).extracting(Narrative.Section::heading,
              s -> s.lines().stream().map(Narrative.TextLine::text).toList())
          .containsExactly(tuple("一、总体情况", List.of("无。")));
    }
  }

  @Test
  void errorsFromAStreamNameTheSourceGiven() throws Exception {
    assertThatThrownBy(() -> Reports.load(new ByteArrayInputStream(" \n".getBytes(StandardCharsets.UTF_8)), "upload.txt"))
        .isInstanceOf(ReportReadException.class).hasMessage("upload.txt: is empty");
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    byte[] half = java.util.Arrays.copyOf(docx, docx.length / 2);
    assertThatThrownBy(() -> Reports.load(new ByteArrayInputStream(half), "upload.docx"))
        .isInstanceOf(ReportReadException.class).hasMessageStartingWith("upload.docx: ")
        .message().doesNotContain("\n");
    byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> Reports.load(new ByteArrayInputStream(pdf), "upload.pdf"))
        .isInstanceOf(ReportReadException.class).hasMessageStartingWith("upload.pdf: ");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("xl/workbook.xml"));
      out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> Reports.load(new ByteArrayInputStream(zip.toByteArray()), "book.xlsx"))
        .hasMessage("book.xlsx: is a zip archive but not a Word (.docx) document; .doc, .xlsx and .wps files are not read");
    assertThatThrownBy(() -> Reports.load("{\"unit\": \"x\"", "upload.json"))
        .isInstanceOf(ReportReadException.class).hasMessageStartingWith("upload.json: ");
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> Reports.load(failing, "upload"))
        .isInstanceOf(ReportReadException.class).hasMessage("upload: cannot be read: connection reset");
  }
}
