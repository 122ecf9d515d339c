package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.TestReports;

/** The API of rule packs: loading, adding to a validator, and a rule that fails at run time. */
class RulePackTest {
  private static final Report HUAIAN = TestReports.tables("huaian-2024");

  private static String pack(String id, String expr) {
    return "{\"name\": \"p\", \"version\": 3, \"rules\": [{\"id\": \"" + id + "\", \"severity\": \"warning\","
        + " \"expr\": \"" + expr.replace("\"", "\\\"") + "\", \"message\": {\"zh\": \"中\", \"en\": \"en\"},"
        + " \"basis\": {\"zh\": \"依据\", \"en\": \"basis\"}, \"title\": \"题\"}]}";
  }

  @Test
  void aJsonPackFileLoadsWithItsNameVersionAndRules(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("p.json"), pack("x.json", "year == 2024"));
    RulePack pack = RulePack.load(file);
    assertThat(pack.name()).isEqualTo("p");
    assertThat(pack.version()).isEqualTo("3");
    assertThat(pack.source()).isEqualTo(file.toString());
    LocalRule rule = pack.rules().get(0);
    assertThat(rule.id()).isEqualTo("x.json");
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule.editions()).containsExactly(Edition.E2019, Edition.E2021);
    assertThat(rule.title(Locale.ENGLISH)).isEqualTo("题");
    assertThat(rule.basis(Locale.ENGLISH)).isEqualTo("basis");
    assertThat(rule.basis(Locale.CHINESE)).isEqualTo("依据");
    // 2024: passes
    assertThat(ReportValidator.builder().rules(pack).build().validate(HUAIAN).findings()).isEmpty();
  }

  @Test
  void twoPacksGivingOneIdAreRefusedByTheBuilder() throws Exception {
    RulePack a = RulePack.load(pack("x.same", "true"), "a.json");
    RulePack b = RulePack.load(pack("x.same", "true"), "b.json");
    assertThatThrownBy(() -> ReportValidator.builder().rules(a).rules(b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("local rule id x.same is the id of a rule added before");
  }

  @Test
  void aLoadErrorTellsItsPlaceAndRule() {
    assertThatThrownBy(() -> RulePack.load(pack("x.bad", "cell(\"/nope\") > 0.0"), "b.json"))
        .isInstanceOfSatisfying(RulePackException.class, e -> {
          assertThat(e.source()).isEqualTo("b.json");
          assertThat(e.ruleId()).contains("x.bad");
          assertThat(e.line()).isEqualTo(1);
          // the expr's value starts at the 73rd character of the line
          assertThat(e.column()).isEqualTo(pack("x.bad", "cell(\"/nope\") > 0.0").indexOf("\"cell") + 1);
          assertThat(e.getMessage()).isEqualTo("b.json:1:" + e.column() + ": rule x.bad: expr: unknown pointer /nope:"
              + " the 2019 template has no such cell (column 6 of the expression)");
        });
  }

  @Test
  void aRuleFailingAtRunTimeIsALocalRuleExceptionNamingIt() throws Exception {
    // 2024 / 0: an integer division by zero is an error in CEL
    RulePack division = RulePack.load(pack("x.division", "year / 0 > 1"), "d.json");
    assertThatThrownBy(() -> ReportValidator.builder().rules(division).build().validate(HUAIAN))
        .isInstanceOfSatisfying(LocalRuleException.class, e -> assertThat(e.ruleId()).isEqualTo("x.division"))
        .hasMessageStartingWith("d.json: rule x.division: expr failed on 淮安市人民政府 2024: ");
    // a pointer computed at run time is checked then
    RulePack computed = RulePack.load(pack("x.computed", "cell(\"/reviewLitigation/review/\" + \"x\") > 0.0"
        .replace(" + \"x\"", "").replace("cell(\"/reviewLitigation/review/\")", "cell(unit)")), "c.json");
    assertThatThrownBy(() -> ReportValidator.builder().rules(computed).build().validate(HUAIAN))
        .isInstanceOf(LocalRuleException.class)
        .hasMessage("c.json: rule x.computed: expr failed on 淮安市人民政府 2024: the 2021 template has no cell 淮安市人民政府");
  }

  @Test
  void expectedAndActualComeFromTheirExpressions() throws Exception {
    String text = """
        name: p
        version: "1"
        rules:
          - id: x.ea
            severity: info
            expr: cell("/reviewLitigation/review/pending") * 10.0 <= cell("/reviewLitigation/review/total")
            cells: [/reviewLitigation/review/pending, /reviewLitigation/review/total]
            expected: cell("/reviewLitigation/review/total") / 10.0
            actual: cell("/reviewLitigation/review/pending")
            message: {zh: "尚未审结 {0} 件，总计 {1} 件。", en: "{0} pending of {1}."}
            basis: b
        """;
    Finding finding = ReportValidator.builder().rules(RulePack.load(text, "p.yaml")).build().validate(HUAIAN)
        .findings().get(0);
    // pending 37 × 10 = 370 > 351
    assertThat(finding.rule().id()).isEqualTo("x.ea");
    assertThat(finding.expected()).isEqualByComparingTo("35.1");
    assertThat(finding.actual()).isEqualByComparingTo("37");
    assertThat(finding.arguments()).containsExactly(new BigDecimal("37"), new BigDecimal("351"));
    assertThat(finding.cells()).extracting(Finding.CellReference::pointer)
        .isEqualTo(List.of("/reviewLitigation/review/pending", "/reviewLitigation/review/total"));
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo("37 pending of 351. (Basis: b)");
  }

  @Test
  void onePackChecksReportsOnManyThreadsAsOnOne() throws Exception {
    // 351 reviews in huaian, 0 in xingjing: the rule fails on the first only
    String text = """
        name: p
        version: "1"
        rules:
          - id: x.threads
            severity: info
            expr: cell("/reviewLitigation/review/total") < 100.0
            cells: [/reviewLitigation/review/total]
            message: {zh: "{0}", en: "{0}"}
            basis: b
        """;
    ReportValidator validator = ReportValidator.builder().rules(RulePack.load(text, "p.yaml")).build();
    Report xingjing = TestReports.tables("xingjing-2020");
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
      for (int i = 0; i < 400; i++) {
        Report report = i % 2 == 0 ? HUAIAN : xingjing;
        results.add(pool.submit(() -> validator.validate(report).findings().stream()
            .filter(f -> f.rule().id().equals("x.threads")).map(Finding::message).toList().toString()));
      }
      for (int i = 0; i < 400; i++) {
        assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "[351（依据：b）]" : "[]");
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
