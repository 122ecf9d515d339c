package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.internal.json.FindingsJson;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.TestReports;

/**
 * The conformance suite: each file under {@code src/test/resources/conformance} holds cases for
 * one rule: a report (an example with some cells or lines of text set, or a text to read),
 * optionally last year's, and the exact findings expected — rule, severity, cell pointers,
 * expected, actual, fix and the line of the text a finding quotes.
 *
 * <p>A case's report is canonical JSON ({@code base} example, {@code set} pointers) or, for the
 * rules about reading, a text ({@code text}): its lines, or {@code {"base": example, "replace":
 * [[from, to], ...], "cutAfter": words}} applied to {@code examples/<base>.txt}.
 */
class ConformanceTest {
  static final Path SUITE = Path.of("src/test/resources/conformance");
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final com.networknt.schema.Schema FINDINGS_SCHEMA = org.nianbao.testing.Schemas.findings();
  private static final ReportValidator ENGLISH = ReportValidator.builder().locale(java.util.Locale.ENGLISH).build();

  @TestFactory
  Stream<DynamicNode> conformance() throws IOException {
    List<DynamicNode> files = new ArrayList<>();
    for (Path file : suiteFiles()) {
      JsonNode suite = ReportJson.MAPPER.readTree(file.toFile());
      List<DynamicNode> cases = new ArrayList<>();
      for (JsonNode c : suite.get("cases")) {
        cases.add(DynamicTest.dynamicTest(c.get("name").asText(), file.toUri(), () -> run(c)));
      }
      files.add(DynamicContainer.dynamicContainer(file.getFileName().toString(), cases));
    }
    return files.stream();
  }

  /** Every rule of the catalog has a case that passes and a case that fails with it. */
  @Test
  void everyRuleHasAPassingAndAFailingCase() throws IOException {
    Set<Rule> failing = EnumSet.noneOf(Rule.class);
    Set<Rule> passing = EnumSet.noneOf(Rule.class);
    for (Path file : suiteFiles()) {
      JsonNode suite = ReportJson.MAPPER.readTree(file.toFile());
      Rule rule = Rule.byId(suite.get("rule").asText()).orElseThrow();
      for (JsonNode c : suite.get("cases")) {
        boolean failsWithRule = false;
        for (JsonNode f : c.get("expected")) {
          failsWithRule |= f.get("rule").asText().equals(rule.id());
        }
        (failsWithRule ? failing : passing).add(rule);
      }
    }
    // the batch.* rules compare reports with each other: BatchTest has their cases
    Rule[] single = java.util.Arrays.stream(Rule.values()).filter(r -> !r.needsBatch()).toArray(Rule[]::new);
    assertThat(failing).as("rules with a failing case").containsExactlyInAnyOrder(single);
    assertThat(passing).as("rules with a passing case").containsExactlyInAnyOrder(single);
  }

  static List<Path> suiteFiles() throws IOException {
    try (Stream<Path> files = Files.list(SUITE)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static void run(JsonNode c) throws ReportReadException {
    ValidationResult result = validate(VALIDATOR, c);
    List<String> actual = result.findings().stream().map(ConformanceTest::describe).toList();
    List<String> expected = new ArrayList<>();
    c.get("expected").forEach(f -> expected.add(describe(f)));
    assertThat(actual).as(c.get("name").asText()).containsExactlyElementsOf(expected);
    for (Finding finding : result.findings()) {
      assertThat(finding.message()).contains("依据").contains(finding.rule().basis(java.util.Locale.CHINESE));
      // a finding is never graver or milder than the catalog lets its rule be
      assertThat(finding.rule().severities()).as(finding.rule().id()).contains(finding.severity());
    }
    // the English messages describe the same findings
    ValidationResult english = validate(ENGLISH, c);
    assertThat(english.findings().stream().map(ConformanceTest::describe).toList()).isEqualTo(actual);
    english.findings().forEach(f -> assertThat(f.message()).contains("Basis:"));
    // and the JSON output of every case is what schema/findings.schema.json describes
    String json = FindingsJson.write(List.of(new FindingsJson.Entry(c.has("text") ? "case.txt" : "case.json",
        c.has("previous") ? "previous.json" : null, result)), false);
    try {
      assertThat(FINDINGS_SCHEMA.validate(ReportJson.MAPPER.readTree(json))).isEmpty();
      // the public way to write it gives the same, and so is what the schema describes too
      JsonNode published = ReportJson.MAPPER.readTree(result.toJson("case.json"));
      assertThat(FINDINGS_SCHEMA.validate(published)).isEmpty();
      assertThat(published.get("findings")).isEqualTo(ReportJson.MAPPER.readTree(json).get("findings"));
      assertThat(published.get("source").asText()).isEqualTo("case.json");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A case's report checked: a text is read as a document, so that its findings carry lines. */
  static ValidationResult validate(ReportValidator validator, JsonNode c) throws ReportReadException {
    Report previous = c.has("previous") ? report(c.get("previous")) : null;
    if (c.has("text")) {
      ReportDocument document = Reports.load(text(c.get("text")), "case.txt");
      return previous == null ? validator.validate(document) : validator.validate(document, previous);
    }
    return previous == null ? validator.validate(report(c)) : validator.validate(report(c), previous);
  }

  /**
   * The text of a case: its lines, or an example's text with words replaced and cut after some
   * words. Words that are not in the text fail the case: it would test the example unchanged.
   */
  static String text(JsonNode spec) {
    if (spec.isArray()) {
      List<String> lines = new ArrayList<>();
      spec.forEach(line -> lines.add(line.asText()));
      return String.join("\n", lines);
    }
    String text;
    try {
      text = Files.readString(TestReports.EXAMPLES.resolve(spec.get("base").asText() + ".txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (spec.has("replace")) {
      for (JsonNode pair : spec.get("replace")) {
        String from = pair.get(0).asText();
        assertThat(text).as("the text to replace").contains(from);
        text = text.replace(from, pair.get(1).asText());
      }
    }
    if (spec.has("cutAfter")) {
      String words = spec.get("cutAfter").asText();
      int at = text.indexOf(words);
      assertThat(at).as("where to cut: %s", words).isNotNegative();
      text = text.substring(0, at + words.length());
    }
    return text;
  }

  static Report report(JsonNode c) {
    ObjectNode tree = TestReports.exampleTree(c.get("base").asText());
    if (c.has("narrative") && !c.get("narrative").asBoolean()) {
      tree.remove("narrative"); // the tables alone: what the text says is not at issue
    }
    JsonNode set = c.get("set");
    if (set != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        TestReports.set(tree, e.getKey(), e.getValue());
      }
    }
    return TestReports.read(tree);
  }

  /** A finding as one comparable line: rule, severity, cells, expected, actual, fix. */
  private static String describe(Finding f) {
    String fix = f.fix() == null ? "-" : f.fix().pointer() + ":" + cell(f.fix().from()) + "->" + plain(f.fix().to());
    return f.rule().id() + " " + f.severity().id() + " " + f.pointers() + " expected=" + plain(f.expected())
        + " actual=" + plain(f.actual()) + " fix=" + fix
        + " line=" + (f.location() == null || f.location().line() == null ? "-" : f.location().line())
        + " candidates=" + f.candidates().stream().map(set -> set.stream()
            .map(x -> x.pointer() + ":" + cell(x.from()) + "->" + plain(x.to())).toList().toString()).toList();
  }

  private static String describe(JsonNode f) {
    List<String> cells = new ArrayList<>();
    f.get("cells").forEach(p -> cells.add(p.asText()));
    JsonNode fix = f.get("fix");
    String fixText = fix == null ? "-"
        : fix.get("pointer").asText() + ":" + json(fix.get("from")) + "->" + fix.get("to").decimalValue().toPlainString();
    return f.get("rule").asText() + " " + f.get("severity").asText() + " " + cells
        + " expected=" + (f.has("expected") ? f.get("expected").decimalValue().toPlainString() : "-")
        + " actual=" + (f.has("actual") ? f.get("actual").decimalValue().toPlainString() : "-")
        + " fix=" + fixText
        + " line=" + (f.has("line") ? f.get("line").asText() : "-")
        + " candidates=" + candidates(f.get("candidates"));
  }

  private static String candidates(JsonNode sets) {
    List<String> out = new ArrayList<>();
    if (sets != null) {
      for (JsonNode set : sets) {
        List<String> fixes = new ArrayList<>();
        set.forEach(x -> fixes.add(x.get("pointer").asText() + ":" + json(x.get("from")) + "->"
            + x.get("to").decimalValue().toPlainString()));
        out.add(fixes.toString());
      }
    }
    return out.toString();
  }

  private static String plain(BigDecimal n) {
    return n == null ? "-" : n.toPlainString();
  }

  private static String cell(Cell c) {
    return c instanceof Cell.Value v ? v.number().toPlainString() : c instanceof Cell.Blank ? "null" : c.toString();
  }

  private static String json(JsonNode n) {
    return n.isNull() ? "null" : n.isNumber() ? n.decimalValue().toPlainString() : n.asText();
  }
}
