package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TestReports;

/**
 * One validator shared by eight threads gives exactly the results of a sequential run, never
 * changes its input, and orders its findings the same way every time. The number of validations
 * is {@code -Dnianbao.concurrency.validations} (default 8,000 in the build; the 100,000
 * takes about a minute).
 */
class ConcurrencyTest {
  private static final int VALIDATIONS = Integer.getInteger("nianbao.concurrency.validations", 8_000);

  @Test
  void eightThreadsSharingOneValidatorAgreeWithASequentialRun() throws Exception {
    ReportValidator validator = ReportValidator.create();
    SplittableRandom random = new SplittableRandom(8);
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      Report r = ConsistentReports.generate(i % 2 == 0 ? Edition.E2019 : Edition.E2021, random);
      // every third report gets a mistake, so that there are findings (and fixes) to agree on
      reports.add(i % 3 == 0 ? TestReports.with(r, java.util.Map.of("/reviewLitigation/review/total",
          ((Cell.Value) r.reviewLitigation().review().total()).number().intValue() + 1 + i % 5)) : r);
    }
    List<Report> copies = reports.stream().map(r -> TestReports.read(TestReports.tree(r))).toList();
    List<ValidationResult> expected = reports.stream().map(validator::validate).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        runs.add(pool.submit(() -> {
          for (int k = thread; k < VALIDATIONS; k += 8) {
            int i = (k * 7919) % reports.size();
            if (!validator.validate(reports.get(i)).equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(reports).isEqualTo(copies); // validation changed nothing
    assertThat(reports.stream().map(validator::validate).toList()).isEqualTo(expected);
    assertThat(expected).anySatisfy(r -> assertThat(r.findings()).isNotEmpty());
  }
}
