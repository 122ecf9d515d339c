package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.LayoutRendering;
import org.nianbao.testing.LayoutRendering.Rendered;
import org.nianbao.testing.LayoutRendering.Span;
import org.nianbao.testing.LayoutRendering.TextLayout;
import org.nianbao.testing.ReadChecks;
import org.nianbao.testing.TestReports;

/**
 * Guards the reading of a text cut off inside its tables (a partial page): exactly one
 * {@code doc.truncated}, nothing reported about the rows and sections after the cut, nothing
 * invented there, and every value before the cut still read right. The renderer records where
 * each cell and line is printed, so "before" and "after" the cut are known exactly.
 */
class TruncationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static final List<TextLayout> LAYOUTS = List.of(TextLayout.TAB, TextLayout.PIPE, TextLayout.MARKDOWN,
      TextLayout.CELL_PER_LINE, TextLayout.ONE_LINE);

  private static final List<Report> REPORTS = reports();

  private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

  private static List<Report> reports() {
    List<Report> reports = new ArrayList<>();
    reports.add(TestReports.tables("huaian-2024"));
    reports.add(TestReports.tables("xingjing-2020"));
    for (Edition edition : Edition.values()) {
      reports.add(ConsistentReports.generate(edition, new SplittableRandom(11)));
      reports.add(ConsistentReports.withMarks(edition, new SplittableRandom(12)));
    }
    return reports;
  }

  @Test
  void aTextCutInsideItsTablesIsOneTruncationAndNothingAfterIt() {
    qt().withExamples(200)
        .forAll(integers().between(0, REPORTS.size() - 1), integers().between(0, LAYOUTS.size() - 1),
            integers().between(0, 1_000_000))
        .checkAssert((which, layoutIndex, where) -> {
          Report report = REPORTS.get(which);
          TextLayout layout = LAYOUTS.get(layoutIndex);
          Rendered rendered = RENDERED.computeIfAbsent(which + "/" + layout,
              k -> LayoutRendering.render(report, layout));
          int from = rendered.tables().get(0).start() + 1;
          int to = lastCellEnd(rendered, report) - 1;
          checkCut(report, layout, rendered, from + where % (to - from + 1));
        });
  }

  @ParameterizedTest
  @EnumSource(value = TextLayout.class, names = {"TAB", "PIPE", "CELL_PER_LINE", "ONE_LINE"})
  void aTextCutThroughTheFirstNumberOfTableThree(TextLayout layout) {
    // huaian's 3001 cut to "30": 30 is not in the report, and nothing below it is either
    Report report = TestReports.tables("huaian-2024");
    Rendered rendered = LayoutRendering.render(report, layout);
    Span first = rendered.cells().get("/applications/newRequests/naturalPerson");
    assertThat(rendered.text().substring(first.start(), first.end())).isEqualTo("3001");
    checkCut(report, layout, rendered, first.start() + 2);
  }

  @ParameterizedTest
  @EnumSource(value = TextLayout.class, names = {"TAB", "PIPE", "CELL_PER_LINE", "ONE_LINE"})
  void aTextCutAfterTableTwo(TextLayout layout) {
    // the page stops where table 三 would begin: table 二 whole, sections 三 to 六 not reported missing
    Report report = TestReports.tables("huaian-2024");
    Rendered rendered = LayoutRendering.render(report, layout);
    checkCut(report, layout, rendered, rendered.tables().get(0).end());
  }

  /** Where the last cell of table 四 ends: a cut there leaves every cell whole, so the cuts stop before it. */
  private static int lastCellEnd(Rendered rendered, Report report) {
    return Layout.of(report.edition()).slots().stream().mapToInt(s -> rendered.cells().get(s.pointer()).end())
        .max().orElseThrow();
  }

  static void checkCut(Report report, TextLayout layout, Rendered rendered, int cut) {
    String text = rendered.text().substring(0, cut);
    String context = layout + ", cut at " + cut + " after ‹" + text.substring(Math.max(0, cut - 40)) + "›";
    ReportDocument document;
    try {
      document = Reports.load(text, "cut.txt");
    } catch (ReportReadException e) {
      throw new AssertionError("a cut report is refused: " + e.getMessage() + "; " + context, e);
    }
    List<Finding> findings = VALIDATOR.validate(document).findings();
    Report read = document.report();
    assertAll(
        () -> assertThat(findings).as("doc.truncated findings; %s", context)
            .filteredOn(f -> f.rule().id().equals("doc.truncated")).hasSize(1),
        // every section before the cut is there and in order: a doc.sections finding is about one after it
        () -> assertThat(findings).as("doc.sections findings; %s", context)
            .filteredOn(f -> f.rule().id().equals("doc.sections")).isEmpty(),
        () -> assertThat(findings).as("findings only about rows after the cut; %s", context)
            .filteredOn(f -> !f.pointers().isEmpty()
                && f.pointers().stream().allMatch(p -> afterCut(rendered, p, cut)))
            .isEmpty(),
        () -> assertThat(read.edition()).as("edition; %s", context).isEqualTo(report.edition()),
        () -> assertThat(read.edition() == report.edition() ? wrongBeforeOrInventedAfter(report, read, layout,
            rendered, cut) : List.of()).as("cells; %s", context).isEmpty());
  }

  /** A finding's pointer can be any cell, a row or a column: after the cut when every cell under it is. */
  private static boolean afterCut(Rendered rendered, String pointer, int cut) {
    Span line = rendered.lines().get(pointer);
    if (line != null) {
      return line.from(cut);
    }
    List<Span> under = rendered.lines().entrySet().stream().filter(e -> e.getKey().startsWith(pointer + "/"))
        .map(Map.Entry::getValue).toList();
    return !under.isEmpty() && under.stream().allMatch(s -> s.from(cut));
  }

  /**
   * Cells before the cut that are not read as printed (those of a whole line, in a layout that
   * shows every cell, exactly; those of the line cut through, of a run-together line, or ending
   * just where the text ends, so that the reader cannot know they are whole: exactly or blank),
   * and cells cut through or after the cut that are not blank.
   */
  static List<String> wrongBeforeOrInventedAfter(Report report, Report read, TextLayout layout, Rendered rendered,
      int cut) {
    Layout l = Layout.of(report.edition());
    Cell[] want = l.cells(report);
    Cell[] got = l.cells(read);
    List<String> out = new ArrayList<>();
    for (Layout.Slot slot : l.slots()) {
      Cell w = want[slot.index()];
      Cell g = got[slot.index()];
      Span cell = rendered.cells().get(slot.pointer());
      Span line = rendered.lines().get(slot.pointer());
      String says = slot.pointer() + ": printed " + ReadChecks.show(w) + ", read " + ReadChecks.show(g);
      if (cell.end() > cut) {
        if (!g.isBlank()) {
          out.add(says + " (cut through or after the cut: must be blank)");
        }
      } else if (cell.end() < cut && line.end() <= cut && layout.keepsEveryCell(report)) {
        if (!g.equals(w)) {
          out.add(says + " (before the cut)");
        }
      } else if (!g.equals(w) && !g.isBlank()) {
        out.add(says + " (before the cut, may be blank)");
      }
    }
    return out;
  }
}
