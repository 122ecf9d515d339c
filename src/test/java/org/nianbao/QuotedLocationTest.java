package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A finding quotes its place in the input by the start of a long line, not the whole of it. */
class QuotedLocationTest {

  @Test
  void aLongTextIsQuotedByItsStartAndItsLength() {
    Finding.Location place = new Finding.Location(1, null, null, null, null, null, null, "表".repeat(1000));
    assertThat(place.text()).isEqualTo("表".repeat(300) + "…（1000）");
    assertThat(new Finding.Location(1, null, null, null, null, null, null, "表".repeat(300)).text())
        .isEqualTo("表".repeat(300));
    assertThat(new Finding.Location(1, null, null, null, null, null, null, null).text()).isNull();
  }

  @Test
  void aQuotationQuotedAgainStillGivesTheLengthOfTheText() {
    // a place in a Word or web document is made from the place in its text, quoted already
    Finding.Location once = new Finding.Location(1, null, null, null, null, null, null, "表".repeat(1000));
    Finding.Location twice = new Finding.Location(null, null, null, 2, 3, 4, null, once.text());
    assertThat(twice.text()).isEqualTo("表".repeat(300) + "…（1000）");
    // a text that only looks like a quotation of a shorter one is quoted
    String lookalike = "表".repeat(300) + "…（12）";
    assertThat(new Finding.Location(1, null, null, null, null, null, null, lookalike).text())
        .isEqualTo("表".repeat(300) + "…（305）");
  }

  @Test
  void aLongLineOfADocumentIsPlacedWithTheLengthOfTheLine() {
    // line 1 of the text read from a Word document is table 1, row 2, cell 3 of the document
    ReportDocument document = ReportDocument.restored("a.docx", BatchTest.yearOf("测试县第一局", 2024,
        new java.util.SplittableRandom(1)), java.util.Map.of(), java.util.List.of(),
        java.util.List.of(new Finding.Location(1, null, null, 1, 2, 3, null, null)), java.time.Duration.ZERO);
    Finding.Location inText = new Finding.Location(1, null, null, null, null, null, null, "表".repeat(1000));
    assertThat(document.place(inText)).isEqualTo(
        new Finding.Location(1, null, null, 1, 2, 3, null, "表".repeat(300) + "…（1000）"));
  }

  @Test
  void halfASurrogatePairIsNeverQuoted() {
    // 𠀀 (U+20000) is two chars: the 300th char is its first half, so the quote stops before it
    String text = "表".repeat(299) + "𠀀" + "表".repeat(100);
    assertThat(new Finding.Location(1, null, null, null, null, null, null, text).text())
        .isEqualTo("表".repeat(299) + "…（401）");
  }

  @Test
  void aReportRunTogetherOnOneLineIsNotRepeatedInEachFinding() throws Exception {
    // huaian-2024 with 一、本年新收 总计 3120 (its columns add up to 3119), every line joined into one
    String text = Files.readString(Path.of("examples/huaian-2024.txt"))
        .replace("| 3001 | 53 | 0 | 0 | 61 | 4 | 3119", "| 3001 | 53 | 0 | 0 | 61 | 4 | 3120");
    String oneLine = String.join(" ", text.lines().toList());
    ValidationResult result = ReportValidator.create().validate(Reports.load(oneLine, "one-line.txt"));
    String quoted = oneLine.substring(0, 300) + "…（" + oneLine.length() + "）";
    // the row's finding points at the one line, quoted by its start; a finding on the text quotes its sentence
    assertThat(result.findings(Rule.T3_ROW_TOTAL)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.location().line()).isEqualTo(1);
      assertThat(f.location().text()).isEqualTo(quoted);
    });
    assertThat(result.findings(Rule.TEXT_APPLICATIONS)).singleElement().satisfies(f ->
        assertThat(f.location().text()).startsWith("2024 年，全市共受理政府信息公开申请 3119 件"));
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.location().text().length()).isLessThanOrEqualTo(
        quoted.length()));
  }
}
