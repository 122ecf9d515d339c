package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.internal.json.ReportJson;

/** {@code --rules}: a pack's rules are checked by check and batch, and listed by rules. */
class CliRulePackTest {
  private static final String HUAIAN = "examples/huaian-2024.json";
  /** huaian's 行政复议 total is 351: under 300 fails. */
  private static final String PACK = """
      name: test-pack
      version: "1.2"
      rules:
        - id: x.t4.few_reviews
          severity: error
          title: {zh: 表四：行政复议少于 300 件, en: "Table 4: fewer than 300 reviews"}
          expr: 'cell("/reviewLitigation/review/total") < 300.0'
          cells: [/reviewLitigation/review/total]
          message: {zh: "行政复议 {0} 件，超过 300 件。", en: "{0} reviews, more than 300."}
          basis: 测试依据
      """;

  private static Path pack(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void checkReportsAPackRuleLikeABuiltInOne(@TempDir Path dir) throws IOException {
    Path pack = pack(dir, "pack.yaml", PACK);
    CliTest.Run run = CliTest.run("check", "--rules", pack.toString(), HUAIAN);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("x.t4.few_reviews").contains("行政复议 351 件，超过 300 件。（依据：测试依据）")
        .contains("1 个错误");
    CliTest.Run json = CliTest.run("check", "--format", "json", "--lang", "en", "--rules", pack.toString(), HUAIAN);
    JsonNode finding = ReportJson.MAPPER.readTree(json.out()).get("findings").get(0);
    assertThat(finding.get("rule").asText()).isEqualTo("x.t4.few_reviews");
    assertThat(finding.get("severity").asText()).isEqualTo("error");
    assertThat(finding.get("message").asText()).isEqualTo("351 reviews, more than 300. (Basis: 测试依据)");
    assertThat(finding.get("cells").get(0).get("pointer").asText()).isEqualTo("/reviewLitigation/review/total");
    // the same pack without the rule failing: the report passes as without the pack
    CliTest.Run lowered = CliTest.run("check", "--rules", pack.toString(), "--fail-on", "never", HUAIAN);
    assertThat(lowered.status()).isZero();
  }

  @Test
  void aPackThatDoesNotLoadIsOneLineAndStatusTwo(@TempDir Path dir) throws IOException {
    Path broken = pack(dir, "broken.yaml", PACK.replace("< 300.0", "<"));
    CliTest.Run run = CliTest.run("check", "--rules", broken.toString(), HUAIAN);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("nianbao: " + broken + ":7:11: rule x.t4.few_reviews: expr: ")
        .hasLineCount(1);
    CliTest.Run missing = CliTest.run("check", "--rules", dir.resolve("nope.yaml").toString(), HUAIAN);
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).startsWith("nianbao: " + dir.resolve("nope.yaml") + ": cannot read the pack: ")
        .hasLineCount(1);
  }

  @Test
  void twoPacksMayNotGiveOneId(@TempDir Path dir) throws IOException {
    Path a = pack(dir, "a.yaml", PACK);
    Path b = pack(dir, "b.yaml", PACK);
    CliTest.Run run = CliTest.run("check", "--rules", a.toString(), "--rules", b.toString(), HUAIAN);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("nianbao: " + b + ": local rule id x.t4.few_reviews is the id of a rule added before\n");
  }

  @Test
  void batchChecksThePackToo(@TempDir Path dir) throws IOException {
    Path pack = pack(dir, "pack.yaml", PACK);
    Path reports = Files.createDirectory(dir.resolve("reports"));
    Files.copy(Path.of(HUAIAN), reports.resolve("huaian.json"));
    CliTest.Run run = CliTest.run("batch", "--rules", pack.toString(), reports.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("x.t4.few_reviews").contains("1 个错误");
  }

  @Test
  void rulesListsThePackAfterTheBuiltInRules(@TempDir Path dir) throws IOException {
    Path pack = pack(dir, "pack.yaml", PACK);
    CliTest.Run run = CliTest.run("rules", "--lang", "en", "--rules", pack.toString());
    assertThat(run.status()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines[lines.length - 3]).startsWith("x.t4.few_reviews").endsWith("Table 4: fewer than 300 reviews")
        .contains(" error ").contains("2019,2021");
    assertThat(lines[lines.length - 2].strip()).isEqualTo("测试依据");
    assertThat(lines[lines.length - 1].strip()).isEqualTo("test-pack 1.2 (" + pack + ")");
    assertThat(CliTest.run("rules").out()).doesNotContain("x.t4.few_reviews");
    JsonNode json = ReportJson.MAPPER.readTree(CliTest.run("rules", "--format", "json", "--rules", pack.toString()).out());
    JsonNode last = json.get(json.size() - 1);
    assertThat(last.get("id").asText()).isEqualTo("x.t4.few_reviews");
    assertThat(last.get("pack").get("name").asText()).isEqualTo("test-pack");
    assertThat(last.get("title").asText()).isEqualTo("表四：行政复议少于 300 件");
  }

  @Test
  void aPackRuleIsDisabledOrGivenASeverityByItsId(@TempDir Path dir) throws IOException {
    Path pack = pack(dir, "pack.yaml", PACK);
    CliTest.Run off = CliTest.run("check", "--rules", pack.toString(), "--disable", "x.t4.few_reviews", HUAIAN);
    assertThat(off.status()).isZero();
    assertThat(off.out()).doesNotContain("x.t4.few_reviews");
    CliTest.Run lowered = CliTest.run("check", "--rules", pack.toString(), "--severity", "x.t4.few_reviews=warning",
        HUAIAN);
    assertThat(lowered.status()).isZero();
    assertThat(lowered.out()).contains("0 个错误，1 个警告");
    // without the pack the id names no rule
    CliTest.Run unknown = CliTest.run("check", "--disable", "x.t4.few_reviews", HUAIAN);
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("nianbao: no rule 'x.t4.few_reviews' in the catalog (nianbao rules lists the"
        + " ids, nianbao rules --rules PACK a pack's too)\n");
  }
}
