package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Report;

/**
 * text.applications and text.no_applications, and what {@link Received} reads. huaian-2024: 新收
 * 3119, 上年结转 34 (3153 together).
 */
class ApplicationsRuleTest {
  private static final String FRESH = "/applications/newRequests/total";
  private static final String OVER = "/applications/carriedOver/total";
  private static final Report HUAIAN = FigureRules.huaian(Map.of());
  private static final Report NONE = FigureRules.huaian(Map.of(FRESH, 0, OVER, 0));

  private static Sentence sentence(String text) {
    return Sentence.of(1, 1, text);
  }

  private static List<String> applications(Report report, String... sentences) {
    return FigureRules.describe(FigureRules.check(new ApplicationsRule(), report, 1, sentences));
  }

  private static List<String> none(Report report, String... sentences) {
    return FigureRules.describe(FigureRules.check(new NoApplicationsRule(), report, 1, sentences));
  }

  @Test
  void theNumberReceived() {
    assertThat(Received.stated(sentence("全市共受理政府信息公开申请 3119 件，答复 3050 件。"))).isEqualByComparingTo("3119");
    assertThat(Received.stated(sentence("全年收到政府信息公开申请 34 件。"))).isEqualByComparingTo("34");
    assertThat(Received.stated(sentence("新收申请 12 个。"))).isEqualByComparingTo("12");
    assertThat(Received.stated(sentence("共收到 154 件申请。"))).isEqualByComparingTo("154");
    assertThat(Received.stated(sentence("本年度接收各类政府信息公开申请共计五件，收到申请 7 件。"))).isEqualByComparingTo("5");
  }

  @Test
  void whatIsNotANumberReceived() {
    // no 申请 in the sentence
    assertThat(Received.stated(sentence("共收到 154 件。"))).isNull();
    // 收到 a few words before a count not in 件, with no 申请 between
    assertThat(Received.stated(sentence("收到来信 154 条，有关申请的。"))).isNull();
    // 申请 too far after 收到 (more than 16 characters) or the count too far after 申请
    assertThat(Received.stated(sentence("收到一二三四五六七八九十甲乙丙丁戊己庚申请 5 件。"))).isNull();
    assertThat(Received.stated(sentence("收到申请甲乙丙丁戊 5 件。"))).isNull();
    assertThat(Received.stated(sentence("收到申请甲乙丙丁 5 件。"))).isEqualByComparingTo("5");
    // a count in another clause
    assertThat(Received.stated(sentence("收到申请，答复 5 件。"))).isNull();
    // not a count, or a count of something else than applications
    assertThat(Received.stated(sentence("收到申请 5 元。"))).isNull();
    assertThat(Received.stated(sentence("收到申请 5 篇。"))).isNull();
    assertThat(Received.stated(sentence("收到申请 5 篇，受理申请 4 件。"))).isEqualByComparingTo("4");
  }

  @Test
  void sayingNoneWasReceived() {
    assertThat(Received.saysNone(sentence("本年度未收到政府信息公开申请。"))).isTrue();
    assertThat(Received.saysNone(sentence("本年度没有接到政府信息公开申请。"))).isTrue();
    assertThat(Received.saysNone(sentence("依申请公开方面，本年度无政府信息公开申请。"))).isTrue();
    // 无…申请 without 收到 or 依申请 says something else
    assertThat(Received.saysNone(sentence("本年度无政府信息公开申请被纠错。"))).isFalse();
    assertThat(Received.saysNone(sentence("未收到行政复议申请。"))).isFalse();
    assertThat(Received.saysNone(sentence("本年度未收到投诉。"))).isFalse();
  }

  @Test
  void receivedIsNewOrNewAndCarriedOver() {
    assertThat(applications(HUAIAN, "共受理政府信息公开申请 3119 件。", "共受理政府信息公开申请 3153 件。")).isEmpty();
    assertThat(applications(HUAIAN, "共受理政府信息公开申请 3120 件。")).containsExactly(
        "text.applications [" + FRESH + ", " + OVER + "] 3119 3120");
    Observation o = FigureRules.check(new ApplicationsRule(), HUAIAN, 1, "共受理政府信息公开申请 3120 件。").get(0);
    assertThat(o.arguments()).containsExactly("3120", "3119", "3153");
  }

  @Test
  void aBlankCarriedOverLeavesOnlyTheNew() {
    Map<String, Object> cells = new HashMap<>();
    cells.put(OVER, null);
    Report report = FigureRules.huaian(cells);
    assertThat(applications(report, "共受理政府信息公开申请 3119 件。")).isEmpty();
    Observation o = FigureRules.check(new ApplicationsRule(), report, 1, "共受理政府信息公开申请 3153 件。").get(0);
    assertThat(o.arguments()).containsExactly("3153", "3119", "?");
  }

  @Test
  void nothingToCompareWithABlankNew() {
    Map<String, Object> cells = new HashMap<>();
    cells.put(FRESH, null);
    Report report = FigureRules.huaian(cells);
    assertThat(applications(report, "共受理政府信息公开申请 1 件。")).isEmpty();
    assertThat(none(report, "本年度未收到政府信息公开申请。")).isEmpty();
  }

  @Test
  void noneSaidWhileTheTableHasSome() {
    assertThat(none(HUAIAN, "本年度未收到政府信息公开申请。")).containsExactly(
        "text.no_applications.none [" + FRESH + "] 3119 0");
    assertThat(none(NONE, "本年度未收到政府信息公开申请。")).isEmpty();
    // text.applications leaves that sentence to text.no_applications
    assertThat(applications(HUAIAN, "本年度未收到政府信息公开申请 0 件。")).isEmpty();
  }

  @Test
  void someSaidWhileTheTableHasNone() {
    assertThat(none(NONE, "共受理政府信息公开申请 3 件。")).containsExactly("text.no_applications.some [" + FRESH + "] 0 3");
    // text.no_applications says it, not text.applications too
    assertThat(applications(NONE, "共受理政府信息公开申请 3 件。")).isEmpty();
    assertThat(none(NONE, "共受理政府信息公开申请 0 件。")).isEmpty();
    // carried over applications: the text may count them
    Report carried = FigureRules.huaian(Map.of(FRESH, 0, OVER, 3));
    assertThat(none(carried, "共受理政府信息公开申请 3 件。")).isEmpty();
    assertThat(applications(carried, "共受理政府信息公开申请 3 件。")).isEmpty();
    Map<String, Object> blankOver = new HashMap<>();
    blankOver.put(FRESH, 0);
    blankOver.put(OVER, null);
    assertThat(none(FigureRules.huaian(blankOver), "共受理政府信息公开申请 3 件。"))
        .containsExactly("text.no_applications.some [" + FRESH + "] 0 3");
  }
}
