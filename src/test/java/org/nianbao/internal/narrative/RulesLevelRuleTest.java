package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;

/** Which message a body that cannot make 规章 gets: the level its name tells. */
class RulesLevelRuleTest {
  private static final String ISSUED = "/activeDisclosure/documents/rules/issued";
  private static final String IN_FORCE = "/activeDisclosure/documents/rules/inForce";

  @ParameterizedTest
  @CsvSource({
      "银川市西夏区兴泾镇人民政府, t2.rules_level.township",
      "和平南街道办事处, t2.rules_level.township",
      "沭阳县人民政府, t2.rules_level.county",
      "沭阳县发展和改革局, t2.rules_level.county",
      "化隆县群科新区综合服务中心, t2.rules_level.county"})
  void theMessageSaysTheLevel(String unit, String key) {
    // huaian-2024's 规章 row: 本年制发 1, 本年废止 0, 现行有效 11
    List<Observation> found = check(unit, Map.of());
    assertThat(found).hasSize(1);
    Observation o = found.get(0);
    assertThat(o.rule()).isEqualTo(Rule.T2_RULES_LEVEL);
    assertThat(o.key()).isEqualTo(key);
    assertThat(o.arguments()).containsExactly(unit);
    assertThat(o.pointers()).containsExactly(ISSUED, IN_FORCE);
    assertThat(o.line()).isNull();
    assertThat(o.expected()).isNull();
    assertThat(o.actual()).isNull();
  }

  @ParameterizedTest
  @CsvSource({"淮安市人民政府", "镇江市人民政府", "上海市科学技术委员会", "平潭综合实验区", "''"})
  void aBodyThatMayMakeRulesOrIsNotToldIsNotChecked(String unit) {
    assertThat(check(unit, Map.of())).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(nullValues = "blank", value = {"0, 0", "/, /", "blank, blank", "0, blank"})
  void noRulesMadeOrInForce(String issued, String inForce) {
    java.util.Map<String, Object> cells = new java.util.HashMap<>();
    cells.put(ISSUED, issued == null ? null : issued.equals("/") ? "/" : Integer.valueOf(issued));
    cells.put(IN_FORCE, inForce == null ? null : inForce.equals("/") ? "/" : Integer.valueOf(inForce));
    assertThat(check("沭阳县人民政府", cells)).isEmpty();
  }

  private static List<Observation> check(String unit, Map<String, Object> cells) {
    Report base = TestReports.with(TestReports.example("huaian-2024"), cells);
    Report report = new Report(unit, base.year(), base.edition(), base.activeDisclosure(), base.applications(),
        base.reviewLitigation(), Narrative.EMPTY);
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), List.of(), Deadline.NONE);
    new RulesLevelRule().check(check);
    return check.observations();
  }
}
