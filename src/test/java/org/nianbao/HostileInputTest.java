package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.NoticeTemplate;

/**
 * Guards the reader against input no report looks like: binary junk, a report of headings only,
 * labels repeated a thousand times, a 10 MB line. Each gets a finding or a one-line
 * {@link ReportReadException}, in bounded time, never another exception and never a number that
 * is not in the text.
 */
class HostileInputTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Duration BOUND = Duration.ofSeconds(20);
  private static final String TITLE = "某某县人民政府2024年政府信息公开工作年度报告\n";

  @TempDir
  Path dir;

  private static String headings() {
    return String.join("\n", NoticeTemplate.HEADINGS) + "\n";
  }

  @Test
  void binaryJunkIsAFindingOrAOneLineError() throws Exception {
    SplittableRandom random = new SplittableRandom(2024);
    for (int i = 0; i < 5; i++) {
      byte[] junk = new byte[1 << 16];
      random.nextBytes(junk);
      Path file = Files.write(dir.resolve("junk" + i + ".txt"), junk);
      readsSafely(file.toString(), () -> Reports.load(file), decodings(junk));
    }
  }

  @Test
  void junkAfterATitleAndHeadingsIsAFindingOrAOneLineError() throws Exception {
    // text that looks like a report at first, so it is not refused as binary straight away
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder text = new StringBuilder(TITLE).append(headings());
    for (int i = 0; i < 20_000; i++) {
      text.append((char) random.nextInt(0x20, 0xD7FF));
    }
    String input = text.toString();
    readsSafely("junk.txt", () -> Reports.load(input, "junk.txt"), List.of(input));
  }

  @Test
  void aReportOfHeadingsOnlyIsReadWithItsTablesMissing() {
    // the spec: a text with the report's sections but none of its tables is read, and says so
    String text = TITLE + headings();
    ReportDocument document = assertTimeoutPreemptively(BOUND, () -> Reports.load(text, "headings.txt"));
    List<Finding> findings = VALIDATOR.validate(document).findings();
    assertThat(findings).extracting(f -> f.rule().id()).contains("doc.tables_missing");
    assertThat(numbers(document.report())).isEmpty();
  }

  @Test
  void headingsOnlyWithoutATitleIsAFindingOrAOneLineError() {
    String text = headings();
    readsSafely("headings.txt", () -> Reports.load(text, "headings.txt"), List.of(text));
  }

  @Test
  void everyLabelRepeatedAThousandTimesIsAFindingOrAOneLineError() {
    StringBuilder labels = new StringBuilder();
    for (Edition edition : Edition.values()) {
      for (NoticeTemplate.Table table : NoticeTemplate.tables(edition)) {
        table.lines().forEach(l -> labels.append(String.join("\t", l.labels())).append('\n'));
      }
    }
    String text = TITLE + headings() + labels.toString().repeat(1000);
    readsSafely("labels.txt", () -> Reports.load(text, "labels.txt"), List.of(text));
  }

  @Test
  void aRowRepeatedAThousandTimesIsAFindingOrAOneLineError() {
    String rows = "一、本年新收政府信息公开申请数量\t3\t0\t0\t0\t0\t1\t4\n规章\t1\t0\t11\n";
    String text = TITLE + headings() + rows.repeat(1000);
    readsSafely("rows.txt", () -> Reports.load(text, "rows.txt"), List.of(text));
  }

  @Test
  void aLineOfTenMegabytesIsAFindingOrAOneLineError() {
    String glued = "行政规范性文件8855698".repeat(10_000_000 / 28);
    String text = TITLE + NoticeTemplate.HEADINGS.get(0) + "\n" + NoticeTemplate.HEADINGS.get(1) + "\n" + glued + "\n"
        + String.join("\n", NoticeTemplate.HEADINGS.subList(2, 6)) + "\n";
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(10_000_000);
    readsSafely("long.txt", () -> Reports.load(text, "long.txt"), List.of(text));
  }

  @Test
  void aLineOfTenMillionDigitsIsAFindingOrAOneLineError() {
    String text = TITLE + headings().replace("三、收到和处理政府信息公开申请情况\n",
        "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量" + "1234567890".repeat(1_000_000) + "\n");
    readsSafely("digits.txt", () -> Reports.load(text, "digits.txt"), List.of(text));
  }

  interface Load {
    ReportDocument load() throws ReportReadException;
  }

  /**
   * Reads within the bound; a refusal is one line naming the source; a report read has at least
   * one finding, and each of its numbers is in the text.
   */
  private static void readsSafely(String source, Load load, List<String> texts) {
    Object outcome = assertTimeoutPreemptively(BOUND, () -> {
      try {
        ReportDocument document = load.load();
        return new Object[] {document, VALIDATOR.validate(document).findings()};
      } catch (ReportReadException e) {
        return e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new AssertionError(source + ": the reader threw " + e, e);
      }
    });
    if (outcome instanceof ReportReadException e) {
      assertThat(e.getMessage()).startsWith(source + ": ").doesNotContain("\n").doesNotContain("Exception");
      return;
    }
    Object[] read = (Object[]) outcome;
    ReportDocument document = (ReportDocument) read[0];
    @SuppressWarnings("unchecked")
    List<Finding> findings = (List<Finding>) read[1];
    assertThat(findings).as("%s: read without a finding", source).isNotEmpty();
    List<String> folded = texts.stream().map(HostileInputTest::fold).toList();
    assertThat(numbers(document.report())).as("%s: numbers not in the text", source)
        .allSatisfy(n -> assertThat(folded).anyMatch(t -> t.contains(n)));
  }

  /** The text as the reader may fold it: full-width digits to ASCII, thousands separators dropped. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replace("，", "");
  }

  private static List<String> decodings(byte[] bytes) {
    List<String> out = new ArrayList<>();
    for (Charset c : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1)) {
      out.add(new String(bytes, c));
    }
    return out;
  }

  /** The numbers in a report's cells, as printed. */
  private static List<String> numbers(Report report) {
    List<String> out = new ArrayList<>();
    for (Cell cell : Layout.of(report.edition()).cells(report)) {
      if (cell instanceof Cell.Value v) {
        out.add(v.number().toPlainString());
      }
    }
    return out;
  }
}
