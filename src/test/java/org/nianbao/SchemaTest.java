package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.Schemas;
import org.nianbao.testing.TestReports;

/** schema/report.schema.json describes exactly what the reader accepts, for both editions. */
class SchemaTest {
  private static final Schema REPORT = Schemas.report();

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void theExamplesAreValid(String name) {
    assertThat(REPORT.validate(TestReports.exampleTree(name))).isEmpty();
  }

  @Test
  void everyGeneratedReportIsValid() {
    for (Edition edition : Edition.values()) {
      qt().withExamples(50).forAll(ConsistentReports.of(edition))
          .checkAssert(report -> assertThat(REPORT.validate(TestReports.tree(report))).isEmpty());
    }
  }

  /** The reader takes a damaged report and reports its damage as findings: the schema takes it too. */
  @Test
  void everyDamagedReportIsValid() {
    for (Edition edition : Edition.values()) {
      qt().withExamples(80).forAll(org.nianbao.testing.DamagedReports.of(edition))
          .checkAssert(d -> assertThat(REPORT.validate(TestReports.tree(d.report()))).as("%s", d).isEmpty());
    }
  }

  @Test
  void blankNotApplicableAndTextCellsAreValid() {
    ObjectNode tree = TestReports.exampleTree("huaian-2024");
    TestReports.set(tree, "/applications/newRequests/total", TestReports.node(null));
    TestReports.set(tree, "/applications/carriedOver/total", new TextNode("/"));
    TestReports.set(tree, "/applications/carriedForward/total", new TextNode("一百零三"));
    assertThat(REPORT.validate(tree)).isEmpty();
  }

  @Test
  void whatTheReaderRefusesTheSchemaRefuses() {
    assertInvalid(TestReports.set(TestReports.exampleTree("huaian-2024"), "/applications/newRequests/extra",
        TestReports.node(1)));
    ObjectNode missing = TestReports.exampleTree("huaian-2024");
    ((ObjectNode) missing.at("/reviewLitigation/review")).remove("total");
    assertInvalid(missing);
    assertInvalid(TestReports.set(TestReports.exampleTree("huaian-2024"), "/reviewLitigation/review/total",
        BooleanNode.TRUE));
    assertInvalid(TestReports.set(TestReports.exampleTree("huaian-2024"), "/edition", new TextNode("2019")));
    assertInvalid(TestReports.set(TestReports.exampleTree("xingjing-2020"), "/edition", new TextNode("2021")));
    assertInvalid(TestReports.set(TestReports.exampleTree("xingjing-2020"), "/year", TestReports.node(1999)));
    assertInvalid(TestReports.set(TestReports.exampleTree("xingjing-2020"), "/unit", new TextNode("  ")));
    assertInvalid(TestReports.set(TestReports.exampleTree("xingjing-2020"), "/year", TestReports.node(1)));
  }

  @Test
  void aBodyAndYearTheTextDoesNotStateAreEmptyAndZeroForBoth() throws Exception {
    // an excerpt without its title: extract writes "" and 0, and check must read them back
    JsonNode tree = TestReports.set(TestReports.set(TestReports.exampleTree("xingjing-2020"), "/unit",
        new TextNode("")), "/year", TestReports.node(0));
    assertThat(REPORT.validate(tree)).isEmpty();
    Report report = Reports.readJson(org.nianbao.internal.json.ReportJson.MAPPER.writeValueAsString(tree), "t");
    assertThat(report.unit()).isEmpty();
    assertThat(report.year()).isZero();
  }

  private static void assertInvalid(JsonNode tree) {
    assertThat(REPORT.validate(tree)).isNotEmpty();
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
        Reports.readJson(org.nianbao.internal.json.ReportJson.MAPPER.writeValueAsString(tree), "t")))
        .isInstanceOf(ReportReadException.class);
  }
}
