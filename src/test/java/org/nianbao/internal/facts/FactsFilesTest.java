package org.nianbao.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ReportBatch;
import org.nianbao.ReportDocument;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;

/** The facts files appear whole or not at all: an interrupted batch leaves its rows in files named partial. */
class FactsFilesTest {
  @TempDir
  Path dir;

  @Test
  void anInterruptedRunLeavesTheTargetsAsTheyWereAndTheFinishedReportsInThePartialFiles() throws Exception {
    Path target = dir.resolve("facts.csv");
    Files.writeString(target, "yesterday's\r\n");
    ReportDocument document = Reports.load(Path.of("examples/xingjing-2020.txt"));
    ReportBatch.Outcome outcome = new ReportBatch.Outcome("x.txt", ReportValidator.create().validate(document), null, null);
    FactsFiles files = FactsFiles.create("--facts", target, Locale.CHINESE, null);
    files.write(outcome, document);
    assertThat(files.abandon()).isTrue();
    assertThat(Files.readString(target)).isEqualTo("yesterday's\r\n");
    assertThat(dir.resolve("facts.findings.csv")).doesNotExist();
    try (Stream<Path> left = Files.list(dir)) {
      // the findings file had no report with findings: nothing finished, nothing kept
      assertThat(left.map(p -> p.getFileName().toString()).sorted())
          .hasSize(2).contains("facts.csv").anySatisfy(name -> assertThat(name).startsWith("facts.csv.").endsWith(".partial"));
    }
    Path partial = files.cells().partial();
    String text = Files.readString(partial);
    // line 109 of the text holds table 四's fifteen zeros, its last row
    // header, then the 198 cells of a report of the 2019 edition, each ended by CRLF
    assertThat(text.split("\r\n", -1)).hasSize(1 + 198 + 1);
    assertThat(text).startsWith("\uFEFFbody,").endsWith(",number,109,\r\n");
  }

  @Test
  void aCommittedRunReplacesTheTargets() throws Exception {
    Path target = dir.resolve("facts");
    FactsFiles files = FactsFiles.create("--facts", target, Locale.CHINESE, null);
    files.commit();
    assertThat(files.abandon()).isFalse();
    assertThat(Files.readString(target)).startsWith("\uFEFFbody,body_normalised,level,");
    assertThat(Files.readString(dir.resolve("facts.findings.csv"))).startsWith("\uFEFFbody,body_normalised,year,");
  }

  @Test
  void onlyTextLooksLikeAFormula() {
    assertThat(Csv.row(java.util.List.of(Csv.Field.text("-1"), Csv.Field.number("-1"), Csv.Field.text("@x"),
        Csv.Field.text("+1"), Csv.Field.text("\tx"), Csv.Field.text("a=b")), true)).isEqualTo("'-1,-1,'@x,'+1,'\tx,a=b\r\n");
    assertThat(Csv.row(java.util.List.of(Csv.Field.text("=a,b")), true)).isEqualTo("\"'=a,b\"\r\n");
    assertThat(Csv.row(java.util.List.of(Csv.Field.text("=a")), false)).isEqualTo("=a\r\n");
  }
}
