package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.internal.narrative.CountParser.Count;
import org.nianbao.internal.narrative.CountParser.Role;
import org.nianbao.internal.text.Normalize;

/**
 * The shape the parser gives sentences, each worked out by hand. A tree is written as the counts
 * that are no part, in order, a total followed by its introducer and its parts in brackets:
 * "615条{其中:30条{其中:10条 20条} 478条 107条}".
 */
class CountParserTest {

  static List<Count> parse(String text) {
    return CountParser.parse(Tokens.of(Normalize.compact(text)));
  }

  static String tree(String text) {
    StringBuilder out = new StringBuilder();
    for (Count c : parse(text)) {
      if (!c.part()) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        write(c, out);
      }
    }
    return out.toString();
  }

  private static void write(Count c, StringBuilder out) {
    out.append(c.value().toPlainString()).append(c.unit());
    if (!c.parts().isEmpty()) {
      out.append('{').append(c.introducer()).append(':');
      for (int i = 0; i < c.parts().size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        write(c.parts().get(i), out);
      }
      out.append('}');
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the seed's channels
      "全年主动公开政府信息数 615 条，其中政府网站 30 条，政务微博 478 条，微信公众号 107 条。"
          + " | 615条{其中:30条 478条 107条}",
      // a part with its own bracketed breakdown counts once, at its own value
      "全年主动公开政府信息615条，其中政府网站30条（其中通知公告10条、政策文件20条），政务微博478条，微信公众号107条。"
          + " | 615条{其中:30条{其中:10条 20条} 478条 107条}",
      // 含 one item, in brackets: the part's, not the sentence's
      "全年主动公开政府信息586条，其中政府网站30条（含2019年信息公开年报1条），政务微博478条，微信公众号78条。"
          + " | 586条{其中:30条{含:1条} 478条 78条}",
      // the comma before the bracket
      "共发布2599条，(其中政策文件1000条、通知公告1599条)。 | 2599条{其中:1000条 1599条}",
      // items separated by semicolons
      "全年共主动公开政府信息6391条，其中：通过政府网站公开4102条；通过政务微博公开1203条；通过微信公众号公开700条。"
          + " | 6391条{其中:4102条 1203条 700条}",
      // a list item is not a total: 涉及 does not break 3718 down (九项 is a count of areas, in its own unit)
      "一是公开政务要闻285条,通知公告303条,部门、镇动态3718条,涉及九项重点领域信息350条,民生类信息713条,其他信息3413条。"
          + " | 285条 303条 3718条 9项 350条 713条 3413条",
      // nor does 其中 after an item of a list joined by commas
      "公开政务要闻285条,通知公告303条,其中通知50条,公告253条。 | 285条 303条 50条 253条",
      // two totals in one sentence, the second after a semicolon
      "共受理申请20件，其中当面申请5件、网络申请15件；办结20件，其中予以公开10件、不予公开12件。"
          + " | 20件{其中:5件 15件} 20件{其中:10件 12件}",
      // the list ends where its parts add up to the total
      "共受理申请20件,其中当面申请5件,网络申请15件,办结20件。 | 20件{其中:5件 15件} 20件",
      // a new total after a comma: where the first list ends is unclear
      "共受理申请20件,其中当面申请5件,网络申请14件,办结20件,其中予以公开10件,不予公开10件。"
          + " | 20件 5件 14件 20件 10件 10件",
      // a new total after a semicolon ends the list
      "共受理申请20件,其中当面申请5件,网络申请14件;办结20件,其中予以公开10件,不予公开12件。"
          + " | 20件{其中:5件 14件} 20件{其中:10件 12件}",
      // words joined by 、 name the next part; words alone end the list
      "共发布信息8800条,其中政务要闻285条,部门、镇动态3718条,民生类信息4797条。"
          + " | 8800条{其中:285条 3718条 4797条}",
      "共发布信息8800条,其中政务要闻285条,部门,镇动态3718条。 | 8800条{其中:285条} 3718条",
      // an item of a list with 涉及 after it: the outer list is unclear
      "共发布信息8782条,其中政务要闻285条,部门、镇动态3718条,涉及重点领域信息350条,其他信息4429条。"
          + " | 8782条 285条 3718条 350条 4429条",
      // years, ordinals, dates, percentages are no counts
      "2020年1月1日至12月31日共发布信息30条，其中依据第十九条公开2020年部门预算1条，占比3.33%，其他29条。"
          + " | 30条{其中:1条 29条}",
      // units must agree: a part in another unit, no breakdown
      "共办理建议30件，其中人大代表建议20件，政协提案10个。 | 30件 20件 10个",
      // 各N条: what it adds up to is unknown
      "发布政策解读5条，其中图文解读3条，中英文各1条。 | 5条 3条",
      // stop words end the list
      "共发布信息30条，其中网站20条，微博10条，另有转载信息5条。 | 30条{其中:20条 10条} 5条",
      "共发布信息30条，其中网站20条，此外转载5条。 | 30条{其中:20条} 5条",
      "共发布信息30条，其中网站20条，同时转载5条。 | 30条{其中:20条} 5条",
      // a words-only clause ends the list
      "共发布信息30条，其中网站20条，切实保障群众知情权，受理申请5条。 | 30条{其中:20条} 5条",
      // a clause holding a percentage only is skipped
      "共发布信息30条，其中网站20条，占66.7%，微博10条。 | 30条{其中:20条 10条}",
      // a change is no figure
      "共发布信息30条，同比增加5条，其中网站20条，微博15条。 | 30条 5条 20条 15条",
      "共发布信息30条，其中网站20条，同比增加5条。 | 30条 20条 5条",
      // a clause with two counts is unclear
      "共发布信息30条，其中网站20条微博10条。 | 30条 20条 10条",
      // a bare number or a sum of money in the list is unclear
      "共发布信息30条，其中网站20条，微博约10余条。 | 30条 20条",
      "共收费3件，其中收取100元。 | 3件",
      // the introducer glued to the count
      "共发布信息30条其中网站、微博10条。 | 30条{其中:10条}",
      "共发布信息30条其中网站20条、微博10条。 | 30条{其中:20条 10条}",
      // a bracket with no introducer gives no parts, and its counts are no parts of the outer list
      "共发布信息30条，其中网站20条（上年15条），微博10条。 | 30条{其中:20条 10条} 15条",
      // 其中包括 names some of the parts
      "当年发布政府信息393件，其中包括：行政规范性文件13件；规划计划文件2件；部门预算信息。 | 393件{其中包括:13件 2件}",
      // after a semicolon, a clause in another unit ends the list
      "共发布信息30条，其中网站20条；受理申请5件。 | 30条{其中:20条} 5件",
      // 其中 right after 其中: whose parts follow is unclear
      "共发布信息30条，其中网站20条，其中通知10条，公告10条。 | 30条 20条 10条 10条",
      // 分别为 without labels
      "网站、微博、微信共发布615条，分别为30条、478条、107条。 | 615条{分别为:30条 478条 107条}",
      // an introducer with no count before it
      ",其中网站20条、微博10条。 | 20条 10条",
      "(注),其中网站20条、微博10条。 | 20条 10条",
      // a bracket giving no breakdown between a total and its introducer
      "共发布信息30条(上年20条),其中网站10条、微博20条。 | 30条{其中:10条 20条} 20条",
      // an earlier count in another unit does not make a list
      "受理申请5件,发布信息30条,其中网站10条、微博20条。 | 5件 30条{其中:10条 20条}",
      // a semicolon before the introducer, a colon after it
      "共发布信息30条;其中:网站20条,微博10条。 | 30条{其中:20条 10条}",
      // a doubled comma in the list
      "共发布信息30条,其中网站20条,,微博10条。 | 30条{其中:20条 10条}",
      // a bracket never closed runs to the end of the sentence
      "共发布信息30条（其中网站20条、微博10条 | 30条{其中:20条 10条}",
      // a stray closing bracket is noise
      "共发布信息30条）其中网站20条、微博10条。 | 30条{其中:20条 10条}",
  })
  void readsTheTreeAReviewerReads(String sentence, String expected) {
    assertThat(tree(sentence)).isEqualTo(expected.strip());
  }

  @Test
  void labelsRolesAndPositions() {
    List<Count> counts = parse("全年主动公开政府信息615条,其中政府网站30条(含年报1条),微博5条。");
    assertThat(counts).extracting(Count::label).containsExactly("全年主动公开政府信息", "政府网站", "年报", "微博");
    assertThat(counts).extracting(Count::role).containsExactly(Role.TOTAL, Role.PART, Role.PART, Role.PART);
    assertThat(counts).extracting(Count::start).containsExactly(10, 21, 28, 34);
    assertThat(counts).extracting(Count::end).containsExactly(14, 24, 30, 36);
    assertThat(counts.get(0).sumOfParts()).isEqualByComparingTo(new BigDecimal("35"));
    assertThat(counts.get(1).parts()).hasSize(1);
    assertThat(counts.get(1).introducer()).isEqualTo("含");
    assertThat(counts.get(3).role()).isEqualTo(Role.PART);
    assertThat(parse("共30条。").get(0).role()).isEqualTo(Role.ITEM);
    assertThat(parse("共30条。").get(0).introducer()).isEmpty();
  }

  @Test
  void aBracketInALabelNamesNothing() {
    assertThat(parse("网站(门户)30条").get(0).label()).isEqualTo("网站");
    assertThat(parse("“兴泾镇”微信公众号107条").get(0).label()).isEqualTo("“兴泾镇”微信公众号");
  }

  @Test
  void bracketsAreReadEightDeep() {
    assertThat(tree("(".repeat(8) + "1条")).isEqualTo("1条");
    assertThat(tree("(".repeat(9) + "1条")).isEmpty();
    assertThat(tree("(".repeat(7) + "共2条(其中1条、1条)")).isEqualTo("2条{其中:1条 1条}");
    assertThat(tree("(".repeat(8) + "共2条(其中1条、1条)")).isEqualTo("2条");
  }

  /** Hostile sentences of the longest length read: a run of brackets, a list of a thousand parts. */
  @Test
  void longSentencesAreReadInTime() {
    assertThat(parse("(".repeat(2_000) + "1条")).isEmpty();
    String list = "共发布信息100000条,其中" + "网站1条,".repeat(330);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
      List<Count> counts = parse(list);
      assertThat(counts.get(0).parts()).hasSize(330);
    });
    String glued = "1条".repeat(1_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
        () -> assertThat(parse(glued)).hasSize(1_000));
  }

  @Test
  void aSentenceWithoutCountsHasNone() {
    assertThat(parse("")).isEmpty();
    assertThat(parse("其中，")).isEmpty();
  }
}
