package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TestReports;
import org.nianbao.testing.TextRendering;

/** nianbao batch: exact counts on a large generated batch in little memory, links across years, peers, copies. */
class BatchTest {

  /** A consistent report of a body for a year, with nothing carried between years so that the years link cleanly. */
  static Report yearOf(String unit, int year, SplittableRandom random) {
    Report r = ConsistentReports.generate(Edition.E2021, random);
    ApplicantRow zero = ApplicantRow.of(0, 0, 0, 0, 0, 0, 0);
    Applications.Outcomes o = r.applications().outcomes();
    ApplicantRow t = o.total();
    ActiveDisclosure2021 ad = (ActiveDisclosure2021) r.activeDisclosure();
    ActiveDisclosure2021.DocumentCounts none = new ActiveDisclosure2021.DocumentCounts(Cell.of(0), Cell.of(0), Cell.of(0));
    return new Report(unit, year, Edition.E2021,
        new ActiveDisclosure2021(new ActiveDisclosure2021.Documents(none, none), ad.licensing(), ad.enforcement(), ad.fees()),
        new Applications(t, zero, o, zero), r.reviewLitigation(), Narrative.EMPTY);
  }

  static String run(Path... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.nianbao.cli.Main", "batch", "--format", "json"));
    for (Path p : args) {
      command.add(p.toString());
    }
    Process java = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    java.waitFor();
    assertThat(err).as("stderr").doesNotContain("Exception").doesNotContain("OutOfMemory");
    return out;
  }

  /**
   * {@code -Dnianbao.batch.reports=100000} (a multiple of 5) runs the memory test on 100,000
   * reports (BENCHMARKS.md, "Robustness runs"); the build runs 10,000.
   */
  static final int REPORTS = Integer.getInteger("nianbao.batch.reports", 10_000);

  @Test
  void manyReportsInTwoHundredFiftySixMegabytes(@TempDir Path dir) throws Exception {
    assertThat(REPORTS % 5).as("nianbao.batch.reports: five years of each body").isZero();
    SplittableRandom random = new SplittableRandom(2024);
    int units = REPORTS / 5;
    int malformed = 0;
    int planted = 0;
    // a body's consecutive years link when both name the body: the text renderings' titles are not
    // read as a body (doc.title), so only two JSON files in a row link
    int links = 0;
    for (int u = 0; u < units; u++) {
      boolean lastYearNamed = false;
      Path folder = Files.createDirectories(dir.resolve("reports").resolve("unit" + (u / 100)).resolve("u" + u));
      for (int year = 2021; year <= 2025; year++) {
        int k = u * 5 + year - 2021;
        Report report = yearOf("测试县第" + u + "局", year, random);
        if (k % 97 == 13) {
          // an outcome row counts one person too many: an error in this report only
          report = TestReports.with(report, Map.of("/applications/outcomes/disclosed/naturalPerson",
              ((Cell.Value) report.applications().outcomes().disclosed().naturalPerson()).number().intValue() + 1));
        }
        if (k % 199 == 7) {
          Files.writeString(folder.resolve(year + ".json"), "{\"unit\": \"测试县第" + u + "局\", \"year\": " + year);
          malformed++;
          lastYearNamed = false;
          continue;
        }
        if (k % 97 == 13) {
          planted++;
        }
        boolean json = k % 2 == 0 || year >= 2024;
        if (json && lastYearNamed) {
          links++;
        }
        lastYearNamed = json;
        if (json) {
          Files.writeString(folder.resolve(year + ".json"), Reports.toJson(report));
        } else {
          Files.writeString(folder.resolve(year + ".txt"), TextRendering.render(report, TextRendering.Style.TAB));
        }
      }
    }
    Path jsonl = dir.resolve("out.jsonl"); // outside the folder checked: an output there is refused
    Path facts = dir.resolve("facts.csv"); // one row per cell, written as the batch goes: memory stays flat
    long started = System.nanoTime();
    JsonNode summary = ReportJson.MAPPER.readTree(run(dir.resolve("reports"), Path.of("--jsonl"), jsonl,
        Path.of("--facts"), facts));
    System.out.printf("batch of %,d reports under -Xmx256m: %.1f s%n", REPORTS, (System.nanoTime() - started) / 1e9);
    assertThat(summary.get("files").asInt()).isEqualTo(REPORTS);
    assertThat(summary.get("unreadable").size()).isEqualTo(malformed);
    assertThat(summary.get("unreadable").get(0).get("reason").asText()).startsWith("malformed JSON (line 1");
    int plantedRead = planted; // counted among the files that are not malformed
    assertThat(summary.get("read").asInt()).isEqualTo(REPORTS - malformed);
    assertThat(summary.get("valid").asInt()).isEqualTo(REPORTS - malformed - plantedRead);
    assertThat(summary.get("findings").get("t3.row_total").asInt()).isEqualTo(plantedRead);
    assertThat(summary.get("findings").get("t3.outcome_total").asInt()).isEqualTo(plantedRead);
    assertThat(summary.get("findings").has("prev.carry_over")).isFalse();
    // every report read is of the 2021 edition, 200 cells; the header, and no field here holds a line break
    try (var rows = Files.lines(facts)) {
      assertThat(rows.count()).isEqualTo(1 + 200L * (REPORTS - malformed));
    }
    try (var rows = Files.lines(dir.resolve("facts.findings.csv"))) {
      long findings = 0;
      for (JsonNode n : summary.get("findings")) {
        findings += n.asLong();
      }
      assertThat(rows.count()).isEqualTo(1 + findings);
    }
    // streamed: 100,000 lines would not fit the test's own heap at once
    try (var lines = Files.lines(jsonl)) {
      long[] counted = {0, 0};
      lines.forEach(line -> {
        counted[0]++;
        if (line.contains("\"previous\":")) {
          counted[1]++;
          assertThat(line).doesNotContain("\"unit\":\"\"");
        }
      });
      assertThat(counted[0]).as("lines").isEqualTo(REPORTS - malformed);
      assertThat(counted[1]).as("lines linked to a previous year").isEqualTo(links);
    }
  }

  @Test
  void copiedTextAndAnOutlierAreFoundAndACleanBatchHasNeither(@TempDir Path dir) throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    Path clean = Files.createDirectories(dir.resolve("clean"));
    for (int u = 0; u < 30; u++) {
      Report r = yearOf("某县第" + u + "局", 2024, random);
      // peers alike: 10 to 19 applications, a few reviews, 100 to 129 penalties, 200 to 229 licences
      ApplicantRow row = ApplicantRow.of(10 + u % 10, 0, 0, 0, 0, 0, 10 + u % 10);
      ActiveDisclosure2021 ad = (ActiveDisclosure2021) r.activeDisclosure();
      ActiveDisclosure2021 steadyTable = new ActiveDisclosure2021(ad.documents(),
          new ActiveDisclosure2021.Licensing(new ActiveDisclosure2021.Decisions(Cell.of(200 + u))),
          new ActiveDisclosure2021.Enforcement(new ActiveDisclosure2021.Decisions(Cell.of(100 + u)),
              new ActiveDisclosure2021.Decisions(Cell.of(0))), ad.fees());
      ReviewLitigation.CaseGroup few = ReviewLitigation.CaseGroup.of(1 + u % 3, 0, 0, 0, 1 + u % 3);
      Report steady = new Report(r.unit(), r.year(), r.edition(), steadyTable,
          new Applications(row, r.applications().carriedOver(), outcomes(row, r.edition()), r.applications().carriedForward()),
          new ReviewLitigation(few, few, few), narrative(u));
      Files.writeString(clean.resolve(u + ".json"), Reports.toJson(steady));
    }
    JsonNode none = ReportJson.MAPPER.readTree(run(clean));
    assertThat(none.get("findings").has("batch.outlier")).isFalse();
    assertThat(none.get("findings").has("batch.duplicate")).isFalse();

    // plant: one body received 5,000; another copied body 3's text
    Report outlier = Reports.readJson(clean.resolve("5.json"));
    ApplicantRow many = ApplicantRow.of(5000, 0, 0, 0, 0, 0, 5000);
    Files.writeString(clean.resolve("5.json"), Reports.toJson(new Report(outlier.unit(), outlier.year(), outlier.edition(),
        outlier.activeDisclosure(), new Applications(many, outlier.applications().carriedOver(),
            outcomes(many, outlier.edition()), outlier.applications().carriedForward()),
        outlier.reviewLitigation(), outlier.narrative())));
    Report copier = Reports.readJson(clean.resolve("8.json"));
    Files.writeString(clean.resolve("8.json"), Reports.toJson(new Report(copier.unit(), copier.year(), copier.edition(),
        copier.activeDisclosure(), copier.applications(), copier.reviewLitigation(), narrative(3))));
    Path jsonl = dir.resolve("out.jsonl");
    JsonNode found = ReportJson.MAPPER.readTree(run(clean, Path.of("--jsonl"), jsonl));
    assertThat(found.get("findings").get("batch.outlier").asInt()).isEqualTo(1);
    assertThat(found.get("findings").get("batch.duplicate").asInt()).isEqualTo(2);
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines.stream().filter(l -> l.contains("batch.outlier"))).singleElement().asString()
        .contains("5.json").contains("5000");
    assertThat(lines.stream().filter(l -> l.contains("batch.duplicate"))).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("\"source\":\"" + clean.resolve("3.json")).contains("8.json"))
        .anySatisfy(l -> assertThat(l).contains("\"source\":\"" + clean.resolve("8.json")).contains("3.json"));
  }

  /** A text of its own for each body, long enough to compare. */
  static Narrative narrative(int body) {
    StringBuilder text = new StringBuilder();
    SplittableRandom random = new SplittableRandom(body * 31L + 1);
    for (int i = 0; i < 400; i++) {
      text.append((char) (0x4E00 + random.nextInt(3000))).append(i % 30 == 29 ? "。" : "");
    }
    List<Narrative.Section> sections = new ArrayList<>();
    String[] headings = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
    for (int i = 0; i < headings.length; i++) {
      sections.add(new Narrative.Section(headings[i], i * 10 + 3,
          i == 0 ? List.of(new Narrative.TextLine(i * 10 + 4, text.toString())) : List.of()));
    }
    return new Narrative(List.of(new Narrative.TextLine(1, "某县2024年政府信息公开工作年度报告")), sections);
  }

  /** Outcomes that answer every application of the row: all disclosed. */
  static Applications.Outcomes outcomes(ApplicantRow answered, Edition edition) {
    ApplicantRow zero = ApplicantRow.of(0, 0, 0, 0, 0, 0, 0);
    return new Applications.Outcomes(answered, zero,
        new Applications.Withheld(zero, zero, zero, zero, zero, zero, zero, zero),
        new Applications.Unavailable(zero, zero, zero), new Applications.NotProcessed(zero, zero, zero, zero, zero),
        edition == Edition.E2019 ? zero : new Applications.OtherHandlingItems(zero, zero, zero), answered);
  }
}
