package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;
import org.quicktheories.core.Gen;

/**
 * A pack restating table 四's sums (t4.total: upheld + corrected + other + pending = total, row by
 * row) in CEL gives the built-in rule's verdict on every generated report where both give one; on
 * a row with a blank cell the pack gives none.
 */
class RulePackAgreementPropertyTest {
  private static final Report HUAIAN = TestReports.tables("huaian-2024");
  private static final List<Layout.Sum> SUMS = Layout.of(Edition.E2021).sums().stream()
      .filter(s -> s.rule() == Rule.T4_TOTAL).toList();
  private static final RulePack PACK = pack();
  private static final ReportValidator BUILT_IN = ReportValidator.create();
  private static final ReportValidator WITH_PACK = ReportValidator.builder().rules(PACK).disable(Rule.T4_TOTAL).build();

  private static RulePack pack() {
    StringBuilder text = new StringBuilder("name: t4-restated\nversion: \"1\"\nrules:\n");
    for (int i = 0; i < SUMS.size(); i++) {
      Layout.Sum sum = SUMS.get(i);
      String parts = sum.parts().stream().map(p -> "\"" + p.pointer() + "\"").collect(Collectors.joining(", "));
      text.append("  - id: x.t4.total_").append(i).append("\n    severity: error\n")
          .append("    expr: 'sum([").append(parts).append("]) == cell(\"").append(sum.total().pointer()).append("\")'\n")
          .append("    cells: [").append(sum.total().pointer()).append("]\n")
          .append("    message: {zh: 不等, en: unequal}\n    basis: b\n");
    }
    try {
      return RulePack.load(text.toString(), "t4.yaml");
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Per cell of table 四: -1 blank, otherwise a count; totals off by a little now and then. */
  private static Gen<List<Integer>> cells(int blankPercent) {
    Gen<Integer> cell = integers().between(0, 99).zip(integers().between(0, 40),
        (roll, n) -> roll < blankPercent ? -1 : n);
    return lists().of(cell).ofSize(SUMS.size() * 5);
  }

  private static Report report(List<Integer> values, List<Integer> offsets) {
    Map<String, Object> cells = new HashMap<>();
    for (int i = 0; i < SUMS.size(); i++) {
      Layout.Sum sum = SUMS.get(i);
      long total = 0;
      boolean blank = false;
      for (int j = 0; j < sum.parts().size(); j++) {
        int v = values.get(i * 5 + j);
        cells.put(sum.parts().get(j).pointer(), v < 0 ? null : v);
        blank |= v < 0;
        total += Math.max(v, 0);
      }
      int t = values.get(i * 5 + 4);
      // a total that is blank, right, or off by the offset (0 for about half the rows); never
      // negative, which is no count (cell.invalid) rather than a wrong sum
      cells.put(sum.total().pointer(), t < 0 ? null : Math.max(0, total + offsets.get(i)));
    }
    return TestReports.with(HUAIAN, cells);
  }

  private static void agree(int blankPercent, int[] counts) {
    Gen<List<Integer>> offsets = lists().of(integers().between(-3, 3).map(d -> Math.abs(d) <= 1 ? 0 : d))
        .ofSize(SUMS.size());
    qt().withExamples(150).forAll(cells(blankPercent), offsets).checkAssert((values, off) -> {
      Report report = report(values, off);
      List<Finding> builtIn = BUILT_IN.validate(report).findings();
      List<Finding> restated = WITH_PACK.validate(report).findings();
      for (int i = 0; i < SUMS.size(); i++) {
        Layout.Sum sum = SUMS.get(i);
        String total = sum.total().pointer();
        boolean hasBlank = sum.parts().stream().anyMatch(p -> report.cell(p.pointer()) instanceof Cell.Blank)
            || report.cell(total) instanceof Cell.Blank;
        boolean builtInFails = builtIn.stream().anyMatch(f -> f.rule() == Rule.T4_TOTAL
            && f.cells().stream().anyMatch(c -> c.pointer().equals(total)));
        String id = "x.t4.total_" + i;
        boolean packFails = restated.stream().anyMatch(f -> f.rule().id().equals(id));
        if (hasBlank) {
          counts[2]++;
          // no verdict: a blank is not 0, and the pack does not guess it
          assertThat(packFails).as("row %s with a blank", total).isFalse();
        } else {
          counts[0]++;
          counts[1] += builtInFails == packFails ? 1 : 0;
          counts[3] += packFails ? 1 : 0;
        }
      }
    });
  }

  @Test
  void withoutBlanksThePackAndTheBuiltInRuleAgreeOnEveryRow() {
    int[] counts = new int[4];
    agree(0, counts);
    assertThat(counts[0]).isEqualTo(150 * SUMS.size());
    assertThat(counts[1]).as("rows agreeing").isEqualTo(counts[0]);
    // the generator makes both verdicts: each is at least a fifth of the rows
    assertThat(counts[3]).isBetween(counts[0] / 5, counts[0] * 4 / 5);
  }

  @Test
  void withBlanksTheyAgreeWhereBothGiveAVerdict() {
    int[] counts = new int[4];
    agree(15, counts);
    assertThat(counts[1]).as("rows agreeing").isEqualTo(counts[0]);
    // both kinds of row occur
    assertThat(counts[0]).isGreaterThan(150);
    assertThat(counts[2]).isGreaterThan(150);
  }
}
