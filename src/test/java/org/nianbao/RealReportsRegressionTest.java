package org.nianbao;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real published reports in src/test/resources/real, each against the cells and findings a person
 * worked out from its text ({@code <name>.expected.json}; the format is described in that folder's
 * README). Every file must be read; the findings must match as a multiset.
 */
class RealReportsRegressionTest {
  private static final Path DIR = Path.of("src/test/resources/real");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  /** The scraped pages carry a split made by hand after the page; it is not the page's text. */
  private static final String APPENDED_SPLIT = "==================== 附";
  private static final List<String> TABLES = List.of("activeDisclosure", "applications", "reviewLitigation");

  private record Case(String name, Path source, JsonNode expected) {}

  private static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (Stream<Path> files = Files.list(DIR)) {
      for (Path spec : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
        String name = spec.getFileName().toString().replace(".expected.json", "");
        Path source = Files.exists(DIR.resolve(name + ".txt")) ? DIR.resolve(name + ".txt") : DIR.resolve(name + ".pdf");
        cases.add(new Case(name, source, JSON.readTree(spec.toFile())));
      }
    }
    return cases;
  }

  @Test
  void everyRealReportHasItsExpectations() throws IOException {
    List<String> reports;
    try (Stream<Path> files = Files.list(DIR)) {
      reports = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") || n.endsWith(".pdf")).sorted().toList();
    }
    assertEquals(18, reports.size(), "17 texts and one PDF: " + reports);
    for (String report : reports) {
      String name = report.substring(0, report.lastIndexOf('.'));
      assertTrue(Files.exists(DIR.resolve(name + ".expected.json")), "no expectations for " + report);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachRealReportIsReadAsAPersonReadsIt() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      ReportDocument document = assertDoesNotThrow(() -> Reports.load(c.source()),
          () -> c.name() + " must be read (exit 0 or 1)");
      ValidationResult result = VALIDATOR.validate(document);
      JsonNode report = JSON.readTree(Reports.toJson(result.report()));
      assertAll(c.name(),
          () -> header(c.expected(), result.report()),
          () -> cells(c.expected(), report),
          () -> absent(c.expected(), report, result.findings()),
          () -> findings(c.expected(), result.findings()));
    }));
  }

  /** No value the reader did not see: every number in a cell is written, as such, in the source. */
  @TestFactory
  Stream<DynamicTest> noCellHoldsANumberThatIsNotInTheText() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      String text = digitsAsWritten(sourceText(c.source()));
      JsonNode report = JSON.readTree(Reports.toJson(Reports.load(c.source()).report()));
      List<String> invented = new ArrayList<>();
      leaves(report).forEach((pointer, value) -> {
        if (value.isNumber()) {
          String digits = value.decimalValue().abs().stripTrailingZeros().toPlainString();
          if (!text.contains(digits)) {
            invented.add(pointer + " = " + digits);
          }
        }
      });
      assertTrue(invented.isEmpty(), () -> c.name() + ": numbers not in the text: " + invented);
    }));
  }

  // ---- the checks ----

  private static void header(JsonNode expected, Report report) {
    List<String> wrong = new ArrayList<>();
    if (!expected.path("unit").isNull() && !expected.path("unit").asText().equals(report.unit())) {
      wrong.add("unit " + report.unit() + ", expected " + expected.path("unit").asText());
    }
    if (!expected.path("year").isNull() && expected.path("year").asInt() != report.year()) {
      wrong.add("year " + report.year() + ", expected " + expected.path("year").asInt());
    }
    if (!expected.path("edition").asText().equals(report.edition().id())) {
      wrong.add("edition " + report.edition().id() + ", expected " + expected.path("edition").asText());
    }
    assertTrue(wrong.isEmpty(), () -> String.join("; ", wrong));
  }

  private static void cells(JsonNode expected, JsonNode report) {
    List<String> wrong = new ArrayList<>();
    expected.path("cells").fields().forEachRemaining(e -> {
      JsonNode actual = report.at(e.getKey());
      if (!sameCell(e.getValue(), actual)) {
        wrong.add(e.getKey() + " = " + (actual.isMissingNode() ? "(no such cell)" : actual) + ", expected " + e.getValue());
      }
    });
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " cells differ:\n  " + String.join("\n  ", wrong));
  }

  private static boolean sameCell(JsonNode expected, JsonNode actual) {
    if (expected.isNull()) {
      return actual.isNull();
    }
    if (expected.isTextual()) {
      return actual.isTextual() && actual.asText().equals(expected.asText());
    }
    return actual.isNumber() && actual.decimalValue().compareTo(expected.decimalValue()) == 0;
  }

  /** Past the point where the text stops: blank cells, and no finding about them. */
  private static void absent(JsonNode expected, JsonNode report, List<Finding> findings) {
    Map<String, JsonNode> leaves = leaves(report);
    List<String> wrong = new ArrayList<>();
    for (JsonNode prefixNode : expected.path("absent")) {
      String prefix = prefixNode.asText();
      List<String> under = leaves.keySet().stream().filter(p -> under(p, prefix)).toList();
      if (under.isEmpty()) {
        wrong.add(prefix + " names no cell of the report");
      }
      under.stream().filter(p -> !leaves.get(p).isNull()).forEach(p -> wrong.add(p + " = " + leaves.get(p) + " after the cut"));
      for (Finding f : findings) {
        f.pointers().stream().filter(p -> under(p, prefix)).findFirst()
            .ifPresent(p -> wrong.add(f.rule().id() + " names " + p + " after the cut"));
      }
    }
    assertTrue(wrong.isEmpty(), () -> String.join("\n  ", wrong));
  }

  private static boolean under(String pointer, String prefix) {
    return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
  }

  /**
   * The findings as a multiset of (rule, severity[, pointers][, expected, actual, line]): every certain
   * expectation met once, every finding expected; {@code "certain": false} ones may or may not be there.
   */
  private static void findings(JsonNode expected, List<Finding> findings) {
    List<Finding> left = new ArrayList<>(findings);
    List<JsonNode> wanted = new ArrayList<>();
    expected.path("findings").forEach(wanted::add);
    // the most specific expectations first, so that a bare one does not take a finding a specific one needs
    wanted.sort((a, b) -> Boolean.compare(!a.has("pointers"), !b.has("pointers")));
    List<String> missing = new ArrayList<>();
    for (JsonNode want : wanted) {
      if (!want.path("certain").asBoolean(true)) {
        continue;
      }
      Finding met = left.stream().filter(f -> matches(want, f)).findFirst().orElse(null);
      if (met == null) {
        missing.add(want.toString());
      } else {
        left.remove(met);
      }
    }
    for (JsonNode want : wanted) {
      if (!want.path("certain").asBoolean(true)) {
        left.stream().filter(f -> matches(want, f)).findFirst().ifPresent(left::remove);
      }
    }
    if (!missing.isEmpty() || !left.isEmpty()) {
      fail("findings differ\n  missing: " + String.join("\n           ", missing)
          + "\n  unexpected: " + String.join("\n              ", left.stream().map(RealReportsRegressionTest::describe).toList()));
    }
  }

  private static boolean matches(JsonNode want, Finding f) {
    if (!want.path("rule").asText().equals(f.rule().id()) || !want.path("severity").asText().equals(f.severity().id())) {
      return false;
    }
    if (want.has("pointers")) {
      List<String> pointers = new ArrayList<>();
      want.path("pointers").forEach(p -> pointers.add(p.asText()));
      if (!pointers.equals(f.pointers())) {
        return false;
      }
    }
    if (want.has("expected") && !sameNumber(want.path("expected"), f.expected())) {
      return false;
    }
    if (want.has("actual") && !sameNumber(want.path("actual"), f.actual())) {
      return false;
    }
    return !want.has("line") || (f.location() != null && Objects.equals(f.location().line(), want.path("line").asInt()));
  }

  private static boolean sameNumber(JsonNode want, BigDecimal actual) {
    return actual != null && actual.compareTo(want.decimalValue()) == 0;
  }

  private static String describe(Finding f) {
    return f.severity().id() + " " + f.rule().id() + (f.pointers().isEmpty() ? "" : " " + f.pointers())
        + (f.location() == null || f.location().line() == null ? "" : " line " + f.location().line()) + ": " + f.message();
  }

  // ---- helpers ----

  /** The cells of the three tables by JSON Pointer. */
  private static Map<String, JsonNode> leaves(JsonNode report) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (String table : TABLES) {
      collect(report.path(table), "/" + table, out);
    }
    return out;
  }

  private static void collect(JsonNode node, String pointer, Map<String, JsonNode> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        collect(e.getValue(), pointer + "/" + e.getKey(), out);
      }
    } else if (!node.isMissingNode()) {
      out.put(pointer, node);
    }
  }

  private static String sourceText(Path source) throws IOException {
    if (source.toString().endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(source.toFile())) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    String text = Files.readString(source, StandardCharsets.UTF_8);
    int appended = text.indexOf(APPENDED_SPLIT);
    return appended < 0 ? text : text.substring(0, appended);
  }

  /** Full-width digits and points as ASCII, thousands separators dropped: how a number may be written. */
  private static String digitsAsWritten(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      if (ch >= '０' && ch <= '９') {
        s.append((char) (ch - '０' + '0'));
      } else if (ch == '．') {
        s.append('.');
      } else {
        s.append(ch);
      }
    }
    return s.toString().replaceAll("(?<=\\d)[,，](?=\\d{3})", "");
  }

  @Test
  void theExpectationsAreConsistentWithThemselves() throws IOException {
    for (Case c : cases()) {
      JsonNode e = c.expected();
      assertFalse(e.path("notes").asText().isBlank(), c.name() + ": notes say how the values were worked out");
      for (JsonNode f : e.path("findings")) {
        for (JsonNode p : f.path("pointers")) {
          JsonNode cell = e.path("cells").path(p.asText());
          // a rule on the text names the cell it disagrees with, blank or not; cell.blank names blank ones
          boolean blankRule = f.path("rule").asText().equals("cell.blank");
          assertTrue(e.path("cells").has(p.asText()) && (cell.isNull() || !blankRule),
              c.name() + ": " + f.path("rule").asText() + " names " + p.asText() + ", which is not a "
                  + (blankRule ? "blank " : "") + "cell shown");
        }
      }
    }
  }
}
