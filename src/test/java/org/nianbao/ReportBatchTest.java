package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.ReadmeCopies;

/**
 * Several reports checked together: a body's years linked once (prev.*), peers compared (batch.*),
 * and the validator's configuration applied to both.
 */
class ReportBatchTest {
  private static final String CARRIED_OVER = "/applications/carriedOver/";
  private static final String CARRIED_FORWARD = "/applications/carriedForward/";

  /**
   * A consistent 2024 report of a body that carries nothing over; its tables have no figure that
   * could jump between years, since every year of a body below has the same ones.
   */
  private static final Report BASE = BatchTest.yearOf("测试县第一局", 2024, new SplittableRandom(11));

  private static Report of(String unit, int year) {
    return new Report(unit, year, BASE.edition(), BASE.activeDisclosure(), BASE.applications(),
        BASE.reviewLitigation(), BASE.narrative());
  }

  /** The year before, which carried 5 applications of persons forward that this year's does not take over. */
  private static Report carryingFive(String unit, int year) {
    return of(unit, year).with(CARRIED_FORWARD + "naturalPerson", Cell.of(5)).with(CARRIED_FORWARD + "total", Cell.of(5));
  }

  private static List<Finding> crossYear(ReportBatch.Outcome outcome) {
    return outcome.result().findings().stream().filter(f -> f.rule().id().startsWith("prev.")).toList();
  }

  @Test
  void aBodysReportIsCheckedWithItsYearBeforeFoundAmongTheOthers() {
    List<ReportBatch.Outcome> outcomes = ReportBatch.builder()
        .add(of("测试县第一局", 2024), "a-2024")
        .add(of("测试县第二局", 2024), "b-2024")
        .add(carryingFive("测试县 第一局", 2023), "a-2023") // the same body, spaced otherwise
        .build().check();

    assertThat(outcomes).extracting(ReportBatch.Outcome::source).containsExactly("a-2024", "b-2024", "a-2023");
    ReportBatch.Outcome a2024 = outcomes.get(0);
    assertThat(a2024.previousYearSource()).contains("a-2023");
    // 2023 carried 5 forward, of persons; 2024 took over 0: the two columns that differ, and no more
    List<Finding> carry = crossYear(a2024);
    assertThat(carry).extracting(Finding::rule).containsOnly(Rule.PREV_CARRY_OVER);
    assertThat(carry).extracting(Finding::pointers)
        .containsExactlyInAnyOrder(List.of(CARRIED_OVER + "naturalPerson"), List.of(CARRIED_OVER + "total"));
    assertThat(carry).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.expected()).isEqualByComparingTo(BigDecimal.valueOf(5));
      assertThat(f.actual()).isEqualByComparingTo(BigDecimal.ZERO);
    });
    assertThat(outcomes.get(1).previousYearSource()).isNull();
    assertThat(crossYear(outcomes.get(1))).isEmpty();
    assertThat(outcomes.get(2).previousYearSource()).isNull();
    assertThat(crossYear(outcomes.get(2))).isEmpty();
  }

  @Test
  void ofTwoReportsOfOneBodyAndYearTheFirstAddedIsTheYearBeforeAndBothAreChecked() {
    List<ReportBatch.Outcome> outcomes = ReportBatch.builder()
        .add(carryingFive("测试县第一局", 2023), "first-2023")
        .add(of("测试县第一局", 2023), "second-2023")
        .add(of("测试县第一局", 2024), "a-2024")
        .build().check();

    assertThat(outcomes).hasSize(3).allSatisfy(o -> assertThat(o.result()).isNotNull());
    assertThat(outcomes.get(2).previousYearSource()).contains("first-2023");
    assertThat(crossYear(outcomes.get(2))).hasSize(2);

    List<ReportBatch.Outcome> swapped = ReportBatch.builder()
        .add(of("测试县第一局", 2023), "second-2023")
        .add(carryingFive("测试县第一局", 2023), "first-2023")
        .add(of("测试县第一局", 2024), "a-2024")
        .build().check();
    assertThat(swapped.get(2).previousYearSource()).contains("second-2023");
    assertThat(crossYear(swapped.get(2))).isEmpty();
  }

  @Test
  void aReportWithoutBodyOrYearIsLinkedToNothing() {
    List<ReportBatch.Outcome> outcomes = ReportBatch.builder()
        .add(carryingFive("", 2023), "nobody-2023")
        .add(of("", 2024), "nobody-2024")
        .build().check();
    assertThat(outcomes.get(1).previousYearSource()).isNull();
    assertThat(crossYear(outcomes.get(1))).isEmpty();
  }

  @Test
  void anExplicitYearBeforeWinsOverTheOneInTheBatch() {
    ReportDocument given = ReportDocument.of(of("测试县第一局", 2023), "given-2023");
    List<ReportBatch.Outcome> outcomes = ReportBatch.builder()
        .add(carryingFive("测试县第一局", 2023), "batch-2023")
        .add(ReportDocument.of(of("测试县第一局", 2024), "a-2024"), given)
        .build().check();
    assertThat(outcomes.get(1).previousYearSource()).contains("given-2023");
    assertThat(crossYear(outcomes.get(1))).isEmpty();

    ReportDocument wrongYear = ReportDocument.of(of("测试县第一局", 2022), "a-2022");
    assertThatThrownBy(() -> ReportBatch.builder().add(ReportDocument.of(of("测试县第一局", 2024), "a-2024"), wrongYear))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("last year's report is for 2022, not for 2023, the year before 2024");
  }

  @Test
  void theValidatorsConfigurationAppliesToCrossYearFindings() {
    ReportValidator lenient = ReportValidator.builder().severity(Rule.PREV_CARRY_OVER, Severity.WARNING).build();
    List<ReportBatch.Outcome> outcomes = ReportBatch.builder().validator(lenient)
        .add(carryingFive("测试县第一局", 2023), "a-2023")
        .add(of("测试县第一局", 2024), "a-2024")
        .build().check();
    assertThat(crossYear(outcomes.get(1))).hasSize(2).extracting(Finding::severity).containsOnly(Severity.WARNING);

    ReportValidator without = ReportValidator.builder().disable(Rule.PREV_CARRY_OVER).build();
    List<ReportBatch.Outcome> none = ReportBatch.builder().validator(without)
        .add(carryingFive("测试县第一局", 2023), "a-2023")
        .add(of("测试县第一局", 2024), "a-2024")
        .build().check();
    assertThat(none.get(1).previousYearSource()).contains("a-2023");
    assertThat(crossYear(none.get(1))).isEmpty();
  }

  /** Two bodies with the same narrative word for word: each is a copy of the other. */
  private static ReportBatch.Builder copied() {
    Report a = new Report("某县第一局", 2024, BASE.edition(), BASE.activeDisclosure(), BASE.applications(),
        BASE.reviewLitigation(), BatchTest.narrative(3));
    Report b = new Report("某县第二局", 2024, BASE.edition(), BASE.activeDisclosure(), BASE.applications(),
        BASE.reviewLitigation(), BatchTest.narrative(3));
    return ReportBatch.builder().add(a, "a.json").add(b, "b.json");
  }

  @Test
  void batchRulesApplyWhenAskedAndFollowTheValidatorsConfiguration() {
    assertThat(copied().build().check())
        .allSatisfy(o -> assertThat(o.result().findings(Rule.BATCH_DUPLICATE)).isEmpty());

    ReportValidator english = ReportValidator.builder().locale(Locale.ENGLISH).build();
    List<ReportBatch.Outcome> found = copied().validator(english).batchRules(true).build().check();
    assertThat(found.get(0).result().findings(Rule.BATCH_DUPLICATE)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).startsWith(
          "The text is nearly the same as another body's report (某县第二局, 2024, b.json; similarity 100%).");
    });
    assertThat(found.get(1).result().findings(Rule.BATCH_DUPLICATE)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(某县第一局, 2024, a.json; similarity 100%)"));

    ReportValidator informative = ReportValidator.builder().severity(Rule.BATCH_DUPLICATE, Severity.INFO).build();
    assertThat(copied().validator(informative).batchRules(true).build().check()).allSatisfy(o ->
        assertThat(o.result().findings(Rule.BATCH_DUPLICATE)).singleElement()
            .extracting(Finding::severity).isEqualTo(Severity.INFO));

    ReportValidator without = ReportValidator.builder().disable(Rule.BATCH_DUPLICATE).build();
    assertThat(copied().validator(without).batchRules(true).build().check())
        .allSatisfy(o -> assertThat(o.result().findings(Rule.BATCH_DUPLICATE)).isEmpty());
  }

  @Test
  void filesAreReadWhenCheckedAndOneUnreadableFileStopsNoOther(@TempDir Path dir) throws IOException {
    Path a2023 = Files.writeString(dir.resolve("a-2023.json"), Reports.toJson(carryingFive("测试县第一局", 2023)));
    Path broken = Files.writeString(dir.resolve("broken.json"), "{");
    Path a2024 = Files.writeString(dir.resolve("a-2024.json"), Reports.toJson(of("测试县第一局", 2024)));
    for (int threads : new int[] {1, 3}) {
      ReportBatch batch = ReportBatch.builder().threads(threads).addFile(a2024).addFile(broken).addFile(a2023).build();
      List<ReportBatch.Outcome> outcomes = batch.check();
      assertThat(outcomes).extracting(ReportBatch.Outcome::source)
          .containsExactly(a2024.toString(), broken.toString(), a2023.toString());
      assertThat(outcomes.get(0).previousYearSource()).contains(a2023.toString());
      assertThat(crossYear(outcomes.get(0))).hasSize(2);
      assertThat(outcomes.get(1).result()).isNull();
      assertThat(outcomes.get(1).failure()).isInstanceOf(ReportReadException.class)
          .extracting(e -> ((ReportReadException) e).problem()).asString().startsWith("malformed JSON (line 1, column 2)");
      assertThat(outcomes.get(2).failure()).isNull();
    }
  }

  @Test
  void oneBatchIsCheckedFromSeveralThreadsAtOnceAlike() throws Exception {
    ReportBatch batch = ReportBatch.builder().threads(2).batchRules(true)
        .add(carryingFive("测试县第一局", 2023), "a-2023")
        .add(of("测试县第一局", 2024), "a-2024")
        .add(of("测试县第二局", 2024), "b-2024")
        .build();
    java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(callers.submit(() -> batch.check().stream().map(o -> o.source() + " " + o.previousYearSource()
            + " " + o.result().findings()).toList()));
      }
      List<String> first = runs.get(0).get();
      assertThat(first.get(1)).startsWith("a-2024 a-2023 ");
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(first);
      }
    } finally {
      callers.shutdownNow();
    }
  }

  @Test
  void progressCountsBothLooksAtEveryReport() {
    int[] last = {0};
    ReportBatch batch = copied().build();
    batch.check(outcome -> {}, done -> last[0] = done);
    assertThat(last[0]).isEqualTo(4);
  }

  @Test
  void theReadmesExampleLinksTheYears(@TempDir Path dir) throws Exception {
    Path lastYear = Files.writeString(dir.resolve("a-2023.json"), Reports.toJson(carryingFive("测试县第一局", 2023)));
    Path thisYear = Files.writeString(dir.resolve("a-2024.json"), Reports.toJson(of("测试县第一局", 2024)));
    ReportValidator validator = ReportValidator.create();
    List<String> log = new java.util.ArrayList<>();
    // README begin
    ReportBatch batch = ReportBatch.builder().validator(validator)
        .add(Reports.load(thisYear)).add(Reports.load(lastYear)).build();
    for (ReportBatch.Outcome outcome : batch.check()) {   // or check(outcome -> …), to stream them
      if (outcome.result() != null) {                      // null: see outcome.failure()
        log.add(outcome.source() + " after " + Objects.requireNonNullElse(outcome.previousYearSource(), "nothing")
            + ": " + outcome.result().findings(Rule.PREV_CARRY_OVER).size() + " × prev.carry_over");
      }
    }
    // README end
    assertThat(log).containsExactly(thisYear + " after " + lastYear + ": 2 × prev.carry_over",
        lastYear + " after nothing: 0 × prev.carry_over");

    assertThat(Files.readString(Path.of("README.md")))
        .contains("```java\n" + ReadmeCopies.copy(Path.of("src/test/java/org/nianbao/ReportBatchTest.java")) + "```\n");
  }
}
