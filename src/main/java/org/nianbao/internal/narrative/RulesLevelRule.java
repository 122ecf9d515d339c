package org.nianbao.internal.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.Edition;
import org.nianbao.Rule;

/**
 * {@code t2.rules_level}: 规章 made or in force by a body that cannot make them. Only 国务院部门 and the
 * governments of provinces, 设区的市 and 自治州 make 规章 (《中华人民共和国立法法》第九十一、九十三条): a
 * town, a 街道, a county and its departments report none. Where the name does not tell the level, or
 * the row is blank, "/" or 0, nothing is said.
 */
final class RulesLevelRule implements TextRule {
  /** The 规章 cells that say rules were made or are in force, by edition: 废止 says neither. */
  private static final List<String> MADE_OR_IN_FORCE_2019 = List.of(
      "/activeDisclosure/documents/rules/made", "/activeDisclosure/documents/rules/publicTotal");
  private static final List<String> MADE_OR_IN_FORCE_2021 = List.of(
      "/activeDisclosure/documents/rules/issued", "/activeDisclosure/documents/rules/inForce");

  @Override
  public Rule rule() {
    return Rule.T2_RULES_LEVEL;
  }

  @Override
  public boolean readsText() {
    return false;
  }

  @Override
  public void check(TextCheck check) {
    BodyLevel body = BodyLevel.of(check.report.unit());
    if (!body.cannotMakeRules()) {
      return;
    }
    List<String> nonZero = new ArrayList<>();
    for (String pointer : check.report.edition() == Edition.E2019 ? MADE_OR_IN_FORCE_2019 : MADE_OR_IN_FORCE_2021) {
      if (check.positive(pointer)) {
        nonZero.add(pointer);
      }
    }
    if (!nonZero.isEmpty()) {
      String key = body.ceiling() == BodyLevel.Level.TOWNSHIP ? "t2.rules_level.township" : "t2.rules_level.county";
      check.add(rule(), key, null, nonZero, null, null, check.report.unit().strip());
    }
  }
}
