package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format html} and {@code batch --html DIR}. */
class HtmlOutputTest {

  @Test
  void checkPrintsOneSelfContainedPageWithTheFindings(@TempDir Path dir) throws IOException {
    Path report = dir.resolve("huaian.txt");
    String row = "一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119";
    Files.writeString(report, Files.readString(Path.of("examples/huaian-2024.txt"))
        .replace(row, row.replace("3119", "3118")));
    CliTest.Run run = CliTest.run("check", "--format", "html", report.toString());
    assertThat(run.status()).isEqualTo(1); // the errors still decide the status
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n").doesNotContain("<script");
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("article")).hasSize(1);
    assertThat(page.selectFirst("td[data-pointer=/applications/newRequests/total]").attr("data-fix")).isEqualTo("3119");
    assertThat(page.select(".nb-finding-list > li")).hasSize(3);
  }

  @Test
  void severalFilesGiveOnePageWithAPartEachInTheOrderGiven() {
    CliTest.Run run = CliTest.run("check", "--format", "html", "--lang", "en", "examples/xingjing-2020.json",
        "examples/huaian-2024.json");
    assertThat(run.status()).isZero();
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("html")).hasSize(1);
    assertThat(page.select("article")).hasSize(2);
    assertThat(page.selectFirst("#r1 .nb-facts").text()).contains("examples/xingjing-2020.json");
    assertThat(page.selectFirst("#r2 .nb-facts").text()).contains("examples/huaian-2024.json");
    assertThat(page.selectFirst("#r1 .nb-findings").text()).contains("No findings.");
  }

  @Test
  void batchWritesOneReportPerInputNamedAfterIt(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.copy(Path.of("examples/huaian-2024.txt"), in.resolve("a/report.txt"));
    Files.copy(Path.of("examples/xingjing-2020.txt"), in.resolve("b/report.txt"));
    Files.copy(Path.of("examples/xingjing-2020.json"), in.resolve("b/兴泾 <2020>.json"));
    Path out = dir.resolve("out");
    CliTest.Run run = CliTest.run("batch", in.toString(), "--html", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> names;
    try (Stream<Path> files = Files.list(out)) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    // the batch walks a/ before b/; the second report.txt gets -2; <, > and the space become _; and
    // index.html is the dashboard
    assertThat(names).containsExactly("index.html", "report.txt-2.html", "report.txt.html", "兴泾__2020_.json.html");
    Document first = Jsoup.parse(Files.readString(out.resolve("report.txt.html")));
    assertThat(first.selectFirst(".nb-facts").text()).contains("report.txt").contains("淮安市人民政府");
    Document second = Jsoup.parse(Files.readString(out.resolve("report.txt-2.html")));
    assertThat(second.selectFirst(".nb-facts").text()).contains("银川市西夏区兴泾镇人民政府");
    // the inputs are as they were, and nothing else was written beside them
    assertThat(Files.readString(in.resolve("a/report.txt"))).isEqualTo(Files.readString(Path.of("examples/huaian-2024.txt")));
    try (Stream<Path> files = Files.walk(in)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(3);
    }

    // a second run replaces the reports with whole new ones, under the same names
    CliTest.Run again = CliTest.run("batch", in.toString(), "--html", out.toString());
    assertThat(again.status()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.count()).isEqualTo(4);
    }
  }

  @Test
  void batchRefusesAFolderThatIsOrHoldsAnInput(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Path report = in.resolve("r.txt");
    Files.copy(Path.of("examples/huaian-2024.txt"), report);

    CliTest.Run inside = CliTest.run("batch", in.toString(), "--html", in.resolve("html").toString());
    assertThat(inside.status()).isEqualTo(2);
    assertThat(inside.err()).isEqualTo("nianbao: --html " + in.resolve("html") + ": lies in the input folder " + in
        + "; choose a folder elsewhere\n");
    assertThat(Files.exists(in.resolve("html"))).isFalse();

    CliTest.Run holding = CliTest.run("batch", report.toString(), "--html", in.toString());
    assertThat(holding.status()).isEqualTo(2);
    assertThat(holding.err()).isEqualTo("nianbao: --html " + in + ": holds the input " + report
        + "; choose a folder elsewhere\n");

    Path file = dir.resolve("file");
    Files.writeString(file, "x");
    CliTest.Run notAFolder = CliTest.run("batch", report.toString(), "--html", file.toString());
    assertThat(notAFolder.err()).isEqualTo("nianbao: --html " + file + ": is a file, not a folder; choose a folder elsewhere\n");
    assertThat(Files.readString(file)).isEqualTo("x");

    CliTest.Run summary = CliTest.run("batch", report.toString(), "--format", "html");
    assertThat(summary.status()).isEqualTo(2);
    assertThat(summary.err()).startsWith("nianbao: batch --format is text or json");
    try (Stream<Path> files = Files.list(in)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }
}
