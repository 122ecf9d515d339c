package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.nianbao.testing.TestReports;

/** Building reports in code: {@link Report#builder}, {@link Report#with} and {@link Cell#ofNullable}. */
class ReportBuilderTest {
  private static final String[] TABLES = {"activeDisclosure", "applications", "reviewLitigation"};

  /** Every cell of an example's JSON set through the builder by its pointer gives the report read. */
  @ParameterizedTest
  @ValueSource(strings = {"huaian-2024", "xingjing-2020"})
  void aReportBuiltCellByCellFromItsJsonIsTheReportRead(String example) {
    ObjectNode tree = TestReports.exampleTree(example);
    Report read = TestReports.example(example);
    Report.Builder builder = Report.builder(Edition.fromId(tree.get("edition").asText()).orElseThrow())
        .unit(tree.get("unit").asText()).year(tree.get("year").asInt()).narrative(read.narrative());
    List<String> pointers = new ArrayList<>();
    for (String table : TABLES) {
      leaves(tree.get(table), "/" + table, pointers);
    }
    for (String pointer : pointers) {
      JsonNode value = tree.at(pointer);
      builder.cell(pointer, value.isNull() ? Cell.BLANK
          : value.isTextual() ? Cell.NOT_APPLICABLE : Cell.of(new BigDecimal(value.asText())));
    }
    assertThat(builder.build()).isEqualTo(read);
    // the template's cells: table 二 has 10 (2021) or 22 (2019), table 三 25 or 23 rows × 7, table 四 3 × 5
    assertThat(pointers).hasSize(example.equals("huaian-2024") ? 10 + 175 + 15 : 22 + 161 + 15);
  }

  private static void leaves(JsonNode node, String pointer, List<String> out) {
    if (!node.isObject()) {
      out.add(pointer);
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      leaves(e.getValue(), pointer + "/" + e.getKey(), out);
    }
  }

  @Test
  void everyCellNotSetIsBlank() {
    Report report = Report.builder(Edition.E2021).cell("/applications/newRequests/naturalPerson", 3001)
        .cell("/applications/newRequests", "total", Cell.of(3119)).build();
    assertThat(report.cell("/applications/newRequests/naturalPerson")).isEqualTo(Cell.of(3001));
    assertThat(report.cell("/applications/newRequests/total")).isEqualTo(Cell.of(3119));
    assertThat(report.applications().newRequests().total()).isEqualTo(Cell.of(3119));
    assertThat(report.applications().newRequests().commercialEnterprise()).isEqualTo(Cell.BLANK);
    assertThat(report.reviewLitigation().review().total()).isEqualTo(Cell.BLANK);
    assertThat(report.unit()).isEmpty();
    assertThat(report.year()).isZero();
    assertThat(report.narrative()).isEqualTo(Narrative.EMPTY);
    // 200 cells in the 2021 tables, two of them set
    String json = Reports.toJson(report);
    assertThat(json.split(": null", -1)).hasSize(200 - 2 + 1);
    assertThat(json.replace("\"year\": 0,", "")).doesNotContain(": 0");
  }

  @Test
  void aBuilderKeepsNoHoldOnTheReportsItBuilt() {
    Report.Builder builder = Report.builder(Edition.E2019).cell("/reviewLitigation/review/total", 5);
    Report first = builder.build();
    builder.cell("/reviewLitigation/review/total", 6);
    assertThat(first.cell("/reviewLitigation/review/total")).isEqualTo(Cell.of(5));
    assertThat(builder.build().cell("/reviewLitigation/review/total")).isEqualTo(Cell.of(6));
  }

  @Test
  void aPointerTheEditionDoesNotHaveIsAOneLineErrorNamingIt() {
    Report.Builder builder = Report.builder(Edition.E2021);
    assertThatThrownBy(() -> builder.cell("/applications/newRequests/totl", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/applications/newRequests/totl is not a cell of the 2021 tables"
            + " (a pointer such as /applications/newRequests/total)");
    assertThatThrownBy(() -> builder.cell("/activeDisclosure/fees/administrativeFees/previousItems", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/activeDisclosure/fees/administrativeFees/previousItems is a cell of the 2019 tables,"
            + " not of the 2021 tables");
    assertThatThrownBy(() -> Report.builder(Edition.E2019).cell("/applications/outcomes/otherHandling/feeUnpaid",
        "total", Cell.of(1)))
        .hasMessage("/applications/outcomes/otherHandling/feeUnpaid/total is a cell of the 2021 tables,"
            + " not of the 2019 tables");
    assertThatThrownBy(() -> builder.cell("/reviewLitigation/review", 1))
        .hasMessage("/reviewLitigation/review is a row, not a cell; its cells are upheld, corrected, other,"
            + " pending, total");
    assertThatThrownBy(() -> TestReports.example("huaian-2024").with("applications/newRequests/total",
        Cell.of(1))).hasMessageStartingWith("applications/newRequests/total is not a cell of the 2021 tables");
    assertThatThrownBy(() -> TestReports.example("huaian-2024").cell("/unit"))
        .hasMessageStartingWith("/unit is not a cell of the 2021 tables");
  }

  @Test
  void aNumberItsCellCannotHoldIsAOneLineErrorNamingIt() {
    Report.Builder builder = Report.builder(Edition.E2019);
    assertThatThrownBy(() -> builder.cell("/applications/newRequests/total", new BigDecimal("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/applications/newRequests/total holds a count: 1.5 is a fraction");
    assertThatThrownBy(() -> builder.cell("/reviewLitigation/review/pending", -1))
        .hasMessage("/reviewLitigation/review/pending holds a count: -1 is negative");
    assertThatThrownBy(() -> builder.cell("/activeDisclosure/procurement/centralizedProcurement/amount",
        new BigDecimal("-0.5")))
        .hasMessage("/activeDisclosure/procurement/centralizedProcurement/amount holds an amount of money,"
            + " zero or more: -0.5 is negative");
    assertThatThrownBy(() -> builder.cell("/applications/carriedOver/total", 1_000_000_000_000L))
        .hasMessage("/applications/carriedOver/total holds a count: 1000000000000 is larger than 999999999999");
    assertThatThrownBy(() -> builder.cell("/applications/carriedOver/total", (BigDecimal) null))
        .hasMessage("/applications/carriedOver/total: the cell is null (Cell.BLANK is a blank cell;"
            + " Cell.ofNullable makes a database NULL blank)");
    // what each column may hold: a change may be negative, an amount a fraction, a count 1.0;
    // text is kept as given (the validator reports it as cell.invalid)
    Report report = builder.cell("/activeDisclosure/licensing/administrativeLicensing/change", -3)
        .cell("/activeDisclosure/procurement/centralizedProcurement/amount", new BigDecimal("12.50"))
        .cell("/applications/newRequests/total", new BigDecimal("1.0"))
        .cell("/applications/carriedOver/total", Cell.unreadable("约30"))
        .cell("/applications/carriedOver/naturalPerson", Cell.NOT_APPLICABLE).build();
    assertThat(report.cell("/activeDisclosure/licensing/administrativeLicensing/change")).isEqualTo(Cell.of(-3));
    assertThat(report.activeDisclosure()).isInstanceOf(ActiveDisclosure2019.class);
    assertThat(((ActiveDisclosure2019) report.activeDisclosure()).procurement().centralizedProcurement().amount())
        .isEqualTo(Cell.of("12.50"));
    assertThat(report.applications().newRequests().total()).isEqualTo(Cell.of("1.0"));
    assertThat(report.applications().carriedOver().total()).isEqualTo(Cell.unreadable("约30"));
    assertThat(report.applications().carriedOver().naturalPerson()).isEqualTo(Cell.NOT_APPLICABLE);
  }

  @Test
  void withOneCellIsANewReportWithThatCellChanged() {
    Report huaian = TestReports.example("huaian-2024");
    Report changed = huaian.with("/reviewLitigation/review/total", Cell.of(350));
    assertThat(changed.reviewLitigation().review().total()).isEqualTo(Cell.of(350));
    assertThat(huaian.reviewLitigation().review().total()).isEqualTo(Cell.of(351));
    assertThat(changed).isEqualTo(TestReports.with(huaian, Map.of("/reviewLitigation/review/total", 350)));
    assertThat(huaian.with("/applications/newRequests/researchInstitution", Cell.BLANK))
        .isEqualTo(TestReports.with(huaian, java.util.Collections.singletonMap(
            "/applications/newRequests/researchInstitution", null)));
    assertThatThrownBy(() -> huaian.with("/reviewLitigation/review/total", Cell.of("350.5")))
        .hasMessage("/reviewLitigation/review/total holds a count: 350.5 is a fraction");
  }

  @Test
  void withAFixSetsItsNumberAndRefusesAFixOfAnotherReport() {
    Report huaian = TestReports.example("huaian-2024");
    Report fixed = huaian.with(new Finding.Fix("/reviewLitigation/review/upheld", Cell.of(72), new BigDecimal("71")));
    assertThat(fixed.reviewLitigation().review().upheld()).isEqualTo(Cell.of(71));
    assertThat(fixed.reviewLitigation().review().corrected()).isEqualTo(Cell.of(64));
    assertThat(fixed.with(new Finding.Fix("/reviewLitigation/review/upheld", Cell.of(72), new BigDecimal("71"))))
        .as("the same fix again").isSameAs(fixed);
    assertThatThrownBy(() -> huaian.with(new Finding.Fix("/reviewLitigation/review/upheld", Cell.of(73),
        new BigDecimal("70"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/reviewLitigation/review/upheld holds 72, not 73 as the fix expects;"
            + " was the fix found on another report?");
  }

  @Test
  void aDatabaseNullIsBlankNeverZero() {
    assertThat(Cell.ofNullable((Long) null)).isEqualTo(Cell.BLANK);
    assertThat(Cell.ofNullable((BigDecimal) null)).isEqualTo(Cell.BLANK);
    assertThat(Cell.ofNullable(0L)).isEqualTo(new Cell.Value(BigDecimal.ZERO));
    assertThat(Cell.ofNullable(3119L)).isEqualTo(new Cell.Value(new BigDecimal("3119")));
    // the scale is kept: 96171.60 is printed with two decimals
    assertThat(Cell.ofNullable(new BigDecimal("96171.60")).numberOrNull().scale()).isEqualTo(2);
  }
}
