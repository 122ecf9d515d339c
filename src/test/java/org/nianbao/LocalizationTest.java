package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TestReports;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Error localization: on consistent reports with one or two cells changed, the fix names the
 * changed cells and restores them whenever the change is uniquely locatable; and the clerical
 * patterns of real reports are recognised.
 */
class LocalizationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static List<String> pointers(Edition edition) {
    return Layout.of(edition).slots().stream().filter(s -> !s.table().equals("activeDisclosure"))
        .map(Layout.Slot::pointer).toList();
  }

  private static List<Finding> sums(ValidationResult result) {
    return result.findings().stream().filter(f -> f.rule().id().startsWith("t3.") || f.rule().id().startsWith("t4."))
        .toList();
  }

  @Test
  void everyUniquelyLocatableSingleChangeIsFoundAndRestored() {
    AtomicInteger unique = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    for (Edition edition : Edition.values()) {
      List<String> pointers = pointers(edition);
      Gen<Integer> deltas = integers().between(1, 40);
      qt().withExamples(500).forAll(ConsistentReports.of(edition), integers().between(0, pointers.size() - 1), deltas)
          .checkAssert((report, index, delta) -> {
            String pointer = pointers.get(index);
            BigDecimal before = TestReports.tree(report).at(pointer).decimalValue();
            ValidationResult result = VALIDATOR.validate(
                TestReports.with(report, Map.of(pointer, before.add(BigDecimal.valueOf(delta)))));
            cases.incrementAndGet();
            List<Finding> sums = sums(result);
            assertThat(sums).isNotEmpty();
            if (sums.get(0).candidates().isEmpty()) {
              unique.incrementAndGet();
              for (Finding f : sums) {
                assertThat(f.fix()).as("%s +%d", pointer, delta).isNotNull();
                assertThat(f.fix().pointer()).isEqualTo(pointer);
                assertThat(f.fix().to()).isEqualByComparingTo(before);
              }
            }
          });
    }
    System.out.printf("single changes: %d, uniquely located %d (%.1f%%), each restored%n", cases.get(),
        unique.get(), 100.0 * unique.get() / cases.get());
    assertThat(unique.get()).isPositive();
  }

  @Test
  void twoChangesAreRestoredWheneverTheFixIsUnique() {
    AtomicInteger unique = new AtomicInteger();
    AtomicInteger single = new AtomicInteger();
    AtomicInteger cases = new AtomicInteger();
    for (Edition edition : Edition.values()) {
      List<String> pointers = pointers(edition);
      int n = pointers.size();
      // two different cells, each raised by 1 to 30
      Gen<int[]> changes = in -> {
        int first = (int) in.next(Constraint.between(0, n - 1));
        int second = (first + 1 + (int) in.next(Constraint.between(0, n - 2))) % n;
        return new int[] {first, second, (int) in.next(Constraint.between(1, 30)), (int) in.next(Constraint.between(1, 30))};
      };
      qt().withExamples(200).forAll(ConsistentReports.of(edition), changes).checkAssert((report, change) -> {
        String a = pointers.get(change[0]);
        String b = pointers.get(change[1]);
        var tree = TestReports.tree(report);
        BigDecimal beforeA = tree.at(a).decimalValue();
        BigDecimal beforeB = tree.at(b).decimalValue();
        ValidationResult result = VALIDATOR.validate(TestReports.with(report,
            Map.of(a, beforeA.add(BigDecimal.valueOf(change[2])), b, beforeB.add(BigDecimal.valueOf(change[3])))));
        cases.incrementAndGet();
        List<Finding> sums = sums(result);
        if (sums.isEmpty() || !sums.stream().allMatch(f -> f.fix() != null)) {
          return; // the changes cancelled out, or the fix is not unique
        }
        java.util.Set<String> fixed = new java.util.TreeSet<>();
        sums.forEach(f -> fixed.add(f.fix().pointer()));
        if (fixed.size() == 2) {
          // a unique fix of two cells restores exactly the two cells changed
          unique.incrementAndGet();
          for (Finding f : sums) {
            assertThat(f.fix().pointer()).as("%s %s", a, b).isIn(a, b);
            assertThat(f.fix().to()).isEqualByComparingTo(f.fix().pointer().equals(a) ? beforeA : beforeB);
          }
        } else {
          // one cell explains both changes (a total raised twice, say): applying it makes every sum hold
          single.incrementAndGet();
          Finding.Fix fix = sums.get(0).fix();
          assertThat(sums(VALIDATOR.validate(TestReports.with(TestReports.with(report,
              Map.of(a, beforeA.add(BigDecimal.valueOf(change[2])), b, beforeB.add(BigDecimal.valueOf(change[3])))),
              Map.of(fix.pointer(), fix.to()))))).isEmpty();
        }
      });
    }
    System.out.printf("two changes: %d; located as the two cells and restored: %d (%.1f%%); explained by one"
        + " cell whose fix makes every sum hold: %d (%.1f%%)%n", cases.get(), unique.get(),
        100.0 * unique.get() / cases.get(), single.get(), 100.0 * single.get() / cases.get());
  }

  // ---- the clerical patterns of real reports ----

  private static List<Finding> check(Map<String, Object> cells) {
    return VALIDATOR.validate(TestReports.with(TestReports.tables("huaian-2024"), cells)).findings();
  }

  @Test
  void twoDigitsSwapped() {
    List<Finding> findings = check(Map.of("/applications/outcomes/disclosed/naturalPerson", 1828));
    assertThat(findings).extracting(Finding::rule, f -> f.fix().pointer(), f -> f.fix().to())
        .containsExactly(
            tuple(Rule.T3_ROW_TOTAL, "/applications/outcomes/disclosed/naturalPerson", new BigDecimal("1288")),
            tuple(Rule.T3_OUTCOME_TOTAL, "/applications/outcomes/disclosed/naturalPerson", new BigDecimal("1288")));
    assertThat(findings.get(0).message()).contains("最可能是「表三 三、本年度办理结果（一）予以公开 × 自然人」应为 1288（现为 1828）")
        .contains("像是两位数字写颠倒了");
  }

  @Test
  void aDigitDropped() {
    List<Finding> findings = check(Map.of("/applications/newRequests/naturalPerson", 301));
    assertThat(findings).extracting(Finding::rule, f -> f.fix().to()).containsOnly(
        tuple(Rule.T3_ROW_TOTAL, new BigDecimal("3001")), tuple(Rule.T3_BALANCE, new BigDecimal("3001")));
    assertThat(findings.get(0).message()).contains("像是漏写了一位数字");
  }

  @Test
  void aNumberTypedIntoTheNeighbouringColumn() {
    // 予以公开: 50 legal-service organisations typed under 社会公益组织 (the row's total still adds up)
    List<Finding> findings = check(Map.of("/applications/outcomes/disclosed/publicInterestOrganization", 50,
        "/applications/outcomes/disclosed/legalServiceOrganization", 0));
    assertThat(findings).extracting(Finding::rule, f -> f.fix().pointer(), f -> f.fix().to())
        .containsExactly(
            tuple(Rule.T3_OUTCOME_TOTAL, "/applications/outcomes/disclosed/publicInterestOrganization", BigDecimal.ZERO),
            tuple(Rule.T3_OUTCOME_TOTAL, "/applications/outcomes/disclosed/legalServiceOrganization", new BigDecimal("50")));
    assertThat(findings.get(0).message()).contains("像是数字填到了相邻的一栏");
  }

  @Test
  void theOutcomeRowsOverCountTheirTotalInThePersonColumnAndTheTotalColumn() {
    // a row counts one more person (and one more in its total): （七）总计 still balances 一 + 二 = 七 + 四,
    // so the total is right and some row is wrong; which row, the sums cannot tell
    List<Finding> findings = check(Map.of("/applications/outcomes/unavailable/notHeld/naturalPerson", 747,
        "/applications/outcomes/unavailable/notHeld/total", 770));
    assertThat(findings).extracting(Finding::rule, Finding::pointers)
        .extracting(t -> t.toList().get(0))
        .containsOnly(Rule.T3_OUTCOME_TOTAL);
    assertThat(findings).hasSize(2).allSatisfy(f -> {
      assertThat(f.fix()).isNull();
      assertThat(f.candidates()).hasSize(3).allSatisfy(set -> assertThat(set).hasSize(2)
          .noneSatisfy(fix -> assertThat(fix.pointer()).startsWith("/applications/outcomes/total/")));
      assertThat(f.message()).contains("使各项合计成立的最少改动有多种，无法确定是哪一格");
    });
  }

  @Test
  void moreDamageThanTwoCellsSaysNoSmallFixExists() {
    List<Finding> findings = check(Map.of("/applications/newRequests/naturalPerson", 1,
        "/applications/carriedOver/commercialEnterprise", 7, "/applications/outcomes/disclosed/otherOrganization", 9));
    assertThat(findings).isNotEmpty().allSatisfy(f -> {
      assertThat(f.fix()).isNull();
      assertThat(f.message()).contains("须改动三个以上的单元格");
    });
  }
}
