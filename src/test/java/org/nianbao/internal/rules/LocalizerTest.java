package org.nianbao.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;
import org.nianbao.Report;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;

/**
 * The localizer on the huaian-2024 tables (every sum holds) with cells changed: the one smallest
 * fix, its size, and no fix when none of one or two cells makes every sum hold.
 */
class LocalizerTest {
  private static final Report HUAIAN = TestReports.tables("huaian-2024");
  private static final String DISCLOSED = "/applications/outcomes/disclosed/";
  private static final String PARTLY = "/applications/outcomes/partlyDisclosed/";

  private static BigDecimal printed(String pointer) {
    return TestReports.tree(HUAIAN).at(pointer).decimalValue();
  }

  /** The results for the violated sums of huaian-2024 with each {@code pointer} raised by its amount. */
  private static Collection<Localizer.Result> locate(Map<String, Integer> raised) {
    return locate(raised, Deadline.NONE);
  }

  private static Collection<Localizer.Result> locate(Map<String, Integer> raised, Deadline deadline) {
    Map<String, Object> cells = new LinkedHashMap<>();
    raised.forEach((pointer, by) -> cells.put(pointer, printed(pointer).add(BigDecimal.valueOf(by))));
    Report report = TestReports.with(HUAIAN, cells);
    RuleBook book = RuleBook.of(report.edition());
    Cell[] values = book.layout().cells(report);
    return new Localizer(book.equations(), s -> values[s.index()].numberOrNull(),
        s -> values[s.index()] instanceof Cell.Value).locateAll(deadline).values();
  }

  /** The one fix every violated sum was given, as pointer → value. */
  private static Map<String, BigDecimal> theFix(Collection<Localizer.Result> results, int size) {
    assertThat(results).isNotEmpty().allSatisfy(r -> {
      assertThat(r.unique()).as("%s", r).isTrue();
      assertThat(r.size()).isEqualTo(size);
    });
    Set<Map<Layout.Slot, BigDecimal>> fixes = new HashSet<>();
    results.forEach(r -> fixes.add(r.fixes().get(0)));
    assertThat(fixes).hasSize(1);
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    fixes.iterator().next().forEach((slot, to) -> out.put(slot.pointer(), to));
    return out;
  }

  @Test
  void oneCellChangedIsTheOneFix() {
    String cell = DISCLOSED + "commercialEnterprise";
    assertThat(theFix(locate(Map.of(cell, 5)), 1)).containsExactlyEntriesOf(Map.of(cell, printed(cell)));
  }

  @Test
  void twoCellsInDifferentRowsAndColumnsAreFixedTogether() {
    // four sums break (two rows, two columns) and no one cell is in all four: only the pair mends them.
    // Raised by different amounts, so the crosswise pair (disclosed × 商业企业, partly × 自然人) does not
    Map<String, Integer> raised = new LinkedHashMap<>();
    raised.put(DISCLOSED + "naturalPerson", 5);
    raised.put(PARTLY + "commercialEnterprise", 3);
    assertThat(theFix(locate(raised), 2)).containsOnly(
        Map.entry(DISCLOSED + "naturalPerson", printed(DISCLOSED + "naturalPerson")),
        Map.entry(PARTLY + "commercialEnterprise", printed(PARTLY + "commercialEnterprise")));
  }

  @Test
  void aPartAndItsRowTotalRaisedByDifferentAmounts() {
    // the row, the 自然人 column and the 总计 column break. The 总计 of （七）总计 is in both the 总计
    // column and the row of （七）, but moving it to mend the 总计 column would break that row
    Map<String, Integer> raised = new LinkedHashMap<>();
    raised.put(DISCLOSED + "naturalPerson", 5);
    raised.put(DISCLOSED + "total", 3);
    assertThat(theFix(locate(raised), 2)).containsOnly(
        Map.entry(DISCLOSED + "naturalPerson", printed(DISCLOSED + "naturalPerson")),
        Map.entry(DISCLOSED + "total", printed(DISCLOSED + "total")));
  }

  @Test
  void threeCellsChangedHaveNoSmallFix() {
    Map<String, Integer> raised = new LinkedHashMap<>();
    raised.put("/applications/newRequests/naturalPerson", 7);
    raised.put("/applications/carriedOver/commercialEnterprise", 5);
    raised.put(DISCLOSED + "otherOrganization", 9);
    assertThat(locate(raised)).isNotEmpty().allSatisfy(r -> {
      assertThat(r.none()).isTrue();
      assertThat(r.size()).isZero();
    });
  }

  @Test
  void tablesThreeAndFourAreLocalizedApart() {
    // one change in each table: each table's sums have their own one-cell fixes, never a pair across
    Map<String, Integer> raised = new LinkedHashMap<>();
    raised.put(DISCLOSED + "commercialEnterprise", 5);
    raised.put("/reviewLitigation/review/upheld", 2);
    Collection<Localizer.Result> results = locate(raised);
    // the row and the column of the changed cell in table 三, the group 行政复议 in table 四
    assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r.size()).isEqualTo(1));
    assertThat(results).filteredOn(Localizer.Result::unique).hasSize(2).allSatisfy(r -> assertThat(r.fixes().get(0))
        .containsOnlyKeys(RuleBook.of(HUAIAN.edition()).layout().slot(DISCLOSED + "commercialEnterprise")));
    // one sum of five cells: raising 总计 or lowering 维持 mend it alike, so table 四 has ties
    assertThat(results).filteredOn(r -> !r.unique()).singleElement()
        .satisfies(r -> assertThat(r.fixes().size()).isGreaterThanOrEqualTo(2));
  }

  @Test
  void theSearchForPairsStopsAtTheDeadline() {
    // no one cell mends two rows and two columns, so the search goes on to pairs, past a deadline already spent
    Map<String, Integer> raised = new LinkedHashMap<>();
    raised.put(DISCLOSED + "naturalPerson", 5);
    raised.put(PARTLY + "commercialEnterprise", 3);
    Deadline spent = Deadline.after(java.time.Duration.ZERO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> locate(raised, spent))
        .isInstanceOf(org.nianbao.TimeLimitExceededException.class);
  }
}
