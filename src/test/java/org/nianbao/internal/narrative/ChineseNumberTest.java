package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumberTest {

  @ParameterizedTest
  @CsvSource({
      "615, 615", "'3,119', 3119", "'3，119', 3119", "３１１９, 3119", "1.2万, 12000", "96171.6, 96171.6",
      "一百零八, 108", "两千三百, 2300", "十二, 12", "十, 10", "三十四, 34", "一千零一, 1001", "二〇二〇, 2020",
      "一万二千, 12000", "七, 7"})
  void readsTheNumbersReportsWrite(String token, String value) {
    assertThat(ChineseNumber.parse(token)).isEqualByComparingTo(new BigDecimal(value));
  }

  /** Past a long (2^63 − 1) a numeral used to wrap: 2^64 + 1 read as 1. */
  @ParameterizedTest
  @CsvSource({"一八四四六七四四零七三七零九五五一六一七, 18446744073709551617",
      "九九九九九九九九九九九九九九九九九九九九, 99999999999999999999",
      "九二二三三七二零三六八五四七七五八零八, 9223372036854775808"})
  void readsNumeralsPastALongExactly(String token, String value) {
    assertThat(ChineseNumber.parse(token)).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest
  @CsvSource({"是", "'', ", "abc", "1.2.3"})
  void refusesWhatIsNotANumber(String token) {
    assertThat(ChineseNumber.parse(token == null ? "" : token)).isNull();
  }
}
