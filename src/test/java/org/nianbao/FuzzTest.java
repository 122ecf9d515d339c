package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.DocxRendering;
import org.nianbao.testing.HtmlRendering;
import org.nianbao.testing.TestReports;

/**
 * The readers on mutated examples: every input gives a report (and its findings) or one clear
 * line, never another exception. {@code -Dnianbao.fuzz.examples=N} sets how many inputs per
 * reader (default 300 in the build; run with 100000 for a long session).
 */
class FuzzTest {
  private static final int EXAMPLES = Integer.getInteger("nianbao.fuzz.examples", 300);
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @TempDir
  static Path dir;

  /** Replaces a stretch of the input by a random string: deletion, insertion and corruption in one. */
  private static String mutate(String text, int at, int length, String insert) {
    int start = Math.min(at, text.length());
    int end = Math.min(text.length(), start + length);
    return text.substring(0, start) + insert + text.substring(end);
  }

  private static void readsOrRefuses(Path file, AtomicInteger count) {
    count.incrementAndGet();
    try {
      VALIDATOR.validate(Reports.load(file));
    } catch (ReportReadException e) {
      assertThat(e.getMessage()).startsWith(file + ": ").doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void canonicalJson() throws IOException {
    String json = Files.readString(TestReports.EXAMPLES.resolve("huaian-2024.json"));
    AtomicInteger count = new AtomicInteger();
    Path file = dir.resolve("f.json");
    qt().withExamples(EXAMPLES).forAll(integers().between(0, json.length()), integers().between(0, 30),
        strings().allPossible().ofLengthBetween(0, 12)).checkAssert((at, length, insert) -> {
          try {
            // getBytes, not writeString: a lone surrogate in the insert becomes "?" instead of an exception
            Files.write(file, mutate(json, at, length, insert).getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          readsOrRefuses(file, count);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10); // the same input is not tried twice
  }

  @Test
  void webPages() {
    String html = new String(HtmlRendering.render(TestReports.example("xingjing-2020"), StandardCharsets.UTF_8, false),
        StandardCharsets.UTF_8);
    AtomicInteger count = new AtomicInteger();
    Path file = dir.resolve("f.html");
    qt().withExamples(EXAMPLES).forAll(integers().between(0, html.length()), integers().between(0, 60),
        strings().ascii().ofLengthBetween(0, 12)).checkAssert((at, length, insert) -> {
          try {
            Files.write(file, mutate(html, at, length, insert).getBytes(StandardCharsets.UTF_8));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          readsOrRefuses(file, count);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(EXAMPLES * 9 / 10); // the same input is not tried twice
  }

  @Test
  void wordDocuments() throws IOException {
    // mutate the XML inside a valid .docx (mutating the zip's bytes mostly tests the zip reader)
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    String xml;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      String found = null;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          found = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      xml = found;
    }
    AtomicInteger count = new AtomicInteger();
    Path file = dir.resolve("f.docx");
    int fuzzed = Math.max(20, EXAMPLES / 5); // each reads a whole Word document: fewer, by default
    qt().withExamples(fuzzed).forAll(integers().between(0, xml.length()), integers().between(0, 40),
        strings().ascii().ofLengthBetween(0, 8)).checkAssert((at, length, insert) -> {
          try {
            Files.write(file, replace(docx, "word/document.xml", mutate(xml, at, length, insert)));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          readsOrRefuses(file, count);
        });
    assertThat(count.get()).isGreaterThanOrEqualTo(fuzzed * 9 / 10);
  }

  /**
   * The inputs of issue 9 that once took minutes or gigabytes, as seeds: each, and mutations of
   * the textual ones, read and checked (or refused) well within the time per report.
   */
  @Test
  void hostileSeeds() throws IOException {
    String huaian = Files.readString(TestReports.EXAMPLES.resolve("huaian-2024.txt"));
    String json = Files.readString(TestReports.EXAMPLES.resolve("huaian-2024.json"));
    String html = new String(HtmlRendering.render(TestReports.example("huaian-2024"), StandardCharsets.UTF_8, false),
        StandardCharsets.UTF_8);
    String spans = "<html><body><p>本年新收</p><table><tr><td>总体情况</td></tr>"
        + ("<tr>" + "<td rowspan=\"100\" colspan=\"100\">1</td>".repeat(100) + "</tr>").repeat(50) + "</table></body></html>";
    java.util.Map<String, String> seeds = new java.util.LinkedHashMap<>();
    seeds.put("run.txt", huaian + "\n" + BoundedInputTest.NUMERAL_RUN + "\n");
    seeds.put("run.json", json.replace("全年收取政府信息公开信息处理费 3940 元。", BoundedInputTest.NUMERAL_RUN));
    seeds.put("run.html", html.replace("</div>\n</td></tr></table>", "<p>" + BoundedInputTest.NUMERAL_RUN + "</p></div>\n</td></tr></table>"));
    seeds.put("exponent.json", json.replaceFirst("\"naturalPerson\": 3001", "\"naturalPerson\": 1e999999999"));
    seeds.put("int-exponent.json", json.replaceFirst("\"naturalPerson\": 3001", "\"naturalPerson\": 1E2147483647"));
    seeds.put("digits.txt", huaian.replace("| 3001 | 53 |", "| " + "7".repeat(999_000) + " | 53 |"));
    seeds.put("numeral.txt", huaian.replace("六、其他需要报告的事项\n",
        "六、其他需要报告的事项\n主动公开政府信息一八四四六七四四零七三七零九五五一六一七条，其中规章1条、规范性文件2条。\n"));
    seeds.put("spans.html", spans);
    Duration bound = Reports.TIME_PER_REPORT.plusSeconds(10);
    AtomicInteger count = new AtomicInteger();
    for (var seed : seeds.entrySet()) {
      Path file = dir.resolve(seed.getKey());
      Files.write(file, seed.getValue().getBytes(StandardCharsets.UTF_8));
      assertTimeoutPreemptively(bound, () -> readsOrRefuses(file, count), seed.getKey());
      String text = seed.getValue();
      qt().withExamples(5).forAll(integers().between(0, text.length()), integers().between(0, 30),
          strings().allPossible().ofLengthBetween(0, 8)).checkAssert((at, length, insert) -> {
            try {
              Files.write(file, mutate(text, at, length, insert).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            assertTimeoutPreemptively(bound, () -> readsOrRefuses(file, count), seed.getKey());
          });
    }
    byte[] docx = DocxRendering.render(TestReports.example("huaian-2024"));
    Path spanned = dir.resolve("span.docx");
    Files.write(spanned, BoundedInputTest.withDocumentXml(docx,
        xml -> xml.replaceFirst("<w:tcPr>", "<w:tcPr><w:gridSpan w:val=\"2147483647\"/>")));
    assertTimeoutPreemptively(bound, () -> readsOrRefuses(spanned, count));
    assertThat(count.get()).isGreaterThan(seeds.size());
  }

  private static byte[] replace(byte[] zipBytes, String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(e.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
      }
    }
    return out.toByteArray();
  }
}
