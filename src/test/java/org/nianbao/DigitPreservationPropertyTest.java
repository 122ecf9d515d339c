package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.LayoutRendering;
import org.nianbao.testing.LayoutRendering.TextLayout;
import org.nianbao.testing.TestReports;

/**
 * Guards the splitting of run-together digits: whatever split the reader chooses, the cells of a
 * printed line that it fills must give back exactly the digits (and "/" marks) printed there, in
 * order. A reader that drops, adds, repeats or moves a digit, or fills a cell that was printed
 * blank, breaks this.
 */
class DigitPreservationPropertyTest {

  @ParameterizedTest
  @EnumSource(value = TextLayout.class, names = {"ROWS_RUN_TOGETHER", "ONE_LINE"})
  void everyFilledLineGivesBackItsPrintedDigits(TextLayout layout) {
    for (String name : List.of("huaian-2024", "xingjing-2020")) {
      assertThat(changedDigits(TestReports.tables(name), layout)).as("%s as %s", name, layout).isEmpty();
    }
    for (Edition edition : Edition.values()) {
      qt().withExamples(60).forAll(ConsistentReports.withMarks(edition).mix(ConsistentReports.of(edition)))
          .checkAssert(report -> assertThat(changedDigits(report, layout)).as("%s", layout).isEmpty());
    }
  }

  /** Each printed line whose cells were all filled but do not give back its text: "printed ‹…›, read ‹…›". */
  static List<String> changedDigits(Report report, TextLayout layout) {
    LayoutRendering.Rendered rendered = LayoutRendering.render(report, layout);
    Report read;
    try {
      read = Reports.load(rendered.text(), layout.name() + ".txt").report();
    } catch (ReportReadException e) {
      // refusing the text would make the property hold vacuously
      return List.of("not read: " + e.getMessage());
    }
    if (read.edition() != report.edition()) {
      return List.of("edition read as " + read.edition().id());
    }
    Layout l = Layout.of(report.edition());
    Cell[] printed = l.cells(report);
    Cell[] got = l.cells(read);
    List<String> out = new ArrayList<>();
    for (List<String> line : rendered.printedLines()) {
      StringBuilder want = new StringBuilder();
      StringBuilder have = new StringBuilder();
      boolean filled = true;
      for (String pointer : line) {
        int i = l.slot(pointer).index();
        want.append(LayoutRendering.printed(printed[i]));
        have.append(LayoutRendering.printed(got[i]));
        filled &= !got[i].isBlank();
      }
      if (filled && !want.toString().equals(have.toString())) {
        out.add(line.get(0) + "…: printed ‹" + want + "›, read ‹" + have + "›");
      }
    }
    return out;
  }
}
