package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.text.Headings.Heading;

/** Section headings on their own lines and inside scraped text; offsets counted by hand in the text without spaces. */
class HeadingsTest {

  private static List<Heading> find(String text) {
    FlatText flat = new FlatText(text);
    return Headings.find(flat, flat.compact.length());
  }

  private static final String SIX_LINES = String.join("\n",
      "一、总体情况", // compact 0-6
      "正文。", // 6-9
      "二、主动公开政府信息情况", // 9-21
      "表", // 21-22
      "三、收到和处理政府信息公开申请情况", // 22-39
      "四、政府信息公开行政复议、行政诉讼情况", // 39-58
      "五、存在的主要问题及改进情况", // 58-72
      "六、其他需要报告的事项"); // 72-83

  @Test
  void headingsOnTheirOwnLines() {
    assertThat(find(SIX_LINES)).containsExactly(new Heading(1, 0, 6), new Heading(2, 9, 21), new Heading(3, 22, 39),
        new Heading(4, 39, 58), new Heading(5, 58, 72), new Heading(6, 72, 83));
  }

  @Test
  void headingsAfterTheContentEndAreNotLookedFor() {
    FlatText flat = new FlatText(SIX_LINES);
    assertThat(Headings.find(flat, 72)).extracting(Heading::section).containsExactly(1, 2, 3, 4, 5);
    // "六、" at 72-74 and its words beyond: the heading needs its number and a character after it
    assertThat(Headings.find(flat, 74)).extracting(Heading::section).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void headingsInTheMiddleOfALineEndAfterTheirWords() {
    // one scraped line: 依据条例编制本报告。 0-10, 一、总体情况 10-16, 2022年,本机关主动公开信息。 16-32,
    // 四、政府信息公开行政复议、行政诉讼情况 32-51, 本年无复议。 51-57
    String text = "依据条例编制本报告。一、总体情况2022年，本机关主动公开信息。四、政府信息公开行政复议、行政诉讼情况本年无复议。";
    assertThat(find(text)).containsExactly(new Heading(1, 10, 16), new Heading(4, 32, 51));
  }

  @Test
  void aHeadingOnItsOwnShortLineRunsToTheLineEnd() {
    // 一、总体情况及说明: nine characters, the whole line
    assertThat(find("一、总体情况及说明\n正文")).containsExactly(new Heading(1, 0, 9));
    // after other words on its line it ends with 情况: 见下: 0-3, heading 3-9, 及说明 9-12
    assertThat(find("见下：一、总体情况及说明\n正文")).containsExactly(new Heading(1, 3, 9));
  }

  @Test
  void aLongLineIsNoHeadingsOwnLine() {
    // a line of 41 characters starting with the heading: it ends after 情况 (0-6), not with the line
    String text = "一、总体情况" + "本".repeat(35);
    assertThat(find(text)).containsExactly(new Heading(1, 0, 6));
    // 40 characters: the heading's own line
    String own = "一、总体情况" + "本".repeat(34);
    assertThat(find(own)).containsExactly(new Heading(1, 0, 40));
  }

  @Test
  void aHeadingEndsAtTheClosingWordsWithinEightCharacters() {
    // 以上。 0-3, 六、 3-5, 其他需要报告 5-11, 的 11, 事项 12-14
    assertThat(find("以上。六、其他需要报告的事项本年无。")).containsExactly(new Heading(6, 3, 14));
    // 。 0, 五、 1-3, 存在的主要问题 3-10, 及改进 10-13, 情况 13-15
    assertThat(find("。五、存在的主要问题及改进情况如下")).containsExactly(new Heading(5, 1, 15));
    // 情况 at 19-21: more than eight characters after the words (10), so the heading ends with them
    assertThat(find("。五、存在的主要问题和需要进一步改进的情况")).containsExactly(new Heading(5, 1, 10));
  }

  @Test
  void theWordsMustFollowTheNumberClosely() {
    // 总体情况 sixteen characters after 一、: a sentence, not a heading
    assertThat(find("一、本单位二〇二二年度的政府信息公开总体情况")).isEmpty();
    // twelve characters after it: still the heading
    assertThat(find("一、本单位二〇二二年度的总体情况")).extracting(Heading::section).containsExactly(1);
  }

  @Test
  void aNumeralAfterANumeralIsNoHeadingNumber() {
    assertThat(find("二一、总体情况")).isEmpty();
    assertThat(find("一.总体情况")).containsExactly(new Heading(1, 0, 6));
    assertThat(find("一，总体情况")).containsExactly(new Heading(1, 0, 6));
    assertThat(find("一总体情况")).isEmpty();
  }

  @Test
  void theWordsTellTheSectionWhenTheNumberIsWrong() {
    assertThat(find("三、主动公开政府信息情况")).containsExactly(new Heading(2, 0, 12));
  }

  @Test
  void headingsRepeatedLaterAreNotTaken() {
    // an appendix repeats 一、总体情况 after 三: the run 一 二 三 is kept
    String text = "一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n附：一、总体情况";
    assertThat(find(text)).extracting(Heading::section).containsExactly(1, 2, 3);
  }

  @Test
  void aSectionOutOfOrderIsStillFound() {
    // 一 三 二 四: the longest run in order is 一 三 四, and 二 stands out of order
    String text = "一、总体情况\n三、收到和处理政府信息公开申请情况\n二、主动公开政府信息情况\n四、政府信息公开行政复议、行政诉讼情况";
    assertThat(find(text)).extracting(Heading::section).containsExactly(1, 3, 2, 4);
  }

  @Test
  void aHeadingInsideAnotherIsNotOne() {
    String text = "一、总体情况\n二、主动公开政府信息情况（三、依申请公开见下）\n四、政府信息公开行政复议、行政诉讼情况";
    // 二's line is short, so 二 spans the whole line (6-29); the 三 inside it (19-26) is no heading of its own
    assertThat(find(text)).extracting(Heading::section).containsExactly(1, 2, 4);
  }
}
