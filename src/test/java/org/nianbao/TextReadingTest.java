package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TestReports;
import org.nianbao.testing.TextRendering;

/** Reports read from text: the examples exactly, every layout, and no input that breaks the reader. */
class TextReadingTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void theTextExamplesReadToExactlyTheCanonicalJson(String name) throws Exception {
    Report fromText = Reports.load(TestReports.EXAMPLES.resolve(name + ".txt")).report();
    assertThat(fromText).isEqualTo(TestReports.example(name));
    assertThat(Reports.toJson(fromText)).isEqualTo(Files.readString(TestReports.EXAMPLES.resolve(name + ".json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void theTextExamplesPass(String name) throws Exception {
    assertThat(VALIDATOR.validate(Reports.load(TestReports.EXAMPLES.resolve(name + ".txt"))).findings()).isEmpty();
  }

  @Test
  void aChangedCellIsFoundAtItsLine() throws Exception {
    ValidationResult result = check("huaian-2024", "行政复议·总计 |", "72 | 64 | 178 | 37 | 351 |", "72 | 64 | 178 | 37 | 350 |");
    // the table's own sum, at the table's line, and the text's 351 that no longer agrees, at its line
    assertThat(result.findings()).extracting(Finding::rule, Finding::actual, f -> f.location().line())
        .containsExactly(tuple(Rule.T4_TOTAL, new java.math.BigDecimal("350"), 70),
            tuple(Rule.TEXT_REVIEW_LITIGATION, new java.math.BigDecimal("351"), 13));
  }

  @Test
  void aBlankedTotalIsImpliedAndPointsAtItsLine() throws Exception {
    ValidationResult result = check("huaian-2024", null, "| 4 | 3119", "| 4 | ");
    assertThat(result.findings()).extracting(Finding::rule, Finding::pointers, Finding::expected, f -> f.location().line())
        .containsExactly(tuple(Rule.CELL_BLANK, List.of("/applications/newRequests/total"),
            new java.math.BigDecimal("3119"), 41));
    assertThat(result.findings().get(0).location().text()).startsWith("一、本年新收政府信息公开申请数量 | 3001");
  }

  @Test
  void runTogetherDigitsThatSplitOneWayAreSplit() throws Exception {
    // 3001 53 0 0 61 4 3119 with the separators lost: only one cut makes the row's total
    Report report = load("huaian-2024", null, "| 3001 | 53 | 0 | 0 | 61 | 4 | 3119", " 300153006143119").report();
    assertThat(report).isEqualTo(TestReports.example("huaian-2024"));
  }

  @Test
  void runTogetherDigitsThatSplitSeveralWaysAreBlankWithAFindingQuotingThem() throws Exception {
    // 3 0 5 4 7 41 60 and 3 0 5 47 4 1 60 both add up
    String text = example("xingjing-2020").replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t",
        "一、本年新收政府信息公开申请数量 305474160");
    ValidationResult result = VALIDATOR.validate(Reports.load(text, "x.txt"));
    // a reading problem, not an error of the report: the cells stay blank and one warning says why
    assertThat(result.findings()).extracting(Finding::rule, Finding::severity, f -> f.location().line())
        .contains(tuple(Rule.CELL_BLANK, Severity.WARNING, 79));
    assertThat(result.findings(Rule.CELL_INVALID)).isEmpty();
    Finding blank = result.findings(Rule.CELL_BLANK).get(0);
    assertThat(blank.message()).contains("“305474160”").contains("不止一种拆法");
    assertThat(blank.pointers()).hasSize(7).allMatch(p -> p.startsWith("/applications/newRequests/"));
    assertThat(result.report().applications().newRequests().total()).isEqualTo(Cell.BLANK);
  }

  @Test
  void digitsGluedToTheLabelAreSplitToo() throws Exception {
    Report report = load("huaian-2024", null, "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119",
        "一、本年新收政府信息公开申请数量300153006143119").report();
    assertThat(report).isEqualTo(TestReports.example("huaian-2024"));
  }

  @Test
  void markdownTableRowsAreRead() throws Exception {
    Report report = load("huaian-2024", null, "规章 | 1 | 0 | 11", "| 规章 | 1 | 0 | 11 |").report();
    assertThat(report).isEqualTo(TestReports.example("huaian-2024"));
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsNamed() throws Exception {
    ValidationResult result = check("huaian-2024", null, "行政强制 | 88283", "行政强制 | 88283 | 12");
    // two values for one cell: which is which cannot be told, so the cell is left blank and named
    assertThat(result.findings()).extracting(Finding::rule, Finding::pointers, f -> f.location().line())
        .containsExactly(tuple(Rule.CELL_BLANK, List.of("/activeDisclosure/enforcement/coercion/decisions"), 33));
    assertThat(result.findings().get(0).message()).contains("88283 12");
  }

  @Test
  void fullWidthDigitsThousandsSeparatorsAndDashesAreRead() throws Exception {
    Report report = load("huaian-2024", null, "| 3001 | 53 | 0 | 0 | 61 | 4 | 3119", "| ３,００１ | ５３ | — | － | 61 | 4 | 3，119").report();
    assertThat(report.applications().newRequests()).isEqualTo(new ApplicantRow(Cell.of(3001), Cell.of(53),
        Cell.NOT_APPLICABLE, Cell.NOT_APPLICABLE, Cell.of(61), Cell.of(4), Cell.of(3119)));
  }

  @Test
  void everyLayoutOfARandomReportReadsBack() {
    for (Edition edition : Edition.values()) {
      for (TextRendering.Style style : TextRendering.Style.values()) {
        qt().withExamples(60).forAll(ConsistentReports.of(edition)).checkAssert(report -> {
          String text = TextRendering.render(report, style);
          Report read;
          try {
            read = Reports.load(text, style.name()).report();
          } catch (ReportReadException e) {
            throw new AssertionError(style + ": " + e.getMessage() + "\n" + text, e);
          }
          assertThat(new Report(read.unit(), read.year(), read.edition(), read.activeDisclosure(), read.applications(),
              read.reviewLitigation(), Narrative.EMPTY)).as("%s\n%s", style, text).isEqualTo(report);
        });
      }
    }
  }

  @Test
  void theReaderNeverThrowsOnArbitraryText() {
    qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 400))
        .checkAssert(TextReadingTest::readsOrRefuses);
  }

  @Test
  void theReaderNeverThrowsOnMutatedExamples() {
    String[] examples = {example("xingjing-2020"), example("huaian-2024")};
    qt().withExamples(400).forAll(integers().between(0, 1), integers().between(0, 9000), integers().between(0, 400),
        strings().allPossible().ofLengthBetween(0, 20)).checkAssert((which, at, length, insert) -> {
          String text = examples[which];
          int start = Math.min(at, text.length());
          int end = Math.min(text.length(), start + length);
          readsOrRefuses(text.substring(0, start) + insert + text.substring(end));
        });
  }

  private static void readsOrRefuses(String text) {
    try {
      ReportDocument document = Reports.load(text, "fuzz.txt");
      VALIDATOR.validate(document);
    } catch (ReportReadException e) {
      assertThat(e.getMessage()).startsWith("fuzz.txt: ").doesNotContain("\n");
    }
  }

  @Test
  void textWithoutTablesIsReadAndSaysSo() throws Exception {
    // the six sections are there, their tables are not (published as pictures)
    ValidationResult result = VALIDATOR.validate(Reports.load("某某局2024年政府信息公开工作年度报告\n一、总体情况\n无。\n"
        + "二、主动公开政府信息情况\n见下图。\n三、收到和处理政府信息公开申请情况\n见下图。\n"
        + "四、政府信息公开行政复议、行政诉讼情况\n见下图。\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n本年度未收取信息处理费。\n",
        "t.txt"));
    assertThat(result.findings()).extracting(f -> f.rule().id()).containsExactly("doc.tables_missing");
    assertThat(result.report().unit()).isEqualTo("某某局");
  }

  @Test
  void aRowOfTheOtherEditionsTableIsNamedNotRead() throws Exception {
    // 其他对外管理服务事项 is a row of the 2019 table 二 only: in a 2021 report it is said, not read
    String text = example("huaian-2024").replace("行政许可 | 447228\n", "行政许可 | 447228\n其他对外管理服务事项 | 1 | 0 | 1\n");
    ValidationResult result = VALIDATOR.validate(Reports.load(text, "x.txt"));
    assertThat(result.findings()).extracting(f -> f.rule().id(), f -> f.location().line())
        .containsExactly(tuple("doc.edition", 30));
    assertThat(result.findings().get(0).message()).contains("其他对外管理服务事项");
    Report expected = TestReports.example("huaian-2024");
    assertThat(result.report().activeDisclosure()).isEqualTo(expected.activeDisclosure());
    assertThat(result.report().applications()).isEqualTo(expected.applications());
  }

  @Test
  void textWithNoSignOfAReportIsAClearError() {
    assertThatThrownBy(() -> Reports.load("这是一段与年度报告无关的文字。\n", "t.txt"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("t.txt: holds no sign of a report");
  }

  @Test
  void emptyAndBinaryFilesAreClearErrors(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("e.txt"), new byte[0]);
    assertThatThrownBy(() -> Reports.load(empty)).hasMessage(empty + ": is empty");
    Path binary = Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
    assertThatThrownBy(() -> Reports.load(binary))
        .hasMessage(binary + ": is a binary file, not a report (expected JSON or text)");
  }

  @Test
  void gbkTextIsReadCorrectly(@TempDir Path dir) throws Exception {
    Path gbk = Files.write(dir.resolve("g.txt"), example("huaian-2024").getBytes(Charset.forName("GBK")));
    assertThat(Reports.load(gbk).report()).isEqualTo(TestReports.example("huaian-2024"));
  }

  private static ValidationResult check(String name, String near, String from, String to) throws ReportReadException {
    return VALIDATOR.validate(load(name, near, from, to));
  }

  private static ReportDocument load(String name, String near, String from, String to) throws ReportReadException {
    String text = example(name);
    assertThat(text).contains(from);
    return Reports.load(text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
        name + ".txt");
  }

  static String example(String name) {
    try {
      return Files.readString(TestReports.EXAMPLES.resolve(name + ".txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
