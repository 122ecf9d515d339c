package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.narrative.CountParser.Count;

/**
 * {@code text.breakdown}: a total the text states with its parts listed ({@link CountParser}).
 * Parts above the total are an error. Parts below it are reported only when the list claims to be
 * the whole (introduced by 其中 or 分别为/分别是 with at least two parts, or ending in a catch-all):
 * a warning, or an error when the list ends in a catch-all (其他…) or names the channels the
 * information went out through (网站, 微博, 微信…): such a list leaves nothing out.
 */
final class BreakdownRule implements TextRule {
  /** The words that end a list claiming to be complete: "…，其他方式 107 条". */
  private static final List<String> CATCH_ALL = List.of("其他", "其它");
  /** Introducers of a list that gives the whole: "其中" and "分别为", not "包括", "含" or "涉及". */
  private static final List<String> WHOLE = List.of("其中", "分别为", "分别是");
  /**
   * The channels information is published through: a total split by channel leaves nothing out
   * (SPEC: the seed's 615 = 30 网站 + 478 微博 + 107 微信公众号).
   */
  private static final List<String> CHANNELS = List.of("网站", "微博", "微信", "公众号", "新媒体", "客户端", "APP",
      "App", "app", "公开栏", "公告栏", "宣传栏", "电子屏", "显示屏", "公报", "报刊", "报纸", "广播", "电视", "抖音",
      "头条", "其他方式", "其他渠道", "其它方式", "其它渠道");

  @Override
  public Rule rule() {
    return Rule.TEXT_BREAKDOWN;
  }

  @Override
  public void check(TextCheck check) {
    for (Sentence s : NarrativeRules.wholeSentences(check.report.narrative(), check.deadline)) {
      check.deadline.check();
      for (Count total : CountParser.counts(s)) {
        if (!total.parts().isEmpty()) {
          compare(check, s, total);
        }
      }
    }
  }

  private void compare(TextCheck check, Sentence s, Count total) {
    List<Count> parts = total.parts();
    // "涉及" lists what the items touch, which may overlap: one part says nothing
    if (total.introducer().equals("涉及") && parts.size() < 2) {
      return;
    }
    BigDecimal sum = total.sumOfParts();
    int cmp = sum.compareTo(total.value());
    boolean catchAll = parts.size() >= 2 && CATCH_ALL.stream().anyMatch(parts.get(parts.size() - 1).label()::contains);
    boolean channels = parts.stream().allMatch(BreakdownRule::namesAChannel);
    String key;
    Severity severity;
    if (cmp > 0) {
      key = "text.breakdown.above";
      severity = Severity.ERROR;
    } else if (cmp < 0 && (catchAll || parts.size() >= 2 && WHOLE.contains(total.introducer()))) {
      key = "text.breakdown.below";
      severity = catchAll || channels ? Severity.ERROR : Severity.WARNING;
    } else {
      return;
    }
    check.add(rule(), severity, key, s, List.of(), total.value(), sum,
        Numbers.shortest(total.value()) + total.unit(), Numbers.shortest(sum) + total.unit());
  }

  private static boolean namesAChannel(Count part) {
    return CHANNELS.stream().anyMatch(part.label()::contains);
  }
}
