package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.HtmlRendering;
import org.nianbao.testing.LayoutRendering;
import org.nianbao.testing.LayoutRendering.TextLayout;
import org.nianbao.testing.NoticeTemplate;
import org.nianbao.testing.PdfRendering;
import org.nianbao.testing.ReadChecks;
import org.nianbao.testing.TestReports;

/**
 * Guards the reader against the layouts reports are really published and copied in: every
 * canonical example and some generated consistent reports with blank and "/" cells, rendered as
 * tab, "|", markdown and space rows, one cell per line, wrapped labels, the whole report on one
 * line, and as .html, .docx and .pdf, must read back to the canonical cells. Where a layout
 * loses information (blanks between spaces, digits run together) a cell may be left blank, with
 * a finding naming it, but never read as another value.
 */
class LayoutMatrixTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @TempDir
  static Path dir;

  /** The forms a report reaches the reader in: the text layouts, and three document formats. */
  enum Form {
    TAB(TextLayout.TAB), PIPE(TextLayout.PIPE), MARKDOWN(TextLayout.MARKDOWN), SPACES(TextLayout.SPACES),
    CELL_PER_LINE(TextLayout.CELL_PER_LINE), CELL_PER_LINE_PIPE(TextLayout.CELL_PER_LINE_PIPE),
    LABEL_WRAPPED_BEFORE_NUMBERS(TextLayout.LABEL_WRAPPED_BEFORE_NUMBERS),
    LABEL_WRAPPED_AFTER_NUMBERS(TextLayout.LABEL_WRAPPED_AFTER_NUMBERS),
    ROWS_RUN_TOGETHER(TextLayout.ROWS_RUN_TOGETHER), ONE_LINE(TextLayout.ONE_LINE),
    HTML(null), DOCX(null), PDF(null);

    final TextLayout layout;

    Form(TextLayout layout) {
      this.layout = layout;
    }

    boolean keepsEveryCell(Report report) {
      if (layout != null) {
        return layout.keepsEveryCell(report);
      }
      // the PDF renderer spaces cells apart: a blank cell leaves no trace
      return this != PDF || !LayoutRendering.hasBlank(report);
    }
  }

  /** The canonical examples' tables and generated reports of both editions, with and without marks. */
  static Map<String, Report> reports() {
    Map<String, Report> reports = new LinkedHashMap<>();
    for (String name : List.of("huaian-2024", "xingjing-2020")) {
      reports.put(name, TestReports.tables(name));
    }
    for (Edition edition : Edition.values()) {
      reports.put("generated-" + edition.id() + "-plain", ConsistentReports.generate(edition, new SplittableRandom(7)));
      for (int seed = 1; seed <= 3; seed++) {
        reports.put("generated-" + edition.id() + "-marks-" + seed,
            ConsistentReports.withMarks(edition, new SplittableRandom(seed)));
      }
    }
    return reports;
  }

  /** The text a form puts in front of the reader, for failure messages. */
  static String text(Report report, Form form) {
    TextLayout layout = form.layout != null ? form.layout : TextLayout.PIPE;
    return LayoutRendering.render(report, layout).text();
  }

  static ReportDocument load(Report report, Form form, String name) throws IOException, ReportReadException {
    Report full = LayoutRendering.withNarrative(report);
    byte[] bytes;
    switch (form) {
      case HTML -> bytes = HtmlRendering.render(full, StandardCharsets.UTF_8, false);
      case DOCX -> bytes = DocxRendering.render(full);
      case PDF -> bytes = PdfRendering.render(text(report, form), null, null);
      default -> {
        return Reports.load(text(report, form), name + "." + form.name().toLowerCase() + ".txt");
      }
    }
    Path file = Files.write(dir.resolve(name + "." + form.name().toLowerCase()), bytes);
    return Reports.load(file);
  }

  @TestFactory
  Stream<DynamicTest> everyReportInEveryLayoutReadsBack() {
    List<DynamicTest> tests = new ArrayList<>();
    reports().forEach((name, report) -> {
      for (Form form : Form.values()) {
        tests.add(DynamicTest.dynamicTest(name + " as " + form, () -> check(name, report, form)));
      }
    });
    return tests.stream();
  }

  private static void check(String name, Report report, Form form) throws Exception {
    ReportDocument document;
    try {
      document = load(report, form, name);
    } catch (ReportReadException e) {
      throw new AssertionError(form + " not read: " + e.getMessage() + "\n" + text(report, form), e);
    }
    Report read = document.report();
    List<Finding> findings = VALIDATOR.validate(document).findings();
    String context = form + " of " + name + "\n" + text(report, form);
    if (form.keepsEveryCell(report)) {
      List<String> expectedFindings = ReadChecks.keys(VALIDATOR.validate(LayoutRendering.withNarrative(report)).findings());
      assertAll(
          () -> assertThat(ReadChecks.differences(report, read)).as("cells read differently: %s", context).isEmpty(),
          () -> assertThat(ReadChecks.keys(findings)).as("findings (rule, pointers) against those of the canonical "
              + "report: %s", context).isEqualTo(expectedFindings),
          () -> assertThat(read.year()).as("year: %s", context).isEqualTo(report.year()),
          () -> assertThat(read.unit()).as("unit: %s", context).isEqualTo(report.unit()));
      return;
    }
    assertAll(
        () -> assertThat(ReadChecks.unsupported(report, read, findings)).as("cells not supported by the text, "
            + "findings %s: %s", findings, context).isEmpty(),
        () -> assertThat(settled(report, read, form)).as("cells the text settles alone: %s", context).isEmpty(),
        () -> assertThat(read.year()).as("year: %s", context).isEqualTo(report.year()));
  }

  /**
   * In a run-together copy some lines still have one reading: a line of one cell (its digits are
   * that cell) and a line of zeros only, as many as its cells ("00" is no number, so each 0 is a
   * cell). Those must be read exactly.
   */
  private static List<String> settled(Report report, Report read, Form form) {
    if (form.layout == null || form.layout.keepsEveryCell(report) || form == Form.SPACES
        || read.edition() != report.edition()) {
      return List.of();
    }
    Layout layout = Layout.of(report.edition());
    Cell[] want = layout.cells(report);
    Cell[] got = layout.cells(read);
    List<String> out = new ArrayList<>();
    for (List<String> line : LayoutRendering.render(report, form.layout).printedLines()) {
      List<Integer> slots = line.stream().map(p -> layout.slot(p).index()).toList();
      boolean single = slots.size() == 1 && !want[slots.get(0)].isBlank();
      boolean zeros = slots.stream().allMatch(i -> LayoutRendering.printed(want[i]).equals("0"));
      if (single || zeros) {
        for (int i : slots) {
          if (!want[i].equals(got[i])) {
            out.add(layout.slots().get(i).pointer() + ": expected " + ReadChecks.show(want[i]) + ", read "
                + ReadChecks.show(got[i]));
          }
        }
      }
    }
    return out;
  }

  @Test
  void theTemplateHoldsEveryCellOnceInCanonicalOrder() {
    // the renderers are only as good as the template: every cell printed once, in the model's order
    for (Edition edition : Edition.values()) {
      List<String> printed = NoticeTemplate.tables(edition).stream().flatMap(t -> t.lines().stream())
          .flatMap(l -> l.cells().stream()).toList();
      assertThat(printed).isEqualTo(Layout.of(edition).slots().stream().map(Layout.Slot::pointer).toList());
    }
  }

  @Test
  void theRenderersTypeTheirOwnLabels() throws IOException {
    // a renderer that took the reader's wording would read back whatever the reader expects
    try (Stream<Path> files = Files.list(Path.of("src/test/java/org/nianbao/testing"))) {
      for (Path file : files.toList()) {
        assertThat(Files.readString(file)).as("%s", file)
            .doesNotContain("internal.layout.Labels").doesNotContain("internal.Messages")
            .doesNotContain("internal.text").doesNotContain("ResourceBundle").doesNotContain("messages.properties");
      }
    }
  }

  @Test
  void theRenderingsPutEachCellWhereItsDigitsAre() {
    Report report = TestReports.tables("huaian-2024");
    for (TextLayout layout : TextLayout.values()) {
      LayoutRendering.Rendered r = LayoutRendering.render(report, layout);
      LayoutRendering.Span total = r.cells().get("/applications/newRequests/total");
      assertThat(r.text().substring(total.start(), total.end())).as("%s", layout).isEqualTo("3119");
      LayoutRendering.Span fees = r.cells().get("/activeDisclosure/fees/administrativeFees/amount");
      assertThat(r.text().substring(fees.start(), fees.end())).as("%s", layout).isEqualTo("96171.6");
    }
    String oneLine = LayoutRendering.render(report, TextLayout.ONE_LINE).text();
    assertThat(oneLine).doesNotContain("\n")
        .contains("规章1011行政规范性文件82666第二十条第（五）项")
        .contains("一、本年新收政府信息公开申请数量300153006143119二、")
        .contains("72641783735113481261211620五、存在的主要问题及改进情况");
    assertThat(LayoutRendering.render(report, TextLayout.CELL_PER_LINE_PIPE).text())
        .contains("\n规章 |\n1 |\n0 |\n11 |\n");
    assertThat(LayoutRendering.render(report, TextLayout.LABEL_WRAPPED_BEFORE_NUMBERS).text())
        .contains("\n一、本年新收政府\n信息公开申请数量\t3001\t53\t");
    assertThat(LayoutRendering.render(report, TextLayout.LABEL_WRAPPED_AFTER_NUMBERS).text())
        .contains("\n一、本年新收政府\t3001\t53\t0\t0\t61\t4\t3119\n信息公开申请数量\n");
  }
}
