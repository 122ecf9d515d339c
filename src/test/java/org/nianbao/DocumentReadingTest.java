package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.HtmlRendering;
import org.nianbao.testing.PdfRendering;
import org.nianbao.testing.TestReports;

/** Word and web page reports, made by the tests from the canonical examples, read back exactly. */
class DocumentReadingTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Tables, unit, year and edition exactly; the text line by line (its numbering is the document's). */
  private static void assertSameReport(Report read, Report expected) {
    assertThat(TestReports.withoutText(read)).isEqualTo(TestReports.withoutText(expected));
    assertThat(read.narrative().preamble()).extracting(Narrative.TextLine::text)
        .isEqualTo(expected.narrative().preamble().stream().map(Narrative.TextLine::text).toList());
    assertThat(read.narrative().sections()).extracting(Narrative.Section::heading, s -> s.lines().stream()
            .map(Narrative.TextLine::text).toList())
        .isEqualTo(expected.narrative().sections().stream().map(s -> tuple(s.heading(), s.lines().stream()
            .map(Narrative.TextLine::text).toList())).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void aWordDocumentLaidOutLikeTheTemplateReadsBack(String name) throws Exception {
    Report example = TestReports.example(name);
    Path docx = write(name + ".docx", DocxRendering.render(example));
    ReportDocument document = Reports.load(docx);
    assertSameReport(document.report(), example);
    assertThat(VALIDATOR.validate(document).findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void aWebPageInUtf8ReadsBack(String name) throws Exception {
    Report example = TestReports.example(name);
    Path html = write(name + ".html", HtmlRendering.render(example, StandardCharsets.UTF_8, false));
    ReportDocument document = Reports.load(html);
    assertSameReport(document.report(), example);
    assertThat(VALIDATOR.validate(document).findings()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void aWebPageInGbkDeclaredByHttpEquivReadsBack(String name) throws Exception {
    Report example = TestReports.example(name);
    // no .html in the name: the format is told by the content
    Path html = write(name + ".page", HtmlRendering.render(example, Charset.forName("GBK"), true));
    assertSameReport(Reports.load(html).report(), example);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void aPdfMadeFromTheTextReadsBack(String name) throws Exception {
    Report example = TestReports.example(name);
    Path pdf = write(name + ".pdf", PdfRendering.render(TextReadingTest.example(name), null, null));
    ReportDocument document = Reports.load(pdf);
    assertThat(TestReports.withoutText(document.report())).isEqualTo(TestReports.withoutText(example));
    // paragraphs are wrapped in the PDF: the text of each section is the same once joined
    assertThat(document.report().narrative().sections()).extracting(Narrative.Section::heading, DocumentReadingTest::joined)
        .isEqualTo(example.narrative().sections().stream().map(s -> tuple(s.heading(), joined(s))).toList());
    assertThat(VALIDATOR.validate(document).findings()).isEmpty();
  }

  private static String joined(Narrative.Section section) {
    return section.lines().stream().map(Narrative.TextLine::text).reduce("", String::concat).replace(" ", "");
  }

  @Test
  void aChangedCellInAPdfIsFoundOnItsPageAndLine() throws Exception {
    String text = TextReadingTest.example("huaian-2024").replace("72 | 64 | 178 | 37 | 351 |", "72 | 64 | 178 | 37 | 350 |");
    ValidationResult result = VALIDATOR.validate(Reports.load(write("c.pdf", PdfRendering.render(text, null, null))));
    Finding total = result.findings(Rule.T4_TOTAL).get(0);
    assertThat(total.location().page()).isEqualTo(2);
    assertThat(total.location().line()).isPositive();
    assertThat(total.location().text()).matches("72\\s+64\\s+178\\s+37\\s+350\\s.*");
  }

  @Test
  @Timeout(10)
  void anEncryptedPdfIsAClearError() throws Exception {
    Path pdf = write("locked.pdf", PdfRendering.render(TextReadingTest.example("huaian-2024"), "owner", "secret"));
    assertThatThrownBy(() -> Reports.load(pdf))
        .hasMessage(pdf + ": is an encrypted PDF; save it without a password and try again");
  }

  @Test
  void aChangedCellInWordIsFoundAtItsTableRow() throws Exception {
    Report changed = TestReports.with(TestReports.example("huaian-2024"), Map.of("/reviewLitigation/review/total", 350));
    ValidationResult result = VALIDATOR.validate(Reports.load(write("c.docx", DocxRendering.render(changed))));
    // table 四 is the third table; its values are its fourth row. The text's 351 now disagrees too.
    assertThat(result.findings()).extracting(Finding::rule, Finding::expected, Finding::actual,
            f -> f.location().table(), f -> f.location().row(), f -> f.location().paragraph())
        .containsExactly(tuple(Rule.T4_TOTAL, new java.math.BigDecimal("351"), new java.math.BigDecimal("350"), 3, 4, null),
            tuple(Rule.TEXT_REVIEW_LITIGATION, new java.math.BigDecimal("350"), new java.math.BigDecimal("351"), null, null, 7));
  }

  @Test
  void aChangedCellOnAWebPageIsFoundAtItsTableRow() throws Exception {
    Report changed = TestReports.with(TestReports.example("xingjing-2020"),
        Map.of("/applications/outcomes/withheld/stateSecret/naturalPerson", 1));
    ValidationResult result = VALIDATOR.validate(
        Reports.load(write("c.html", HtmlRendering.render(changed, StandardCharsets.UTF_8, false))));
    // table 三 is the second data table; 1.属于国家秘密 is its eighth row (three header rows first);
    // the column of 自然人 no longer adds up either, found at the row of its total, （七）总计
    assertThat(result.findings()).extracting(Finding::rule, f -> f.location().table(), f -> f.location().row())
        .containsExactly(tuple(Rule.T3_OUTCOME_TOTAL, 2, 25), tuple(Rule.T3_ROW_TOTAL, 2, 8));
  }

  @Test
  void aChangedSentenceInWordIsFoundAtItsParagraph() throws Exception {
    Report example = TestReports.example("xingjing-2020");
    String json = Reports.toJson(example).replace("没有收到政府信息公开申请", "收到政府信息公开申请 3 件");
    Report changed = Reports.readJson(json, "changed");
    ValidationResult result = VALIDATOR.validate(Reports.load(write("s.docx", DocxRendering.render(changed))));
    assertThat(result.findings()).extracting(Finding::rule, f -> f.location().paragraph() != null,
            f -> f.location().text())
        .containsExactly(tuple(Rule.TEXT_NO_APPLICATIONS, true, "兴泾镇人民政府2020年收到政府信息公开申请 3 件。"));
  }

  @Test
  @Timeout(10)
  void corruptTruncatedAndForeignFilesAreClearErrors() throws Exception {
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
    Path half = write("half.docx", truncated);
    assertThatThrownBy(() -> Reports.load(half)).isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith(half + ": ").message().doesNotContain("\n");
    Path corrupt = write("corrupt.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.US_ASCII));
    assertThatThrownBy(() -> Reports.load(corrupt)).isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith(corrupt + ": ").message().doesNotContain("\n");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("xl/workbook.xml"));
      out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
    }
    Path xlsx = write("book.xlsx", zip.toByteArray());
    assertThatThrownBy(() -> Reports.load(xlsx))
        .hasMessage(xlsx + ": is a zip archive but not a Word (.docx) document; .doc, .xlsx and .wps files are not read");
  }

  @Test
  @Timeout(20)
  void aZipBombIsRefused() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 100; i++) {
        out.write(zeros); // 100 MB of zeros: a thousandfold inflation
      }
    }
    Path bomb = write("bomb.docx", zip.toByteArray());
    assertThatThrownBy(() -> Reports.load(bomb)).isInstanceOf(ReportReadException.class)
        .hasMessage(bomb + ": holds more than 8388608 bytes of XML (Word XML size limit); refused");
  }

  @Test
  void aWebPageInGbkDeclaredByMetaCharsetReadsBack() throws Exception {
    Report example = TestReports.example("huaian-2024");
    Path html = write("gbk.html", HtmlRendering.render(example, Charset.forName("GBK"), false));
    assertSameReport(Reports.load(html).report(), example);
  }

  @Test
  @Timeout(10)
  void aWordDocumentWithAnExternalEntityIsRefusedUnresolved() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("_rels/.rels"));
      out.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("word/document.xml"));
      out.write(("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
          + "<w:t>&x;</w:t></w:r></w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    Path xxe = write("xxe.docx", zip.toByteArray());
    assertThatThrownBy(() -> Reports.load(xxe)).isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith(xxe + ": ").message().doesNotContain("root:");
  }

  @Test
  void aWebPageWithoutAReportIsAClearError() throws Exception {
    Path page = write("p.html", "<html><body><div class=\"nav\">首页</div><p>通知公告</p></body></html>"
        .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> Reports.load(page)).hasMessageStartingWith(page + ": ");
  }

  @Test
  void checkingTextOrJsonLoadsNoDocumentParser() throws Exception {
    for (String file : List.of("examples/huaian-2024.txt", "examples/xingjing-2020.json")) {
      Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.nianbao.cli.Main", "check", file)
          .redirectErrorStream(true).start();
      String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(java.waitFor()).as(output).isZero();
      assertThat(output).contains("org.nianbao.cli.Main")
          .doesNotContain("org.apache.poi").doesNotContain("org.apache.pdfbox").doesNotContain("org.jsoup");
    }
  }
}
