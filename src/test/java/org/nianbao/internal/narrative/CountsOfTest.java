package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.Narrative;
import org.nianbao.Narrative.TextLine;
import org.nianbao.internal.narrative.NarrativeRules.ReadCount;

/** What {@code extract --provenance} shows of the text: every count, where it is and what it is. */
class CountsOfTest {

  @Test
  void everyCountWithItsSentenceAndRole() {
    Narrative narrative = new Narrative(List.of(new TextLine(3, "前言没有数字。")), List.of(
        new Narrative.Section("二、主动公开政府信息情况", 7, List.of(
            new TextLine(8, "全年主动公开政府信息615条，其中政府网站30条（含年报1条）；政务微博585条。另有2021年信息5件。")))));
    String first = "全年主动公开政府信息615条，其中政府网站30条（含年报1条）；政务微博585条。";
    assertThat(NarrativeRules.countsOf(narrative)).map(ReadCount::toString).containsExactly(
        new ReadCount(8, first, new java.math.BigDecimal("615"), "条", "全年主动公开政府信息", "total").toString(),
        new ReadCount(8, first, new java.math.BigDecimal("30"), "条", "政府网站", "part").toString(),
        new ReadCount(8, first, new java.math.BigDecimal("1"), "条", "年报", "part").toString(),
        new ReadCount(8, first, new java.math.BigDecimal("585"), "条", "政务微博", "part").toString(),
        new ReadCount(8, "另有2021年信息5件。", new java.math.BigDecimal("5"), "件", "另有2021年信息", "item").toString());
  }

  /** A breakdown's items separated by ； stay one sentence for it; the other rules still cut there. */
  @Test
  void wholeSentencesAreCutAtFullStopsOnly() {
    Narrative narrative = new Narrative(List.of(new TextLine(1, "甲1条；乙2条！丙?丁")), List.of());
    assertThat(NarrativeRules.wholeSentences(narrative, org.nianbao.internal.Deadline.NONE))
        .extracting(Sentence::text).containsExactly("甲1条；乙2条！", "丙?", "丁");
    assertThat(NarrativeRules.sentences(narrative, org.nianbao.internal.Deadline.NONE))
        .extracting(Sentence::text).containsExactly("甲1条；", "乙2条！", "丙?", "丁");
  }
}
