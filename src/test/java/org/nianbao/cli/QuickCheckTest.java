package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} read without picocli ({@link QuickCheck}) does exactly what picocli's reading does:
 * the same output, errors and exit status; whatever it does not fully understand goes to picocli.
 */
class QuickCheckTest {
  private static final String XINGJING = "examples/xingjing-2020.txt";
  private static final String HUAIAN = "examples/huaian-2024.txt";
  private static final String HUAIAN_JSON = "examples/huaian-2024.json";
  // a real report's excerpt with findings: exit status 1, finding blocks
  private static final String PARTIAL = "src/test/resources/real/chongqing-zhen-2022-partial.txt";

  record Run(int status, String out, String err) {}

  private static Run quick(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static Run picocli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter o = new PrintWriter(out);
    PrintWriter e = new PrintWriter(err);
    int status = Main.picocli(o, e, args);
    o.flush();
    e.flush();
    return new Run(status, out.toString(), err.toString());
  }

  private static void sameBothWays(boolean understood, String... args) {
    assertThat(QuickCheck.parse(args) != null).as("read without picocli: %s", List.of(args)).isEqualTo(understood);
    Run picocli = picocli(args);
    assertThat(quick(args)).as("%s", List.of(args)).isEqualTo(picocli);
  }

  @Test
  void theCommonChecksAreReadWithoutPicocliAndGiveTheSameBytes() {
    sameBothWays(true, "check", XINGJING);
    sameBothWays(true, "check", HUAIAN, XINGJING);
    sameBothWays(true, "check", "--format", "json", HUAIAN);
    sameBothWays(true, "check", "--format=json", XINGJING, HUAIAN_JSON);
    sameBothWays(true, "check", "--format", "html", "--lang", "en", PARTIAL);
    sameBothWays(true, "check", PARTIAL, "--lang=en", "-v");
    sameBothWays(true, "check", "--verbose", "--fail-on", "warning", PARTIAL);
    sameBothWays(true, "check", "--fail-on=never", PARTIAL);
    sameBothWays(true, "check", "--disable", "t3.balance", "--disable=doc.title", PARTIAL);
    sameBothWays(true, "check", "--previous", HUAIAN, HUAIAN);
    sameBothWays(true, "check", "--unit", "某某镇人民政府", "--year", "2023", "--format", "json", PARTIAL);
  }

  @Test
  void standardInputIsReadAlikeBothWays() throws IOException {
    byte[] report = Files.readAllBytes(Path.of(PARTIAL));
    java.io.InputStream stdin = System.in;
    try {
      // the excerpt stops in table 二: a warning, so status 1 under --fail-on warning
      String[] args = {"check", "--format", "json", "--fail-on", "warning", "-"};
      assertThat(QuickCheck.parse(args)).isNotNull();
      System.setIn(new java.io.ByteArrayInputStream(report));
      Run picocli = picocli(args);
      System.setIn(new java.io.ByteArrayInputStream(report));
      assertThat(quick(args)).isEqualTo(picocli);
      assertThat(picocli.status()).isEqualTo(1);
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void badInputIsReportedAlikeBothWays(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    sameBothWays(true, "check", dir.resolve("missing.txt").toString());
    sameBothWays(true, "check", empty.toString(), XINGJING);
    sameBothWays(true, "check", "--previous", dir.resolve("missing.json").toString(), XINGJING);
    sameBothWays(true, "check", "--disable", "no.such.rule", XINGJING);
  }

  @Test
  void whatItDoesNotFullyUnderstandIsPicoclisToReadOrRefuse(@TempDir Path dir) throws IOException {
    Path arguments = Files.writeString(dir.resolve("arguments"), XINGJING);
    sameBothWays(false, "check");
    sameBothWays(false, "check", "--help");
    sameBothWays(false, "check", "--version");
    sameBothWays(false, "check", "--format", "JSON", XINGJING); // picocli takes any case
    sameBothWays(false, "check", "--format", "xml", XINGJING);
    sameBothWays(false, "check", "--lang", "fr", XINGJING);
    sameBothWays(false, "check", "--fail-on", "sometimes", XINGJING);
    sameBothWays(false, "check", "--year", "two thousand", XINGJING);
    sameBothWays(false, "check", "--year", "02023", XINGJING);
    sameBothWays(false, "check", "--year", "99999999999", XINGJING);
    sameBothWays(false, "check", "--format", "json", "--format", "text", XINGJING);
    sameBothWays(false, "check", "-v", "--verbose", XINGJING);
    sameBothWays(false, "check", "--unit", XINGJING);
    sameBothWays(false, "check", XINGJING, "--unit");
    sameBothWays(false, "check", "--unit", "--year", "2020", XINGJING);
    sameBothWays(false, "check", "--format=", XINGJING);
    sameBothWays(false, "check", "--formats", "json", XINGJING);
    sameBothWays(false, "check", "-x", XINGJING);
    sameBothWays(false, "check", "--", XINGJING);
    sameBothWays(false, "check", "", XINGJING);
    sameBothWays(false, "check", "@" + arguments);
    sameBothWays(false, "check", "--severity", "t3.balance=warning", XINGJING);
    sameBothWays(false, "check", "--rules", "examples/rulepacks/none.yaml", XINGJING);
    sameBothWays(false, "checks", XINGJING);
  }
}
