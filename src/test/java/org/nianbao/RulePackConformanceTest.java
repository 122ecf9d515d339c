package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.testing.Schemas;
import org.nianbao.testing.TestReports;

/**
 * The conformance suite of rule packs, as data: each file of {@code src/test/resources/rulepacks}
 * gives a pack, a report (an example's, with cells changed) and either the exact findings of the
 * pack's rules or the load error. See {@code rulepacks/README.md} there.
 */
class RulePackConformanceTest {
  private static final Path CASES = Path.of("src/test/resources/rulepacks");
  private static final ObjectMapper YAML = new YAMLMapper();

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(CASES)) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(YAML.readTree(f.toFile()))));
  }

  private static void run(JsonNode c) throws Exception {
    String packText = c.get("pack").asText();
    if (c.has("loadError")) {
      assertThatThrownBy(() -> RulePack.load(packText, "pack.yaml"))
          .isInstanceOf(RulePackException.class)
          .hasMessageStartingWith(c.get("loadError").asText());
      return;
    }
    // a pack that loads is one the schema describes
    JsonNode packTree = packText.stripLeading().startsWith("{") ? new ObjectMapper().readTree(packText)
        : YAML.readTree(packText);
    assertThat(Schemas.load("rulepack.schema.json").validate(packTree)).isEmpty();
    RulePack pack = RulePack.load(packText, "pack.yaml");
    Report report = report(c.get("report"));
    Report previous = c.has("previous") ? report(c.get("previous")) : null;
    ReportValidator validator = ReportValidator.builder().rules(pack).build();
    ValidationResult result = previous == null ? validator.validate(report) : validator.validate(report, previous);
    Set<RuleDefinition> packRules = Set.copyOf(pack.rules());
    List<Map<String, Object>> actual = new ArrayList<>();
    for (Finding f : result.findings()) {
      if (packRules.contains(f.rule())) {
        actual.add(describe(f));
      }
    }
    List<Map<String, Object>> expected = new ArrayList<>();
    for (JsonNode f : c.get("findings")) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("rule", f.get("rule").asText());
      one.put("severity", f.get("severity").asText());
      List<String> cells = new ArrayList<>();
      f.path("cells").forEach(p -> cells.add(p.asText()));
      one.put("cells", cells);
      one.put("message", f.get("message").asText());
      if (f.has("messageEn")) {
        one.put("messageEn", f.get("messageEn").asText());
      }
      one.put("expected", f.has("expected") ? plain(new BigDecimal(f.get("expected").asText())) : null);
      one.put("actual", f.has("actual") ? plain(new BigDecimal(f.get("actual").asText())) : null);
      expected.add(one);
    }
    // English is compared where the case gives it
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      if (!expected.get(i).containsKey("messageEn")) {
        actual.get(i).remove("messageEn");
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static Map<String, Object> describe(Finding f) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("rule", f.rule().id());
    one.put("severity", f.severity().id());
    one.put("cells", f.cells().stream().map(Finding.CellReference::pointer).toList());
    one.put("message", f.message());
    one.put("messageEn", f.message(Locale.ENGLISH));
    one.put("expected", f.expected() == null ? null : plain(f.expected()));
    one.put("actual", f.actual() == null ? null : plain(f.actual()));
    return one;
  }

  /** 300, 300.0 and 3E+2 are one number. */
  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** {example, tables (no text), unit, year, cells: {pointer: number, null for blank, "/"}}. */
  private static Report report(JsonNode r) {
    Report report = r.path("tables").asBoolean(false) ? TestReports.tables(r.get("example").asText())
        : TestReports.example(r.get("example").asText());
    if (r.has("unit") || r.has("year")) {
      report = new Report(r.has("unit") ? r.get("unit").asText() : report.unit(),
          r.has("year") ? r.get("year").asInt() : report.year(), report.edition(), report.activeDisclosure(),
          report.applications(), report.reviewLitigation(), report.narrative());
    }
    if (r.has("cells")) {
      Map<String, Object> cells = new LinkedHashMap<>();
      r.get("cells").fields().forEachRemaining(e -> cells.put(e.getKey(), e.getValue()));
      report = TestReports.with(report, cells);
    }
    return report;
  }
}
