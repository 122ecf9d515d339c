package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.internal.text.ReportHeading.Found;
import org.nianbao.internal.text.ReportHeading.Source;

class ReportHeadingTest {

  private static Found find(String... lines) {
    return ReportHeading.find(List.of(lines)).orElseThrow();
  }

  private static Found found(String unit, int year, Source source, int line) {
    return new Found(unit, ReportHeading.normalize(unit), year, source, line, source, line);
  }

  // ---- titles ----

  @Test
  void aTitleWithTheBodyBeforeTheYear() {
    assertThat(find("西夏区人民政府2024年政府信息公开工作年度报告", "一、总体情况"))
        .isEqualTo(found("西夏区人民政府", 2024, Source.TITLE, 1));
  }

  @Test
  void aTitleWithTheYearFirst() {
    assertThat(find("2025年上海市人民政府办公厅政府信息公开工作年度报告"))
        .isEqualTo(found("上海市人民政府办公厅", 2025, Source.TITLE, 1));
    assertThat(find("2022年上海市政府信息公开工作年度报告")).isEqualTo(found("上海市", 2022, Source.TITLE, 1));
  }

  @Test
  void aTitleWithNianDu() {
    assertThat(find("凤县统计局2023年度政府信息公开工作年度报告"))
        .isEqualTo(found("凤县统计局", 2023, Source.TITLE, 1));
    assertThat(find("沭阳县发展和改革局2023年政府信息公开年度报告"))
        .isEqualTo(found("沭阳县发展和改革局", 2023, Source.TITLE, 1));
  }

  @Test
  void aTitleWithoutYearTakesTheYearFromTheStatisticsPeriod() {
    assertThat(find("凤县统计局政府信息公开工作年度报告", "", "本报告统计期限为2022年1月1日至2022年12月31日。"))
        .isEqualTo(new Found("凤县统计局", "凤县统计局", 2022, Source.TITLE, 1, Source.PERIOD, 3));
    assertThat(find("凤县统计局政府信息公开年度报告", "一、总体情况",
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。"))
        .isEqualTo(new Found("凤县统计局", "凤县统计局", 2021, Source.TITLE, 1, Source.PERIOD, 3));
  }

  @Test
  void aTitleWithoutYearNorPeriodTakesTheFirstYearOfTheText() {
    // the publication date is a date, not the year reported on
    assertThat(find("凤县统计局政府信息公开工作年度报告", "发布时间：2024年01月18日", "一、总体情况",
        "2023年，我局认真贯彻《条例》。"))
        .isEqualTo(new Found("凤县统计局", "凤县统计局", 2023, Source.TITLE, 1, Source.TEXT, 4));
  }

  @Test
  void aTitleWithoutYearAndATitleSentenceTakeTheYearFromTheSentence() {
    assertThat(find("凤县统计局政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》规定，现公布凤县统计局2023年度政府信息公开工作年度报告。"))
        .isEqualTo(new Found("凤县统计局", "凤县统计局", 2023, Source.TITLE, 1, Source.OPENING_SENTENCE, 2));
  }

  @Test
  void aTitleWithTheYearInChineseNumerals() {
    assertThat(find("凤县统计局二〇二三年度政府信息公开工作年度报告"))
        .isEqualTo(found("凤县统计局", 2023, Source.TITLE, 1));
    assertThat(find("二○二○年凤县统计局政府信息公开工作年度报告"))
        .isEqualTo(found("凤县统计局", 2020, Source.TITLE, 1));
    assertThat(find("凤县统计局二零一九年政府信息公开工作年度报告"))
        .isEqualTo(found("凤县统计局", 2019, Source.TITLE, 1));
  }

  @Test
  void aTitleWhoseBodyIsOnTheLineBefore() {
    assertThat(find("淮安市人民政府", "", "2024 年政府信息公开工作年度报告"))
        .isEqualTo(new Found("淮安市人民政府", "淮安市人民政府", 2024, Source.TITLE, 1, Source.TITLE, 3));
  }

  @Test
  void aTitleInBookTitleMarks() {
    assertThat(find("《太平镇人民政府2022年度政府信息公开工作年度报告》"))
        .isEqualTo(found("太平镇人民政府", 2022, Source.TITLE, 1));
    assertThat(find("〈太平镇人民政府关于2022年度政府信息公开工作年度报告〉"))
        .isEqualTo(found("太平镇人民政府", 2022, Source.TITLE, 1));
  }

  @Test
  void aTitleWithSpacesAndFullWidthCharacters() {
    assertThat(find("  太平镇　人民政府　２０２２年 政府信息公开 工作年度报告  "))
        .isEqualTo(found("太平镇人民政府", 2022, Source.TITLE, 1));
    assertThat(find("沐阳县人民政府 2025 年 政府信息公开工作年度报告"))
        .isEqualTo(found("沐阳县人民政府", 2025, Source.TITLE, 1));
  }

  @Test
  void aTitleAtTheStartOfAPageScrapedOntoOneLine() {
    assertThat(find("龙口镇人民政府2023年政府信息公开工作年度报告一、总体情况2023年，龙口镇…二、主动公开政府信息情况"))
        .isEqualTo(found("龙口镇人民政府", 2023, Source.TITLE, 1));
  }

  @Test
  void aTitleWithARemarkOrPageDetailsAfterIt() {
    assertThat(find("龙口镇人民政府2023年政府信息公开工作年度报告（全文）"))
        .isEqualTo(found("龙口镇人民政府", 2023, Source.TITLE, 1));
    assertThat(find("龙口镇人民政府2023年政府信息公开工作年度报告 发布时间：2024-01-17 来源：龙口镇"))
        .isEqualTo(found("龙口镇人民政府", 2023, Source.TITLE, 1));
    // an item of the report that speaks of last year's report is neither a title nor an opening
    assertThat(find("一、总体情况", "2023年，我镇…", "（一）龙口镇2022年政府信息公开工作年度报告发布情况",
        "按时发布龙口镇2022年政府信息公开工作年度报告1篇。"))
        .isEqualTo(new Found(null, null, 2023, null, 0, Source.TEXT, 2));
  }

  // ---- headers ----

  @ParameterizedTest
  @ValueSource(strings = {"标题: ", "标题：", "标题:", "名称:", "名 称：", "信息名称：", "名称　：　"})
  void aPageHeaderGivesTheTitleNotTheHeadersWord(String header) {
    assertThat(find(header + "平潭综合实验区2022年度政府信息公开工作年度报告", "发布时间: 2023-02-20 15:07",
        "发布机构: 平潭综合实验区管委会办公室"))
        .isEqualTo(found("平潭综合实验区", 2022, Source.HEADER, 1));
  }

  @Test
  void aHeaderBelowOtherPageLines() {
    assertThat(find("索引号：014314799/2024-00002", "名称：沭阳县发展和改革局2023年政府信息公开年度报告",
        "沭阳县发展和改革局2023年政府信息公开年度报告"))
        .isEqualTo(found("沭阳县发展和改革局", 2023, Source.HEADER, 2));
  }

  // ---- breadcrumbs ----

  @Test
  void aBreadcrumbBeforeTheTitleIsNotTheBody() {
    assertThat(find("首页 > 政府信息公开 > 政府信息公开年报 > 2020", "化隆县群科新区综合服务中心2020年度政府信息公开工作年度报告",
        "来源:    时间:2021年01月18日"))
        .isEqualTo(found("化隆县群科新区综合服务中心", 2020, Source.TITLE, 2));
  }

  @Test
  void aBreadcrumbEndingInTheTitle() {
    assertThat(find("当前位置：首页 ＞ 信息公开 ＞ 年报 ＞ 凤县统计局2023年政府信息公开工作年度报告", "一、总体情况"))
        .isEqualTo(found("凤县统计局", 2023, Source.BREADCRUMB, 1));
    assertThat(find("首页 » 政务公开 » 凤县统计局2023年政府信息公开工作年度报告"))
        .isEqualTo(found("凤县统计局", 2023, Source.BREADCRUMB, 1));
  }

  @Test
  void aBreadcrumbYearIsTakenWhenNothingBetterSaysTheYear() {
    assertThat(find("首页 > 政府信息公开 > 政府信息公开年报 > 2020", "一、总体情况", "我中心认真落实《条例》。"))
        .isEqualTo(new Found(null, null, 2020, null, 0, Source.BREADCRUMB, 1));
    // the statistics period says it better
    assertThat(find("首页 > 政府信息公开 > 政府信息公开年报 > 2020", "统计期限为2019年1月1日至2019年12月31日。"))
        .isEqualTo(new Found(null, null, 2019, null, 0, Source.PERIOD, 2));
  }

  // ---- opening sentences ----

  @Test
  void anOpeningSentenceAfterTheRegulation() {
    assertThat(find("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,现公布宝鸡市凤县人民政府2020年度政府信息公开工作年度报告。"
        + "本报告包括总体情况。", "一、总体情况"))
        .isEqualTo(found("宝鸡市凤县人民政府", 2020, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void anOpeningSentenceWithBrokenBookTitleMarks() {
    assertThat(find("根据中华人民共和国政府信息公开条例》,现向社会公布龙口镇2023年政府信息公开工作年度报告。"))
        .isEqualTo(found("龙口镇", 2023, Source.OPENING_SENTENCE, 1));
    assertThat(find("根据中华人民共和国政府信息公开条例现向社会公布龙口镇2023年政府信息公开工作年度报告。"))
        .isEqualTo(found("龙口镇", 2023, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void anOpeningSentenceThatStartsWithTheVerb() {
    assertThat(find("现公布区统计局2023年政府信息公开工作年度报告。", "一、总体情况"))
        .isEqualTo(found("区统计局", 2023, Source.OPENING_SENTENCE, 1));
    assertThat(find("特编制湛江市人民政府地方志办公室2023年政府信息公开工作年度报告。"))
        .isEqualTo(found("湛江市人民政府地方志办公室", 2023, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void anOpeningSentenceWithTheTitleInBookTitleMarks() {
    assertThat(find("按照要求，编制《太平镇政府2022年度政府信息公开工作年度报告》。"))
        .isEqualTo(found("太平镇政府", 2022, Source.OPENING_SENTENCE, 1));
    assertThat(find("现将“太平镇人民政府关于2022年度的政府信息公开工作年度报告”公布如下。"))
        .isEqualTo(found("太平镇人民政府", 2022, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void anOpeningSentenceWhoseBodyPrecedesTheVerb() {
    assertThat(find("2021年,根据《条例》规定,东城街街道办事处向社会公布2021年本级政府信息公开工作年度报告。"))
        .isEqualTo(found("东城街街道办事处", 2021, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void anOpeningSentenceWithTheYearFirst() {
    assertThat(find("现将2023年凤县统计局政府信息公开工作年度报告公布如下。"))
        .isEqualTo(found("凤县统计局", 2023, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void aVerbInsideABodysNameIsPartOfTheName() {
    assertThat(find("县委机构编制委员会办公室2023年政府信息公开工作年度报告"))
        .isEqualTo(found("县委机构编制委员会办公室", 2023, Source.TITLE, 1));
    assertThat(find("根据《条例》，现公布县委机构编制委员会办公室2023年政府信息公开工作年度报告。"))
        .isEqualTo(found("县委机构编制委员会办公室", 2023, Source.OPENING_SENTENCE, 1));
    assertThat(find("根据《条例》，编制并发布凤县统计局2023年政府信息公开工作年度报告。"))
        .isEqualTo(found("凤县统计局", 2023, Source.OPENING_SENTENCE, 1));
    // the verb's 了 is not the name's first character
    assertThat(find("按照《条例》要求，编制了凤县统计局2021年度政府信息公开工作年度报告。"))
        .isEqualTo(found("凤县统计局", 2021, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void aLineEndingInAFullStopIsASentenceNotATitle() {
    assertThat(find("本溪市人民政府2023年政府信息公开工作年度报告", "本机关按时发布2022年政府信息公开工作年度报告。"))
        .isEqualTo(found("本溪市人民政府", 2023, Source.TITLE, 1));
    assertThat(find("现公布区统计局2023年政府信息公开工作年度报告"))
        .isEqualTo(found("区统计局", 2023, Source.OPENING_SENTENCE, 1));
  }

  @Test
  void aSentenceThatNamesNoBodyGivesTheYearOnly() {
    assertThat(find("根据《条例》，特向社会公布2021年度本单位信息公开年度报告。"))
        .isEqualTo(new Found(null, null, 2021, null, 0, Source.OPENING_SENTENCE, 1));
    assertThat(find("一、总体情况", "本机关按时发布2022年政府信息公开工作年度报告。"))
        .isEqualTo(new Found(null, null, 2022, null, 0, Source.OPENING_SENTENCE, 2));
  }

  @Test
  void anExcerptWithThePeriodOnlyGivesTheYearFromThePeriod() {
    assertThat(find("根据《中华人民共和国政府信息公开条例》要求,编制本报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
        "一、总体情况", "2022年,我镇持续强化组织领导。"))
        .isEqualTo(new Found(null, null, 2022, null, 0, Source.PERIOD, 1));
  }

  @Test
  void nothingAtAllGivesNothing() {
    assertThat(ReportHeading.find(List.of("根据修订的《条例》相关规定,结合我局工作实际情况,制定本报告:", "一、总体情况")))
        .isEmpty();
    assertThat(ReportHeading.find(List.of())).isEmpty();
    assertThat(ReportHeading.find(List.of("", "  "))).isEmpty();
  }

  // ---- cleaning and normalisation ----

  @Test
  void debrisAroundANameIsTakenOff() {
    assertThat(ReportHeading.clean("根据中华人民共和国政府信息公开条例》,现向社会公布龙口镇")).isEqualTo("龙口镇");
    assertThat(ReportHeading.clean("现向社会公布龙口镇")).isEqualTo("龙口镇");
    assertThat(ReportHeading.clean("《〈“龙口镇人民政府的”〉》")).isEqualTo("龙口镇人民政府");
    assertThat(ReportHeading.clean("特此公布 龙口镇 人民政府关于")).isEqualTo("龙口镇人民政府");
    assertThat(ReportHeading.clean("编制《太平镇政府")).isEqualTo("太平镇政府");
  }

  @Test
  void theSameBodyNormalisesAlikeAcrossYearsAndLayouts() {
    String key = ReportHeading.normalize("平潭综合实验区");
    assertThat(key).isEqualTo("平潭综合实验区");
    assertThat(ReportHeading.normalize("平潭 综合　实验区")).isEqualTo(key);
    assertThat(ReportHeading.normalize("“平潭综合实验区”")).isEqualTo(key);
    assertThat(ReportHeading.normalize("ＸＸ县（Ａ区）")).isEqualTo("XX县A区");
    assertThat(find("标题：平潭综合实验区２０２３年度政府信息公开工作年度报告").normalizedUnit())
        .isEqualTo(find("平潭 综合实验区2022年度政府信息公开工作年度报告").normalizedUnit());
  }

  // ---- hostile input ----

  @Test
  @Timeout(20)
  void aTenMegabyteLineIsReadInBoundedTime() {
    String line = "二〇二三年政府信息公开".repeat(1_000_000);
    assertThat(find(line)).isEqualTo(new Found(null, null, 2023, null, 0, Source.TEXT, 1));
    assertThat(ReportHeading.find(List.of("政府信息公开；".repeat(1_500_000)))).isEmpty();
    String withReport = "情况".repeat(2_000_000) + "现公布区统计局2023年政府信息公开工作年度报告";
    assertThat(find(withReport)).isEqualTo(found("区统计局", 2023, Source.OPENING_SENTENCE, 1));
  }
}
