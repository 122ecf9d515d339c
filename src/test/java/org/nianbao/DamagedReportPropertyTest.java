package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.DamagedReports;
import org.nianbao.testing.DamagedReports.Damaged;
import org.nianbao.testing.DamagedReports.Kind;
import org.nianbao.testing.TestReports;

/**
 * Over consistent reports of both editions with one kind of damage (SPEC "Cell values",
 * "Findings", "Rule catalog"): what the checker reports is exactly what the damage calls for, and
 * the damaged cells keep what was written in them. The undamaged report has no findings
 * ({@link ConsistentReportPropertyTest}), so every finding here is the damage's.
 */
class DamagedReportPropertyTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final int EXAMPLES = 150;

  private static Cell cell(Report report, String pointer) {
    Layout layout = Layout.of(report.edition());
    return layout.cells(report)[layout.slot(pointer).index()];
  }

  private static BigDecimal original(Damaged d, String pointer) {
    return cell(d.consistent(), pointer).numberOrNull();
  }

  private static boolean inASum(String pointer) {
    return !pointer.startsWith("/activeDisclosure/"); // table 二 has bounds, no sums
  }

  private static void forEach(Kind kind, java.util.function.Consumer<Damaged> property) {
    for (Edition edition : Edition.values()) {
      qt().withExamples(EXAMPLES).forAll(DamagedReports.of(edition, kind)).checkAssert(property);
    }
  }

  @Test
  void aBlankCellIsOneBlankFindingWithTheValueTheSumsImply() {
    forEach(Kind.BLANK_CELL, d -> {
      String pointer = d.pointers().get(0);
      assertThat(cell(d.report(), pointer)).isEqualTo(Cell.BLANK);
      List<Finding> findings = VALIDATOR.validate(d.report()).findings();
      // no sum is reported: the blank is unknown, not 0, and its original value satisfies every sum
      assertThat(findings).as("%s", d).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo(Rule.CELL_BLANK);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cells()).extracting(Finding.CellReference::pointer, Finding.CellReference::value)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(pointer, Cell.BLANK));
        if (inASum(pointer)) {
          // every cell of tables 三 and 四 is a term of a sum whose other terms are known: one value fits
          BigDecimal before = original(d, pointer);
          assertThat(f.expected()).isEqualByComparingTo(before);
          assertThat(f.fix().pointer()).isEqualTo(pointer);
          assertThat(f.fix().from()).isEqualTo(Cell.BLANK);
          assertThat(f.fix().to()).isEqualByComparingTo(before);
          assertThat(f.message()).contains("应为 " + before.toPlainString());
        } else {
          assertThat(f.expected()).isNull();
          assertThat(f.fix()).isNull();
        }
      });
    });
  }

  @Test
  void aBlankRowOrColumnOfTableThreeIsOneFindingListingItsCells() {
    for (Kind kind : List.of(Kind.BLANK_ROW, Kind.BLANK_COLUMN)) {
      forEach(kind, d -> {
        List<Finding> findings = VALIDATOR.validate(d.report()).findings();
        assertThat(findings).as("%s", d).singleElement().satisfies(f -> {
          assertThat(f.rule()).isEqualTo(Rule.CELL_BLANK);
          assertThat(f.pointers()).isEqualTo(d.pointers());
          assertThat(f.cells()).extracting(Finding.CellReference::value).containsOnly(Cell.BLANK);
          assertThat(f.message()).contains("共 " + d.pointers().size() + " 个单元格")
              // each cell is implied by the sum down its column or along its row
              .contains("应为");
          assertThat(f.fix()).isNull();
        });
      });
    }
  }

  @Test
  void zerosMarkedNotApplicableGiveNoFinding() {
    forEach(Kind.NOT_APPLICABLE_ZEROS, d -> {
      assertThat(d.pointers()).allSatisfy(p -> assertThat(cell(d.report(), p)).isEqualTo(Cell.NOT_APPLICABLE));
      assertThat(VALIDATOR.validate(d.report()).findings()).as("%s", d).isEmpty();
    });
  }

  @Test
  void aCountMarkedNotApplicableCountsAsZeroInItsSum() {
    forEach(Kind.NOT_APPLICABLE_COUNT, d -> {
      List<Finding> findings = VALIDATOR.validate(d.report()).findings();
      assertThat(findings).as("%s", d).noneMatch(f -> f.rule() == Rule.CELL_INVALID || f.rule() == Rule.CELL_BLANK);
      if (d.kind() != Kind.NOT_APPLICABLE_COUNT) {
        assertThat(findings).isEmpty(); // every count of the report was 0: only zeros were marked
        return;
      }
      String pointer = d.pointers().get(0);
      BigDecimal before = original(d, pointer);
      // the sum along its row (table 三) or of its group (table 四): parts are the expected side, the
      // 总计 the actual one. "/" in a part: the parts lose it; "/" in the 总计: the 总计 is 0
      Rule rule = pointer.startsWith("/applications/") ? Rule.T3_ROW_TOTAL : Rule.T4_TOTAL;
      String total = pointer.substring(0, pointer.lastIndexOf('/')) + "/total";
      BigDecimal printedTotal = original(d, total);
      BigDecimal expected = pointer.equals(total) ? printedTotal : printedTotal.subtract(before);
      BigDecimal actual = pointer.equals(total) ? BigDecimal.ZERO : printedTotal;
      assertThat(findings).filteredOn(f -> f.rule() == rule && f.pointers().contains(total)).singleElement()
          .satisfies(f -> {
            assertThat(f.expected()).isEqualByComparingTo(expected);
            assertThat(f.actual()).isEqualByComparingTo(actual);
            assertThat(f.pointers()).contains(pointer);
            // "/" says the item does not apply: it is never the cell a fix changes
            assertThat(f.fix() == null ? null : f.fix().pointer()).isNotEqualTo(pointer);
          });
    });
  }

  @Test
  void wordsOrGarbleInACellAreOneInvalidFindingAtThatCellAndNeverFixed() {
    for (Kind kind : List.of(Kind.TEXT, Kind.UNREADABLE)) {
      forEach(kind, d -> {
        String pointer = d.pointers().get(0);
        assertThat(cell(d.report(), pointer)).isEqualTo(Cell.unreadable(d.text()));
        List<Finding> findings = VALIDATOR.validate(d.report()).findings();
        // the sums through the cell cannot be worked out: cell.invalid says so, and no sum guesses
        assertThat(findings).as("%s", d).singleElement().satisfies(f -> {
          assertThat(f.rule()).isEqualTo(Rule.CELL_INVALID);
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.cells()).extracting(Finding.CellReference::pointer, Finding.CellReference::value)
              .containsExactly(org.assertj.core.groups.Tuple.tuple(pointer, Cell.unreadable(d.text())));
          assertThat(f.message()).contains("“" + d.text() + "”").contains("不是数字");
          assertThat(f.fix()).isNull();
          assertThat(f.candidates()).isEmpty();
        });
      });
    }
  }

  @Test
  void aCellOfWordsIsNeverPartOfTheFixOfAnotherMistake() {
    for (Edition edition : Edition.values()) {
      List<String> pointers = Layout.of(edition).slots().stream().filter(s -> inASum(s.pointer()))
          .map(Layout.Slot::pointer).toList();
      qt().withExamples(EXAMPLES).forAll(DamagedReports.of(edition, Kind.TEXT),
          integers().between(0, pointers.size() - 1), integers().between(1, 40)).checkAssert((d, index, delta) -> {
            String words = d.pointers().get(0);
            String changed = pointers.get(index);
            if (changed.equals(words)) {
              return;
            }
            Report report = TestReports.with(d.report(),
                Map.of(changed, original(d, changed).add(BigDecimal.valueOf(delta))));
            List<Finding> findings = VALIDATOR.validate(report).findings();
            assertThat(findings).filteredOn(f -> f.rule() == Rule.CELL_INVALID).extracting(Finding::pointers)
                .containsExactly(List.of(words));
            assertThat(findings).as("%s, %s %+d", d, changed, delta).allSatisfy(f -> {
              assertThat(f.fix() == null ? null : f.fix().pointer()).isNotEqualTo(words);
              assertThat(f.candidates()).allSatisfy(set -> assertThat(set).extracting(Finding.Fix::pointer)
                  .doesNotContain(words));
            });
          });
    }
  }

  @Test
  void aYearOfTheOtherEditionIsOneEditionWarning() {
    forEach(Kind.YEAR_OF_OTHER_EDITION, d -> {
      String notice = d.report().year() >= 2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号";
      assertThat(VALIDATOR.validate(d.report()).findings()).as("%s", d).singleElement().satisfies(f -> {
        assertThat(f.rule()).isEqualTo(Rule.DOC_EDITION);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.cells()).isEmpty();
        assertThat(f.message()).contains(d.report().year() + " 年").contains(notice);
      });
    });
  }

  @Test
  void theCanonicalJsonOfADamagedReportReadsBackUnchanged() {
    for (Edition edition : Edition.values()) {
      qt().withExamples(EXAMPLES).forAll(DamagedReports.of(edition)).checkAssert(d -> {
        try {
          assertThat(Reports.readJson(Reports.toJson(d.report()), "damaged")).as("%s", d).isEqualTo(d.report());
        } catch (ReportReadException e) {
          throw new AssertionError(d + ": " + e.getMessage(), e);
        }
      });
    }
  }
}
