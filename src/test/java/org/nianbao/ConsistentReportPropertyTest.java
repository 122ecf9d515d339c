package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TestReports;
import org.quicktheories.core.Gen;

/**
 * Over random consistent reports of both editions: no findings; and any single cell of tables 三
 * and 四 changed by a non-zero amount is named by a finding.
 */
class ConsistentReportPropertyTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @Test
  void consistentReportsOfEitherEditionHaveNoFindings() {
    for (Edition edition : Edition.values()) {
      qt().withExamples(300).forAll(ConsistentReports.of(edition))
          .checkAssert(report -> assertThat(VALIDATOR.validate(report).findings()).isEmpty());
    }
  }

  @Test
  void changingAnyCellOfTablesThreeOrFourIsFoundAtThatCell() {
    for (Edition edition : Edition.values()) {
      List<String> pointers = Layout.of(edition).slots().stream()
          .filter(s -> !s.table().equals("activeDisclosure"))
          .map(Layout.Slot::pointer)
          .toList();
      Gen<Integer> deltas = integers().between(-50, 49).map(d -> d >= 0 ? d + 1 : d);
      qt().withExamples(400)
          .forAll(ConsistentReports.of(edition), integers().between(0, pointers.size() - 1), deltas)
          .checkAssert((report, index, delta) -> {
            String pointer = pointers.get(index);
            BigDecimal before = TestReports.tree(report).at(pointer).decimalValue();
            Report changed = TestReports.with(report, Map.of(pointer, before.add(BigDecimal.valueOf(delta))));
            ValidationResult result = VALIDATOR.validate(changed);
            assertThat(result.isValid()).as("%s %+d", pointer, delta).isFalse();
            assertThat(result.findings())
                .as("%s changed by %+d", pointer, delta)
                .anySatisfy(f -> assertThat(f.pointers()).contains(pointer));
          });
    }
  }
}
