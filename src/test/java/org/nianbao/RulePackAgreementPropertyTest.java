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
import org.nianbao.testing.TestReports;
import org.quicktheories.core.Gen;

/**
 * A pack restating built-in sums in CEL gives the built-in rule's verdict on every generated report
 * where both give one; on a sum with a blank cell the pack gives none. Two of the template's sums:
 * table 四's groups (t4.total: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计) and table 三's rows
 * (t3.row_total: the six applicant columns add up to 总计). The pointers are typed here from the
 * template, not taken from the model.
 */
class RulePackAgreementPropertyTest {
  private static final Report HUAIAN = TestReports.tables("huaian-2024");

  /** A sum: the pointers of its parts and of its total. */
  private record Sum(List<String> parts, String total) {}

  private static final List<Sum> T4 = new ArrayList<>();
  private static final List<Sum> T3 = new ArrayList<>();

  static {
    for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
      String row = "/reviewLitigation/" + group + "/";
      T4.add(new Sum(List.of(row + "upheld", row + "corrected", row + "other", row + "pending"), row + "total"));
    }
    // edition 2021's rows of table 三 (SPEC: Table 三), 一 to 四
    List<String> rows = List.of("newRequests", "carriedOver", "outcomes/disclosed", "outcomes/partlyDisclosed",
        "outcomes/withheld/stateSecret", "outcomes/withheld/prohibitedByLaw",
        "outcomes/withheld/threeSecurityOneStability", "outcomes/withheld/thirdPartyRights",
        "outcomes/withheld/internalAffairs", "outcomes/withheld/processInformation",
        "outcomes/withheld/enforcementFiles", "outcomes/withheld/administrativeQuery",
        "outcomes/unavailable/notHeld", "outcomes/unavailable/needsCreation", "outcomes/unavailable/stillUnclear",
        "outcomes/notProcessed/complaint", "outcomes/notProcessed/repeated", "outcomes/notProcessed/publication",
        "outcomes/notProcessed/excessive", "outcomes/notProcessed/reconfirmation",
        "outcomes/otherHandling/noCorrection", "outcomes/otherHandling/feeUnpaid", "outcomes/otherHandling/other",
        "outcomes/total", "carriedForward");
    for (String r : rows) {
      String row = "/applications/" + r + "/";
      T3.add(new Sum(List.of(row + "naturalPerson", row + "commercialEnterprise", row + "researchInstitution",
          row + "publicInterestOrganization", row + "legalServiceOrganization", row + "otherOrganization"),
          row + "total"));
    }
  }

  private static RulePack pack(String name, List<Sum> sums) {
    StringBuilder text = new StringBuilder("name: " + name + "\nversion: \"1\"\nrules:\n");
    for (int i = 0; i < sums.size(); i++) {
      Sum sum = sums.get(i);
      String parts = sum.parts().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
      text.append("  - id: x.").append(name).append('_').append(i).append("\n    severity: error\n    editions: [\"2021\"]\n")
          .append("    expr: 'sum([").append(parts).append("]) == cell(\"").append(sum.total()).append("\")'\n")
          .append("    cells: [").append(sum.total()).append("]\n")
          .append("    message: {zh: 不等, en: unequal}\n    basis: b\n");
    }
    try {
      return RulePack.load(text.toString(), name + ".yaml");
    } catch (RulePackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static final ReportValidator BUILT_IN = ReportValidator.create();

  /** Per cell of each sum, parts then total: -1 blank, otherwise a count. */
  private static Gen<List<Integer>> cells(List<Sum> sums, int blankPercent) {
    int width = sums.get(0).parts().size() + 1;
    Gen<Integer> cell = integers().between(0, 99).zip(integers().between(0, 40),
        (roll, n) -> roll < blankPercent ? -1 : n);
    return lists().of(cell).ofSize(sums.size() * width);
  }

  private static Report report(List<Sum> sums, List<Integer> values, List<Integer> offsets) {
    int width = sums.get(0).parts().size() + 1;
    Map<String, Object> cells = new HashMap<>();
    for (int i = 0; i < sums.size(); i++) {
      Sum sum = sums.get(i);
      long total = 0;
      for (int j = 0; j < sum.parts().size(); j++) {
        int v = values.get(i * width + j);
        cells.put(sum.parts().get(j), v < 0 ? null : v);
        total += Math.max(v, 0);
      }
      int t = values.get(i * width + width - 1);
      // a total that is blank, right, or off by the offset (0 for about half the sums); never
      // negative, which is no count (cell.invalid) rather than a wrong sum
      cells.put(sum.total(), t < 0 ? null : Math.max(0, total + offsets.get(i)));
    }
    return TestReports.with(HUAIAN, cells);
  }

  /** counts: {sums with a verdict, of them agreeing, sums with a blank, pack failures}. */
  private static int[] agree(Rule rule, String name, List<Sum> sums, int blankPercent) {
    ReportValidator withPack = ReportValidator.builder().rules(pack(name, sums)).disable(rule).build();
    int[] counts = new int[4];
    Gen<List<Integer>> offsets = lists().of(integers().between(-3, 3).map(d -> Math.abs(d) <= 1 ? 0 : d))
        .ofSize(sums.size());
    qt().withExamples(150).forAll(cells(sums, blankPercent), offsets).checkAssert((values, off) -> {
      Report report = report(sums, values, off);
      List<Finding> builtIn = BUILT_IN.validate(report).findings();
      List<Finding> restated = withPack.validate(report).findings();
      for (int i = 0; i < sums.size(); i++) {
        Sum sum = sums.get(i);
        boolean hasBlank = sum.parts().stream().anyMatch(p -> report.cell(p) instanceof Cell.Blank)
            || report.cell(sum.total()) instanceof Cell.Blank;
        boolean builtInFails = builtIn.stream().anyMatch(f -> f.rule() == rule
            && f.cells().stream().anyMatch(c -> c.pointer().equals(sum.total())));
        String id = "x." + name + "_" + i;
        boolean packFails = restated.stream().anyMatch(f -> f.rule().id().equals(id));
        if (hasBlank) {
          counts[2]++;
          // no verdict: a blank is not 0, and the pack does not guess it
          assertThat(packFails).as("%s with a blank", sum.total()).isFalse();
        } else {
          counts[0]++;
          counts[1] += builtInFails == packFails ? 1 : 0;
          counts[3] += packFails ? 1 : 0;
        }
      }
    });
    return counts;
  }

  @Test
  void withoutBlanksThePackAndTheBuiltInRulesAgreeOnEverySum() {
    for (Rule rule : List.of(Rule.T4_TOTAL, Rule.T3_ROW_TOTAL)) {
      List<Sum> sums = rule == Rule.T4_TOTAL ? T4 : T3;
      int[] counts = agree(rule, rule == Rule.T4_TOTAL ? "t4" : "t3", sums, 0);
      assertThat(counts[0]).isEqualTo(150 * sums.size());
      assertThat(counts[1]).as("%s: sums agreeing", rule.id()).isEqualTo(counts[0]);
      // the generator makes both verdicts: each is at least a fifth of the sums
      assertThat(counts[3]).as("%s: sums failing", rule.id()).isBetween(counts[0] / 5, counts[0] * 4 / 5);
    }
  }

  @Test
  void withBlanksTheyAgreeWhereBothGiveAVerdict() {
    for (Rule rule : List.of(Rule.T4_TOTAL, Rule.T3_ROW_TOTAL)) {
      List<Sum> sums = rule == Rule.T4_TOTAL ? T4 : T3;
      // t3's rows have seven cells: fewer blanks per cell keep rows without one
      int[] counts = agree(rule, rule == Rule.T4_TOTAL ? "t4" : "t3", sums, rule == Rule.T4_TOTAL ? 15 : 8);
      assertThat(counts[1]).as("%s: sums agreeing", rule.id()).isEqualTo(counts[0]);
      // both kinds of sum occur
      assertThat(counts[0]).as("%s: sums with a verdict", rule.id()).isGreaterThan(150);
      assertThat(counts[2]).as("%s: sums with a blank", rule.id()).isGreaterThan(150);
    }
  }
}
