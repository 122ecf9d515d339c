package org.nianbao.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;

class NumbersTest {
  @Test
  void notApplicableCountsAsZeroInSumsAndABlankOrTextIsUnknown() {
    assertThat(Numbers.inSums(Cell.NOT_APPLICABLE)).isEqualTo(BigDecimal.ZERO);
    assertThat(Numbers.inSums(Cell.BLANK)).isNull();
    assertThat(Numbers.inSums(Cell.unreadable("见附件"))).isNull();
    assertThat(Numbers.inSums(Cell.of("1.50"))).isEqualTo(new BigDecimal("1.50"));
  }

  @Test
  void plainKeepsTheScaleAsPrintedAndNeverWritesGigabytes() {
    assertThat(Numbers.plain(new BigDecimal("1.50"))).isEqualTo("1.50");
    assertThat(Numbers.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Numbers.plain(new BigDecimal("-4068.208"))).isEqualTo("-4068.208");
    assertThat(Numbers.plain(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
  }

  @Test
  void shortestDropsTrailingZerosOnly() {
    assertThat(Numbers.shortest(new BigDecimal("96171.650"))).isEqualTo("96171.65");
    assertThat(Numbers.shortest(new BigDecimal("2024.0"))).isEqualTo("2024");
    assertThat(Numbers.shortest(new BigDecimal("100"))).isEqualTo("100");
    assertThat(Numbers.shortest(new BigDecimal("0.00"))).isEqualTo("0");
  }
}
