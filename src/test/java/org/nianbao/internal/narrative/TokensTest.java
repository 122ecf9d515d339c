package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.internal.text.Normalize;

/** The tokenizer on the numbers reports write, each case read by hand. */
class TokensTest {

  /** The numbers of a text, each as KIND value unit; words and marks left out. */
  private static List<String> numbers(String text) {
    return Tokens.of(Normalize.compact(text)).stream().filter(Token::isNumber)
        .map(t -> t.kind() + " " + t.value().stripTrailingZeros().toPlainString() + (t.unit().isEmpty() ? "" : " " + t.unit()))
        .toList();
  }

  /** Every token, as KIND[text]. */
  private static List<String> all(String text) {
    return Tokens.of(Normalize.compact(text)).stream().map(t -> t.kind() + "[" + t.text() + "]").toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2021年信息公开年报1条 | YEAR 2021 年;COUNT 1 条",
      "2020年度 | YEAR 2020 年度",
      "中英文各1条 | EACH 1 条",
      "每2件 | EACH 2 件",
      "第二十条 | ORDINAL 20 条",
      "第3条 | ORDINAL 3 条",
      "17.46% | PERCENT 17.46 %",
      "3‰ | PERCENT 3 ‰",
      "3,119件 | COUNT 3119 件",
      "3，119件 | COUNT 3119 件",
      "1.2万条 | COUNT 12000 条",
      "12.5万元 | AMOUNT 12.5 万元",
      "300元 | AMOUNT 300 元",
      "3亿元 | AMOUNT 3 亿元",
      "2亿条 | COUNT 200000000 条",
      "15个工作日 | NUMBER 15 个",
      "3个月 | NUMBER 3 个",
      "3个部门 | COUNT 3 个",
      "一百零八件 | COUNT 108 件",
      "两个 | COUNT 2 个",
      "五人次 | COUNT 5 人次",
      "615 条 | COUNT 615 条",
      "６１５条 | COUNT 615 条",
      "12190余条 | NUMBER 12190 ",
      "20年来 | NUMBER 20 年",
      "12345热线 | NUMBER 12345 ",
      "2020年1月1日至12月31日 | YEAR 2020 年;DATE 1 月;DATE 1 日;DATE 12 月;DATE 31 日",
      "12号 | DATE 12 号",
      "二〇二〇年 | YEAR 2020 年",
            "一二三四条 | COUNT 1234 条",
      "30条,478条 | COUNT 30 条;COUNT 478 条",
      "1,2条 | NUMBER 1 ;COUNT 2 条",
      "1,2345条 | NUMBER 1 ;COUNT 2345 条",
      "3,1190条 | NUMBER 3 ;COUNT 1190 条",
      "1.5件 | COUNT 1.5 件",
      "1.条 | NUMBER 1 ",
      "3,119 | NUMBER 3119",
      "1. | NUMBER 1",
      "1.5 | NUMBER 1.5",
      "二零二零年 | YEAR 2020 年",
      "第十件 | ORDINAL 10 件",
  })
  void readsWhatEachNumberIs(String text, String expected) {
    assertThat(numbers(text)).containsExactly(java.util.Arrays.stream(expected.split(";")).map(String::strip)
        .toArray(String[]::new));
  }

  /** A Chinese numeral held by a word is not a number: the word stays whole. */
  @ParameterizedTest
  @CsvSource({"一是加强领导", "十九届五中全会", "统一部署", "唯一", "逐一核对", "之一", "同一件", "单一", "各一条",
      "每一件", "是一件", "中一条", "届一次", "一些", "十分"})
  void numeralsInWordsAreWords(String text) {
    assertThat(all(text)).containsExactly("WORD[" + text + "]");
  }

  @Test
  void cutsMarksAndWords() {
    assertThat(all("共615条（其中网站30条、微博1条；其他:2件）。【注】[1]!?"))
        .containsExactly("WORD[共]", "COUNT[615条]", "OPEN[(]", "WORD[其中网站]", "COUNT[30条]", "ENUMERATION[、]",
            "WORD[微博]", "COUNT[1条]", "SEMICOLON[;]", "WORD[其他]", "COLON[:]", "COUNT[2件]", "CLOSE[)]", "STOP[。]",
            "OPEN[【]", "WORD[注]", "CLOSE[】]", "OPEN[[]", "NUMBER[1]", "CLOSE[]]", "STOP[!]", "STOP[?]");
  }

  @Test
  void positionsAreInTheCompactText() {
    List<Token> tokens = Tokens.of("共615条,其中");
    assertThat(tokens).extracting(Token::start).containsExactly(0, 1, 5, 6);
    assertThat(tokens).extracting(Token::end).containsExactly(1, 5, 6, 8);
  }

  @Test
  void aNumeralAfterAFailedOneIsReadFromItsOwnStart() {
    // 十九届 is a word, and so is 三中 after 届; 三十件 after a comma is a count read from 三, not from its 十
    assertThat(numbers("十九届三中全会")).isEmpty();
    assertThat(numbers("十九届,三十件")).containsExactly("COUNT 30 件");
    // the numeral held by 是 is skipped whole: its 二条 is not read on its own
    assertThat(numbers("是十二条")).isEmpty();
    assertThat(all("一千零八年")).containsExactly("WORD[一千零八年]");
    assertThat(numbers("第十九届")).isEmpty();
    assertThat(numbers("第十九")).isEmpty();
  }

  @Test
  void aNumeralThatIsNoNumberStaysAWord() {
    assertThat(all("三届")).containsExactly("WORD[三届]");
    assertThat(numbers("零件")).isEmpty();
    assertThat(numbers("〇条")).isEmpty();
    assertThat(all("二〇年")).containsExactly("WORD[二〇年]");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(Tokens.of("")).isEmpty();
  }

  @Test
  void separatorsAndNumbers() {
    assertThat(Tokens.of(",").get(0).isSeparator()).isTrue();
    assertThat(Tokens.of("、").get(0).isSeparator()).isTrue();
    assertThat(Tokens.of(";").get(0).isSeparator()).isTrue();
    assertThat(Tokens.of(":").get(0).isSeparator()).isTrue();
    assertThat(Tokens.of("。").get(0).isSeparator()).isTrue();
    assertThat(Tokens.of("(").get(0).isSeparator()).isFalse();
    assertThat(Tokens.of("共").get(0).isSeparator()).isFalse();
    assertThat(Tokens.of("共").get(0).isNumber()).isFalse();
  }
}
