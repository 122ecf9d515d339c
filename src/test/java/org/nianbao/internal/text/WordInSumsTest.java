package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A word of a table row counts in the reader's sums as a cell counts in the rules' sums. */
class WordInSumsTest {
  private static BigDecimal inSums(ValueWords.Kind kind, String text) {
    return new ValueWords.Word(kind, text, null, 0, false).inSums();
  }

  @Test
  void aWordCountsAsItsCellWould() {
    assertThat(inSums(ValueWords.Kind.NOT_APPLICABLE, "—")).isEqualTo(BigDecimal.ZERO);
    assertThat(inSums(ValueWords.Kind.BLANK, "")).isNull();
    assertThat(inSums(ValueWords.Kind.NUMBER, "1,234")).isEqualTo(new BigDecimal("1234"));
    assertThat(inSums(ValueWords.Kind.NUMBER, "−3")).isEqualTo(new BigDecimal("-3"));
    assertThat(inSums(ValueWords.Kind.NUMBER, "4068.208")).isEqualTo(new BigDecimal("4068.208"));
  }

  @Test
  void aNumberPastAnyCountSettlesNoSum() {
    assertThat(inSums(ValueWords.Kind.NUMBER, "1".repeat(24))).isEqualTo(new BigDecimal("1".repeat(24)));
    assertThat(inSums(ValueWords.Kind.NUMBER, "1".repeat(25))).isNull();
    assertThat(inSums(ValueWords.Kind.NUMBER, "1.2.3")).isNull();
  }
}
