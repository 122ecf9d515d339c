package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
