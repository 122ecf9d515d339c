package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.internal.json.ReportJson;

/**
 * The round trip of a fix: for every conformance case whose findings offer a fix or candidate
 * fixes, the report with that fix applied ({@link Report#with(Finding.Fix)}) no longer has the
 * finding; after a unique fix it also has no finding it did not have before.
 *
 * <p>A case read from a text is checked as its report: a finding about how the text was printed
 * (a {@code cell.unit} unit) belongs to the text, which a fix does not change, so for it the test
 * asserts the cell's new number and that nothing new appears.
 */
class FixRoundTripTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final AtomicInteger FIXES_APPLIED = new AtomicInteger();

  @TestFactory
  Stream<DynamicTest> everyFixOfTheSuiteMakesItsFindingGoAway() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : ConformanceTest.suiteFiles()) {
      for (JsonNode c : ReportJson.MAPPER.readTree(file.toFile()).get("cases")) {
        if (offersAFix(c)) {
          tests.add(DynamicTest.dynamicTest(file.getFileName() + ": " + c.get("name").asText(), () -> run(c)));
        }
      }
    }
    // the suite's cases with a fix: cell.blank 3, cell.unit 2, t2.change 1, t3.balance 1,
    // t3.outcome_total 2, t3.row_total 2, t4.total 2, text.review_litigation 1
    assertThat(tests).hasSize(14);
    return tests.stream();
  }

  @AfterAll
  static void fixesWereApplied() {
    // the suite's expected findings hold 11 unique fixes and 30 candidate sets
    assertThat(FIXES_APPLIED.get()).isEqualTo(11 + 30);
  }

  private static boolean offersAFix(JsonNode c) {
    for (JsonNode f : c.get("expected")) {
      if (f.has("fix") || (f.has("candidates") && !f.get("candidates").isEmpty())) {
        return true;
      }
    }
    return false;
  }

  private static void run(JsonNode c) throws ReportReadException {
    Report previous = c.has("previous") ? ConformanceTest.report(c.get("previous")) : null;
    Report report = c.has("text") ? Reports.load(ConformanceTest.text(c.get("text")), "case.txt").report()
        : ConformanceTest.report(c);
    List<Finding> before = ConformanceTest.validate(VALIDATOR, c).findings();
    List<String> found = before.stream().map(FixRoundTripTest::what).toList();
    int applied = 0;
    for (Finding finding : before) {
      List<List<Finding.Fix>> changes = new ArrayList<>(finding.candidates());
      if (finding.fix() != null) {
        changes.add(List.of(finding.fix()));
      }
      for (List<Finding.Fix> change : changes) {
        Report fixed = report;
        for (Finding.Fix fix : change) {
          fixed = fixed.with(fix);
          assertThat(fixed.cell(fix.pointer())).isEqualTo(Cell.of(fix.to()));
        }
        List<String> after = check(fixed, previous).stream().map(FixRoundTripTest::what).toList();
        assertThat(after).as("%s after %s", what(finding), change).doesNotContain(what(finding));
        if (change.size() == 1 && change.get(0) == finding.fix()) {
          // a unique fix makes every sum hold; a candidate is one of several guesses, and a wrong
          // guess may contradict the text (text.review_litigation): only its own finding must go
          assertThat(found).as("findings after %s", change).containsAll(after);
        }
        applied++;
      }
    }
    assertThat(applied).as("fixes in the case").isPositive();
    FIXES_APPLIED.addAndGet(applied);
  }

  private static List<Finding> check(Report report, Report previous) {
    return (previous == null ? VALIDATOR.validate(report) : VALIDATOR.validate(report, previous)).findings();
  }

  /** A finding's rule and cells: what must go away. */
  private static String what(Finding f) {
    return f.rule().id() + " " + f.pointers();
  }
}
