package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.json.ReportJson;

/**
 * A batch reads each file once: a report is checked when read and put aside until the batch hands
 * its outcome over. What is put aside and taken back must be what was read and found, to the last
 * place and scale; and the outcomes must not depend on where the reports waited, on the order of
 * the files, or on the number of threads.
 */
class ReportBatchOneReadTest {

  /** The published reports the project keeps, as files: every reader and both editions. */
  private static List<Path> corpus(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> real = Files.list(Path.of("src/test/resources/real"))) {
      real.filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    try (Stream<Path> examples = Files.list(Path.of("examples"))) {
      examples.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    List<Path> copies = new ArrayList<>();
    for (Path file : files) {
      Path copy = dir.resolve(file.getFileName());
      Files.copy(file, copy);
      copies.add(copy);
    }
    return copies;
  }

  private static List<ReportBatch.Outcome> check(List<Path> files, int keptInMemory, int threads,
      List<ReportDocument> documents) {
    ReportBatch.Builder builder = ReportBatch.builder().batchRules(true).threads(threads).keptInMemoryUpTo(keptInMemory);
    files.forEach(builder::addFile);
    List<ReportBatch.Outcome> outcomes = new ArrayList<>();
    builder.build().checkRead((outcome, document) -> {
      outcomes.add(outcome);
      documents.add(document);
    }, done -> { });
    return outcomes;
  }

  @Test
  void whatIsPutAsideInAFileComesBackAsReadAndFound(@TempDir Path dir) throws IOException {
    List<Path> files = corpus(dir);
    assertThat(files).hasSizeGreaterThan(20);
    List<ReportDocument> keptDocuments = new ArrayList<>();
    List<ReportDocument> spilledDocuments = new ArrayList<>();
    List<ReportBatch.Outcome> kept = check(files, Integer.MAX_VALUE, 1, keptDocuments);
    List<ReportBatch.Outcome> spilled = check(files, 0, 2, spilledDocuments);

    assertThat(kept).allSatisfy(o -> assertThat(o.failure()).as(o.source()).isNull());
    for (int i = 0; i < files.size(); i++) {
      ReportBatch.Outcome a = kept.get(i);
      ReportBatch.Outcome b = spilled.get(i);
      // records all the way down: the reports, every finding with its cells, fix and place
      assertThat(b).as(a.source()).usingRecursiveComparison().isEqualTo(a);
      assertThat(b).isEqualTo(a);
    }
    for (int i = 0; i < files.size(); i++) {
      ReportDocument a = keptDocuments.get(i);
      ReportDocument b = spilledDocuments.get(i);
      assertThat(b.source()).isEqualTo(a.source());
      assertThat(b.report()).isEqualTo(a.report());
      for (Layout.Slot slot : Layout.of(a.report().edition()).slots()) {
        assertThat(b.location(slot.pointer())).as(a.source() + " " + slot.pointer())
            .isEqualTo(a.location(slot.pointer()));
      }
    }
    // the pingtan pages of 2022 and 2023 are one body's consecutive years: linked
    int y2023 = indexOf(files, "pingtan-2023-page.txt");
    assertThat(spilled.get(y2023).previousYearSource()).endsWith("pingtan-2022-page.txt");
  }

  private static int indexOf(List<Path> files, String name) {
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).getFileName().toString().equals(name)) {
        return i;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void aYearBeforeReadAfterItsNextYearIsLinkedAllTheSame(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>(corpus(dir));
    int y2022 = indexOf(files, "pingtan-2022-page.txt");
    Path lastYear = files.remove(y2022);
    files.add(lastYear); // read last of all: the 2023 report is checked before 2022's is read
    List<ReportBatch.Outcome> outcomes = check(files, 0, 1, new ArrayList<>());

    ReportBatch.Outcome thisYear = outcomes.get(indexOf(files, "pingtan-2023-page.txt"));
    assertThat(thisYear.previousYearSource()).isEqualTo(lastYear.toString());
    ReportValidator validator = ReportValidator.create();
    ReportDocument document = Reports.load(files.get(indexOf(files, "pingtan-2023-page.txt")));
    List<Finding> alone = validator.validate(document, Reports.load(lastYear).report()).findings();
    assertThat(thisYear.result().findings().stream().filter(f -> !f.rule().id().startsWith("batch.")).toList())
        .isEqualTo(alone);
  }

  @Test
  void aFileIsReadOnce(@TempDir Path dir) throws IOException {
    // a rule that deletes each report's file as soon as the report is checked: a batch that read a
    // file a second time would find it gone
    List<Path> files = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100; i++) {
      Report report = BatchTest.yearOf("测试县第" + i + "局", 2021 + i % 3, random);
      Path file = dir.resolve(String.format("%03d.json", i));
      Files.writeString(file, ReportJson.write(report));
      files.add(file);
    }
    LocalRule deleting = new NoViolations("test.delete") {
      @Override
      public List<LocalRule.Violation> check(Report report, Report previousYear) {
        String unit = report.unit();
        int n = Integer.parseInt(unit.substring(unit.indexOf('第') + 1, unit.indexOf('局')));
        try {
          Files.delete(dir.resolve(String.format("%03d.json", n)));
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        return List.of();
      }
    };
    ReportBatch.Builder builder = ReportBatch.builder().threads(2)
        .validator(ReportValidator.builder().add(deleting).build());
    files.forEach(builder::addFile);
    List<ReportBatch.Outcome> outcomes = builder.build().check();

    assertThat(outcomes).hasSize(100);
    assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).as(o.source()).isNull());
    assertThat(outcomes).allSatisfy(o -> assertThat(o.result().findings()).as(o.source()).isEmpty());
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aFindingWithAnArgumentOfItsOwnKindIsKeptAsItIs(@TempDir Path dir) throws IOException {
    AtomicInteger own = new AtomicInteger(42); // a Number, but none the file can hold
    LocalRule counting = new NoViolations("test.own_number") {
      @Override
      public List<LocalRule.Violation> check(Report report, Report previousYear) {
        return List.of(LocalRule.Violation.of("test.own_number", List.of("/applications/newRequests/total"), own));
      }
    };
    List<Path> files = corpus(dir);
    ReportBatch.Builder builder = ReportBatch.builder().keptInMemoryUpTo(0)
        .validator(ReportValidator.builder().add(counting).build());
    files.forEach(builder::addFile);
    List<ReportBatch.Outcome> outcomes = builder.build().check();

    assertThat(outcomes).allSatisfy(o -> assertThat(o.result().findings(counting)).singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsExactly(own)));
  }

  /** A local rule of all editions, worded by its id. */
  private abstract static class NoViolations implements LocalRule {
    private final String id;

    NoViolations(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public Set<Edition> editions() {
      return EnumSet.allOf(Edition.class);
    }

    @Override
    public String title(Locale locale) {
      return id;
    }

    @Override
    public String basis(Locale locale) {
      return id;
    }

    @Override
    public Optional<String> message(String key, Locale locale) {
      return Optional.of(id + " {0}");
    }
  }
}
