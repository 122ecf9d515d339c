package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/**
 * The README's examples of building a report and of applying fixes: the README holds them word
 * for word, and the copies below compile and do what the comments say.
 */
class ReadmeBuilderSnippetTest {
  private static final String BUILDER = """
      Long pending = null;                                          // a NULL read from the database
      Report report = Report.builder(Edition.E2021).unit("淮安市人民政府").year(2024)
          .cell("/reviewLitigation/review/upheld", 72)
          .cell("/reviewLitigation/review", "corrected", Cell.of(64))  // by row and column
          .cell("/reviewLitigation/review/pending", Cell.ofNullable(pending))  // blank, never 0
          .build();                                                 // every cell not set is blank
      """;

  private static final String FIXES = """
      for (Finding f : validator.validate(report).findings()) {
        if (f.fix() != null) {
          report = report.with(f.fix());          // a new Report with the cell set to what it should be
        }
      }
      """;

  @Test
  void theReadmeHasTheExamples() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme).contains("```java\n" + BUILDER + "```").contains("```java\n" + FIXES + "```");
  }

  @Test
  void theBuilderExampleRuns() {
    // --- an exact copy of BUILDER ---
    Long pending = null;                                          // a NULL read from the database
    Report report = Report.builder(Edition.E2021).unit("淮安市人民政府").year(2024)
        .cell("/reviewLitigation/review/upheld", 72)
        .cell("/reviewLitigation/review", "corrected", Cell.of(64))  // by row and column
        .cell("/reviewLitigation/review/pending", Cell.ofNullable(pending))  // blank, never 0
        .build();                                                 // every cell not set is blank
    // --- end of the copy ---
    assertThat(report.reviewLitigation().review())
        .isEqualTo(new ReviewLitigation.CaseGroup(Cell.of(72), Cell.of(64), Cell.BLANK, Cell.BLANK, Cell.BLANK));
    assertThat(report.unit()).isEqualTo("淮安市人民政府");
    assertThat(report.year()).isEqualTo(2024);
  }

  @Test
  void theFixExampleRuns() {
    ReportValidator validator = ReportValidator.create();
    // huaian-2024 with 3120 for the 3119 new requests: t3.row_total and t3.balance share one fix
    Report report = TestReports.with(TestReports.tables("huaian-2024"), Map.of("/applications/newRequests/total", 3120));
    assertThat(validator.validate(report).findings()).hasSize(2);
    // --- an exact copy of FIXES ---
    for (Finding f : validator.validate(report).findings()) {
      if (f.fix() != null) {
        report = report.with(f.fix());          // a new Report with the cell set to what it should be
      }
    }
    // --- end of the copy ---
    assertThat(report).isEqualTo(TestReports.tables("huaian-2024"));
    assertThat(validator.validate(report).findings()).isEmpty();
  }
}
