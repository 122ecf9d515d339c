package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.ForkedCli;
import org.nianbao.testing.HtmlRendering;
import org.nianbao.testing.PdfRendering;
import org.nianbao.testing.TestReports;

/**
 * Inputs built to exhaust time or memory (issue 9): each is refused or checked within a bound, with
 * one line of explanation, in a forked JVM with a small heap where the bound is the point.
 */
class BoundedInputTest {
  private static final Duration BOUND = Duration.ofSeconds(20);

  /** 共 + 100,000 × 一 + %。: every start of the run used to be scanned to its end, and back. */
  static final String NUMERAL_RUN = "共" + "一".repeat(100_000) + "%。";

  /** 127 characters of prose with no closing mark: as wrapped PDF text, each line continues the last. */
  private static final String WRAPPED = "本机关坚持以公开为常态、不公开为例外，持续深化政务公开工作，推进决策、执行、管理、服务、结果公开，"
      + "不断提升政府透明度和公信力，切实保障人民群众的知情权参与权表达权监督权并依法依规做好各项工作";

  private static String huaian() {
    return TextReadingTest.example("huaian-2024");
  }

  private static String withLastLine(String text, String line) {
    return text.stripTrailing() + "\n" + line + "\n";
  }

  // ---- 5. regular expressions that backtracked ----

  @Test
  void aLongRunOfNumeralsIsCheckedQuicklyAsText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("run.txt");
    Files.writeString(file, withLastLine(huaian(), NUMERAL_RUN));
    ForkedCli.nianbao("check", file.toString()).timeout(BOUND.plusSeconds(40)).run()
        .hasStatus(0).tookLessThan(BOUND);
  }

  @Test
  void aLongRunOfNumeralsIsCheckedQuicklyInJson(@TempDir Path dir) throws IOException {
    ObjectNode tree = TestReports.exampleTree("huaian-2024");
    ArrayNode lines = (ArrayNode) tree.at("/narrative/sections/5/lines");
    lines.addObject().put("line", 83).put("text", NUMERAL_RUN);
    Path file = dir.resolve("run.json");
    Files.writeString(file, tree.toString());
    ForkedCli.nianbao("check", file.toString()).timeout(BOUND.plusSeconds(40)).run()
        .hasStatus(0).tookLessThan(BOUND);
  }

  @Test
  void aLongRunOfNumeralsIsCheckedQuicklyInHtml(@TempDir Path dir) throws IOException {
    String page = new String(HtmlRendering.render(TestReports.example("huaian-2024"), StandardCharsets.UTF_8, false),
        StandardCharsets.UTF_8);
    page = page.replace("</div>\n</td></tr></table>", "<p>" + NUMERAL_RUN + "</p></div>\n</td></tr></table>");
    Path file = dir.resolve("run.html");
    Files.writeString(file, page);
    ForkedCli.nianbao("check", file.toString()).timeout(BOUND.plusSeconds(40)).run()
        .hasStatus(0).tookLessThan(BOUND);
  }

  @Test
  void longRunsOfDigitsAndCommasInSentencesAreLinear() {
    // under the sentence length limit, so the patterns themselves must be linear
    String digits = "共" + "1".repeat(1_999) + "%";
    String commas = "共" + "1,".repeat(999) + "%";
    String numerals = "其中" + "一".repeat(1_990) + "%";
    String text = withLastLine(huaian(), (digits + "。" + commas + "。" + numerals + "。\n").repeat(200));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      ValidationResult result = ReportValidator.create().validate(Reports.load(text, "runs.txt"));
      assertThat(result.findings()).noneMatch(f -> f.rule().id().startsWith("text."));
    });
  }

  // ---- 6. quadratic joining ----

  @Test
  void aHundredThousandWrappedLinesAreJoinedInLinearTime() {
    // no closing mark: each line continues the one before, as wrapped PDF text does
    String text = withLastLine(huaian(), (WRAPPED + "\n").repeat(100_000));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      ReportDocument document = Reports.load(text, "wrapped.txt");
      assertThat(ReportValidator.create().validate(document).findings())
          .noneMatch(f -> f.rule().id().startsWith("text."));
    });
  }

  @Test
  void aTextJustUnderTheInputSizeLimitIsCheckedInASmallHeap(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("big.txt");
    Files.writeString(file, withLastLine(huaian(), (WRAPPED + "\n").repeat(116_000)));
    assertThat(Files.size(file)).isBetween(Reports.MAX_INPUT_BYTES - 1024 * 1024, Reports.MAX_INPUT_BYTES);
    ForkedCli.nianbao("check", file.toString()).timeout(Duration.ofSeconds(120)).run()
        .hasStatus(0).tookLessThan(Reports.TIME_PER_REPORT);
  }

  @Test
  void aWordDocumentNearTheXmlLimitIsCheckedInASmallHeap(@TempDir Path dir) throws IOException {
    // varied text, as a real document's: repeated text would trip the zip bomb ratio first
    java.util.Random random = new java.util.Random(9);
    StringBuilder paragraphs = new StringBuilder();
    for (int i = 0; i < 150_000; i++) {
      paragraphs.append("<w:p><w:r><w:t>");
      for (int k = 0; k < 6; k++) {
        paragraphs.append((char) (0x4E00 + random.nextInt(5000)));
      }
      paragraphs.append("</w:t></w:r></w:p>");
    }
    byte[] docx = withDocumentXml(DocxRendering.render(TestReports.example("huaian-2024")),
        xml -> xml.replace("<w:body>", "<w:body>" + paragraphs));
    Path file = dir.resolve("big.docx");
    Files.write(file, docx);
    ForkedCli.nianbao("check", file.toString()).timeout(Duration.ofSeconds(120)).run()
        .hasStatus(0).tookLessThan(Reports.TIME_PER_REPORT.plusSeconds(5));
  }

  @Test
  void aWordDocumentWithTooMuchXmlIsRefusedBeforePoiOpensIt() throws IOException {
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    // 17 MB of paragraphs: compresses to little, opens to gigabytes in POI
    String padding = "<w:p><w:r><w:t>政务公开</w:t></w:r></w:p>".repeat(400_000);
    byte[] bomb = withDocumentXml(docx, xml -> xml.replace("<w:body>", "<w:body>" + padding));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
        () -> Reports.load(new java.io.ByteArrayInputStream(bomb), "big.docx"))
        .isInstanceOf(ReportReadException.class)
        .hasMessage("big.docx: holds more than 8388608 bytes of XML (Word XML size limit); refused"));
  }

  // ---- 7. one time limit for the whole check ----

  @Test
  void theTimeLimitCoversTheRulesToo() throws Exception {
    ReportDocument document = Reports.load(huaian(), "h.txt");
    // read in more than the whole limit: nothing is left for the rules
    ReportDocument slow = document.readIn(Reports.TIME_PER_REPORT.plusSeconds(1));
    assertThatThrownBy(() -> ReportValidator.create().validate(slow))
        .isInstanceOf(TimeLimitExceededException.class)
        .hasMessage("h.txt: took longer than 30 s (time per report) to check; refused");
  }

  @Test
  void aTimedOutPdfWorkerStops() {
    byte[] pdf = PdfRendering.render(huaian(), null, null);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> Reports.load(new java.io.ByteArrayInputStream(pdf), "slow.pdf",
          Deadline.after(Duration.ofMillis(1))))
          .isInstanceOf(ReportReadException.class)
          .hasMessage("slow.pdf: took longer than 0.001 s (time per report) to read; refused");
    }
    // the workers were told and stop by themselves, instead of reading on in the background
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      while (Thread.getAllStackTraces().keySet().stream()
          .anyMatch(t -> t.getName().equals("nianbao-document-reader") && t.isAlive())) {
        Thread.sleep(20);
      }
    });
  }

  @Test
  void aReportPastTheLimitGetsOneLineAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), huaian());
    Files.writeString(dir.resolve("b.txt"), huaian().replace("2024", "2023"));
    ForkedCli.Result result = ForkedCli.nianbao("batch", dir.toString())
        .jvm("-Dnianbao.time-per-report=PT0S").timeout(Duration.ofSeconds(60)).run();
    assertThat(result.out() + result.err()).contains(dir.resolve("a.txt") + ": took longer than 0 s (time per report)")
        .contains(dir.resolve("b.txt") + ": took longer than 0 s (time per report)");
  }

  // ---- 8. crafted numbers ----

  @Test
  void aNumberWithAHugeExponentIsAnInvalidCellNotACrash(@TempDir Path dir) throws IOException {
    for (String number : List.of("1e999999999", "1E2147483647", "1e-999999999", "1E99999999999")) {
      String json = Files.readString(Path.of("examples/huaian-2024.json"))
          .replaceFirst("\"naturalPerson\": 3001", "\"naturalPerson\": " + number);
      Path file = dir.resolve("n.json");
      Files.writeString(file, json);
      ForkedCli.Result result = ForkedCli.nianbao("check", "--format", "json", file.toString())
          .timeout(Duration.ofSeconds(60)).run().hasStatus(1).tookLessThan(BOUND);
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).contains("\"rule\": \"cell.invalid\"").contains(number);
    }
  }

  @Test
  void aMillionDigitLineIsRefusedAtOnce() {
    String text = huaian().replace("| 3001 | 53 |", "| " + "7".repeat(1_000_000) + " | 53 |");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> Reports.load(text, "digits.txt"))
        .hasMessage("digits.txt: line 41 is 1000048 characters long, over the line length limit of 1000000; refused"));
  }

  @Test
  void aCellOfNearlyAMillionDigitsInTextIsInvalidAtOnce() {
    String text = huaian().replace("| 3001 | 53 |", "| " + "7".repeat(999_000) + " | 53 |");
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      ValidationResult result = ReportValidator.create().validate(Reports.load(text, "digits.txt"));
      assertThat(result.findings(Rule.CELL_INVALID)).isNotEmpty();
    });
  }

  @Test
  void extractNeverWritesANumberCheckRefuses() throws Exception {
    // around the number length limit (64 characters written plainly), as a cell of a text table
    for (String cell : List.of("9".repeat(63), "9".repeat(64), "9".repeat(65), "1" + "0".repeat(70),
        "0." + "0".repeat(61) + "1", "0." + "0".repeat(62) + "1", "-" + "9".repeat(64),
        "9,999," + "999,".repeat(30) + "999")) {
      String text = huaian().replace("| 3001 | 53 |", "| " + cell + " | 53 |");
      Report report = Reports.load(text, "t.txt").report();
      String json = Reports.toJson(report);
      Report back = Reports.readJson(json, "extracted.json");
      assertThat(back.applications().newRequests().naturalPerson())
          .as(cell).isEqualTo(report.applications().newRequests().naturalPerson());
    }
  }

  @Test
  void aReportBuiltWithAHugeNumberIsWrittenAsTextAndValidated() throws Exception {
    Report example = TestReports.example("huaian-2024");
    ApplicantRow row = example.applications().newRequests();
    Applications applications = new Applications(new ApplicantRow(Cell.of(new java.math.BigDecimal("1E+999999999")),
        row.commercialEnterprise(), row.researchInstitution(), row.publicInterestOrganization(),
        row.legalServiceOrganization(), row.otherOrganization(), row.total()), example.applications().carriedOver(),
        example.applications().outcomes(), example.applications().carriedForward());
    Report report = new Report(example.unit(), example.year(), example.edition(), example.activeDisclosure(),
        applications, example.reviewLitigation(), example.narrative());
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      assertThat(ReportValidator.create().validate(report).findings(Rule.CELL_INVALID)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("1E+999999999"));
      String json = Reports.toJson(report);
      assertThat(json).contains("\"naturalPerson\": \"1E+999999999\"");
      assertThat(Reports.readJson(json, "r.json").applications().newRequests().naturalPerson())
          .isEqualTo(Cell.unreadable("1E+999999999"));
    });
  }

  // ---- 9. devices, FIFOs, standard input ----

  @Test
  void aDeviceIsRefusedUnread() {
    ForkedCli.Result result = ForkedCli.nianbao("check", "/dev/zero").timeout(Duration.ofSeconds(60)).run()
        .hasStatus(2).hasOneLineError().tookLessThan(BOUND);
    assertThat(result.err()).isEqualTo("nianbao: /dev/zero: is not a regular file (a device, FIFO or socket);"
        + " refused (to read standard input, give -)\n");
  }

  @Test
  void aFifoWithoutWriterIsRefusedUnopened(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    ForkedCli.nianbao("check", fifo.toString()).timeout(Duration.ofSeconds(60)).run()
        .hasStatus(2).hasOneLineError().tookLessThan(BOUND);
    assertThatThrownBy(() -> Reports.load(fifo)).hasMessageContaining("is not a regular file");
  }

  @Test
  void standardInputIsReadWithTheSameLimit() {
    ForkedCli.Result ok = ForkedCli.nianbao("check", "-").stdin(huaian().getBytes(StandardCharsets.UTF_8))
        .timeout(Duration.ofSeconds(60)).run().hasStatus(0);
    assertThat(ok.out()).contains("-");
    ForkedCli.nianbao("extract", "-").stdin(huaian().getBytes(StandardCharsets.UTF_8))
        .timeout(Duration.ofSeconds(60)).run().hasStatus(0);
    byte[] big = new byte[(int) Reports.MAX_INPUT_BYTES + 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    ForkedCli.Result refused = ForkedCli.nianbao("check", "-").stdin(big).timeout(Duration.ofSeconds(60)).run()
        .hasStatus(2).hasOneLineError();
    assertThat(refused.err()).isEqualTo("nianbao: -: is larger than 33554432 bytes; reports larger than 33554432"
        + " bytes (input size) are refused\n");
  }

  // ---- 10. amplification by merged cells ----

  @Test
  void aWordCellSpanningTwoBillionColumnsIsRefused() throws IOException {
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    byte[] spanned = withDocumentXml(docx, xml -> xml.replaceFirst("<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2147483647\"/>"));
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
        () -> Reports.load(new java.io.ByteArrayInputStream(spanned), "span.docx"))
        .hasMessage("span.docx: table 1 spreads over more than 100000 cells (table size limit;"
            + " merged cells counted as the cells they cover); refused"));
  }

  @Test
  void aPageOfManyLargeRowAndColumnSpansIsRefused() {
    StringBuilder page = new StringBuilder("<html><body><p>本年新收</p><table><tr><td>总体情况</td></tr>");
    for (int r = 0; r < 50; r++) {
      page.append("<tr>");
      for (int c = 0; c < 100; c++) {
        page.append("<td rowspan=\"100\" colspan=\"100\">1</td>");
      }
      page.append("</tr>");
    }
    byte[] html = page.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(
        () -> Reports.load(new java.io.ByteArrayInputStream(html), "spans.html"))
        .hasMessage("spans.html: table 1 spreads over more than 100000 cells (table size limit;"
            + " merged cells counted as the cells they cover); refused"));
  }

  // ---- 15. numerals past a long ----

  @Test
  void aNumeralPastALongIsReadExactly() throws Exception {
    // 18446744073709551617 is 2^64 + 1, which a long wraps to 1: the parts (3) then looked larger than it
    String sentence = "2024年，主动公开政府信息一八四四六七四四零七三七零九五五一六一七条，其中规章1条、规范性文件2条。";
    String text = huaian().replace("六、其他需要报告的事项\n", "六、其他需要报告的事项\n" + sentence + "\n");
    assertThat(text).contains(sentence);
    ValidationResult result = ReportValidator.create().validate(Reports.load(text, "n.txt"));
    // the parts (3) are fewer than the total: a warning, not the error "parts above the total (1)"
    assertThat(result.findings(Rule.TEXT_BREAKDOWN)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.expected()).isEqualByComparingTo("18446744073709551617");
      assertThat(f.actual()).isEqualByComparingTo("3");
    });
  }

  static byte[] withDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
