package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.TestReports;

/** Every limit, and the clear message it gives. */
class LimitsTest {

  @Test
  void jsonNestedTooDeeplyIsRefused() {
    // a table before the edition is kept aside whole until the edition is known: the limit guards that
    String deep = "{\"unit\": \"x\", \"activeDisclosure\": " + "[".repeat(40) + "]".repeat(40) + "}";
    assertThatThrownBy(() -> Reports.readJson(deep, "deep.json"))
        .hasMessage("deep.json: refused: nested more than 32 levels deep (a report has six)");
  }

  @Test
  void aHugeStringIsRefused() {
    String huge = "{\"unit\": \"" + "局".repeat(1_000_001) + "\"}";
    assertThatThrownBy(() -> Reports.readJson(huge, "huge.json"))
        .hasMessageEndingWith("a string longer than 1000000 characters");
  }

  @Test
  void aHugeNumberIsRefusedByTheReader() {
    String number = "{\"unit\": \"x\", \"year\": " + "9".repeat(70) + "}";
    assertThatThrownBy(() -> Reports.readJson(number, "n.json"))
        .hasMessageEndingWith("a number longer than 64 digits");
  }

  @Test
  void aTwentyDigitCellIsACellInvalidFindingNotAnOverflow() {
    Report report = TestReports.with(TestReports.tables("huaian-2024"),
        Map.of("/applications/newRequests/naturalPerson", new java.math.BigDecimal("12345678901234567890")));
    ValidationResult result = ReportValidator.create().validate(report);
    assertThat(result.findings()).extracting(Finding::rule, Finding::pointers)
        .containsExactly(org.assertj.core.api.Assertions.tuple(Rule.CELL_INVALID,
            java.util.List.of("/applications/newRequests/naturalPerson")));
    assertThat(result.findings().get(0).message())
        .contains("「表三 一、本年新收政府信息公开申请数量 × 自然人」为 12345678901234567890，数字过大，不可能是实际数量");
  }

  @Test
  void aTwentyDigitCellInTextIsReadAndReportedToo() throws Exception {
    String text = TextReadingTest.example("huaian-2024").replace("| 3001 | 53 |", "| 12345678901234567890 | 53 |");
    ValidationResult result = ReportValidator.create().validate(Reports.load(text, "t.txt"));
    assertThat(result.findings(Rule.CELL_INVALID)).singleElement()
        .satisfies(f -> assertThat(f.location().line()).isEqualTo(41));
  }

  @Test
  void anOversizedFileIsRefusedUnreadWhateverItsFormat(@TempDir Path dir) throws IOException {
    for (String name : new String[] {"big.txt", "big.docx", "big.pdf"}) {
      Path big = dir.resolve(name);
      try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
        file.setLength(Reports.MAX_INPUT_BYTES + 1);
      }
      assertThatThrownBy(() -> Reports.load(big))
          .hasMessage(big + ": is " + (Reports.MAX_INPUT_BYTES + 1) + " bytes; reports larger than "
              + Reports.MAX_INPUT_BYTES + " bytes (input size) are refused");
    }
  }

  @Test
  void aDocumentThatTakesTooLongIsRefused() {
    byte[] docx = org.nianbao.testing.DocxRendering.render(TestReports.example("huaian-2024"));
    assertThatThrownBy(() -> org.nianbao.internal.document.DocumentReader.read(
        org.nianbao.internal.document.Format.DOCX, docx, "slow.docx", java.time.Duration.ofMillis(1)))
        .isInstanceOf(ReportReadException.class)
        .hasMessage("slow.docx: took longer than 0.001 s (time per report) to read; refused");
  }
}
