package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.testing.TestReports;

/** Canonical JSON: exact round trips, and one clear line for every kind of bad input. */
class JsonReadingTest {

  @ParameterizedTest
  @ValueSource(strings = {"xingjing-2020", "huaian-2024"})
  void examplesRoundTripByteForByte(String name) throws Exception {
    String text = Files.readString(TestReports.EXAMPLES.resolve(name + ".json"));
    Report report = Reports.readJson(text, name);
    assertThat(Reports.toJson(report)).isEqualTo(text);
    assertThat(Reports.readJson(Reports.toJson(report), name)).isEqualTo(report);
  }

  @Test
  void blankNotApplicableAndTextCellsSurviveTheRoundTrip() throws Exception {
    Report report = TestReports.with(TestReports.example("huaian-2024"), java.util.Map.of(
        "/applications/newRequests/total", "/",
        "/applications/carriedOver/total", "三十四",
        "/reviewLitigation/review/total", TestReports.node(null),
        "/activeDisclosure/fees/administrativeFees/amount", new java.math.BigDecimal("96171.60")));
    assertThat(report.applications().newRequests().total()).isEqualTo(Cell.NOT_APPLICABLE);
    assertThat(report.applications().carriedOver().total()).isEqualTo(Cell.unreadable("三十四"));
    assertThat(report.reviewLitigation().review().total()).isEqualTo(Cell.BLANK);
    assertThat(Reports.readJson(Reports.toJson(report), "again")).isEqualTo(report);
    assertThat(Reports.toJson(report)).contains("\"amount\": 96171.60");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");
    assertThatThrownBy(() -> Reports.load(missing))
        .isInstanceOf(ReportReadException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  void malformedJsonGivesTheLineAndColumn() {
    assertThatThrownBy(() -> Reports.readJson("{\n  \"unit\": \"x\",\n  \"year\" 2020\n}", "bad.json"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("bad.json: malformed JSON (line 3, column 10): Unexpected character");
  }

  @Test
  void anUnknownFieldIsNamedWithItsPlace() {
    String json = huaian().replace("\"carriedOver\": {", "\"carriedOver\": {\n      \"natural\": 1,");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("r.json: unknown field \"natural\" at /applications/carriedOver (line ")
        .hasMessageContaining("the fields there are: commercialEnterprise, legalServiceOrganization,");
  }

  /** Found by fuzzing: the message quoted the input's line break and became two lines. */
  @Test
  void aFieldNameWithALineBreakGivesOneLine() {
    // the JSON escape \n in a field name is a line break once read
    String json = huaian().replaceFirst("\\{", "{\n  \"au\\\\nthor\": 1,");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("r.json: unknown field \"au\\nthor\" at the top level")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void anUnknownTopLevelFieldIsNamed() {
    String json = huaian().replaceFirst("\\{", "{\n  \"author\": \"me\",");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessageStartingWith("r.json: unknown field \"author\" at the top level (line 2, column 14)");
  }

  @Test
  void aCellOfTheWrongTypeIsNamed() {
    String json = huaian().replace("\"total\": 3119", "\"total\": true");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessageStartingWith("r.json: wrong type at /applications/newRequests/total (line ")
        .hasMessageEndingWith("a cell is a number, null (blank) or \"/\" (not applicable), not a boolean");
  }

  @Test
  void aYearOfTheWrongTypeIsNamed() {
    String json = huaian().replace("\"year\": 2024", "\"year\": \"2024\"");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessage("r.json: wrong type at /year (line 3, column 11): \"year\" is an integer, not a string");
  }

  @Test
  void aMissingCellIsNotABlankOne() throws Exception {
    var tree = TestReports.exampleTree("huaian-2024");
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.at("/applications/newRequests")).remove("total");
    String json = org.nianbao.internal.json.ReportJson.MAPPER.writeValueAsString(tree);
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessageStartingWith("r.json: missing field /applications/newRequests/total (absent or null) (line ");
  }

  @Test
  void aDuplicatedFieldIsRefusedRatherThanOverwritten() {
    String json = huaian().replace("\"total\": 3119", "\"total\": 3119,\n      \"total\": 1");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessageContaining("Duplicate field 'total'");
  }

  @Test
  void tablesOfTheOtherEditionAreRefused() {
    String json = huaian().replace("\"edition\": \"2021\"", "\"edition\": \"2019\"");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .isInstanceOf(ReportReadException.class)
        .hasMessageStartingWith("r.json: unknown field \"issued\" at /activeDisclosure/documents/rules");
  }

  @Test
  void anUnknownEditionIsNamed() {
    String json = huaian().replace("\"edition\": \"2021\"", "\"edition\": \"2020\"");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessage("r.json: wrong type at /edition (line 4, column 14): \"edition\" is \"2019\" or \"2021\", not \"2020\"");
  }

  @Test
  void fieldsMayComeInAnyOrder() throws Exception {
    String json = huaian().replace("\"edition\": \"2021\",\n", "");
    json = json.substring(0, json.lastIndexOf('}')).stripTrailing() + ",\n  \"edition\": \"2021\"\n}\n";
    assertThat(Reports.readJson(json, "r.json")).isEqualTo(TestReports.example("huaian-2024"));
  }

  @Test
  void aYearOutsideTheRegulationsIsRefused() {
    String json = huaian().replace("\"year\": 2024", "\"year\": 1999");
    assertThatThrownBy(() -> Reports.readJson(json, "r.json"))
        .hasMessageEndingWith("\"year\" 1999 is outside 2008–2100 (the regulations date from 2008; 0 when the text states none)");
  }

  @Test
  void aMissingTopLevelFieldIsNamed() {
    assertThatThrownBy(() -> Reports.readJson("{\"unit\": \"x\", \"edition\": \"2019\"}", "r.json"))
        .hasMessage("r.json: missing field \"year\" at the top level (line 1, column 32)");
  }

  @Test
  void aMissingTableIsNamed() {
    assertThatThrownBy(() -> Reports.readJson("{\"unit\": \"x\", \"year\": 2020, \"edition\": \"2019\"}", "r.json"))
        .hasMessage("r.json: missing field /activeDisclosure (absent or null) (line 1, column 46)");
  }

  @Test
  void aDecimalYearIsNamed() {
    assertThatThrownBy(() -> Reports.readJson("{\"year\": 2020.5}", "r.json"))
        .hasMessage("r.json: wrong type at /year (line 1, column 10): \"year\" is an integer, not a decimal number");
  }

  @Test
  void anEmptyFileOrADirectoryIsNamed(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.json"), " \n");
    assertThatThrownBy(() -> Reports.load(empty)).hasMessage(empty + ": is empty");
    assertThatThrownBy(() -> Reports.load(dir)).hasMessage(dir + ": is a directory, not a report file");
  }

  @Test
  void anOversizedFileIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Reports.MAX_INPUT_BYTES + 1); // sparse: costs no disk
    }
    assertThatThrownBy(() -> Reports.load(big))
        .hasMessage(big + ": is 33554433 bytes; reports larger than 33554432 bytes (input size) are refused");
  }

  @Test
  void aJsonReportMustBeUtf8(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("r.json"), new byte[] {'{', (byte) 0xC4, (byte) 0xEA, '}'});
    assertThatThrownBy(() -> Reports.readJson(file)).hasMessage(file + ": is not UTF-8 text (a JSON report must be UTF-8)");
  }

  private static String huaian() {
    try {
      return Files.readString(TestReports.EXAMPLES.resolve("huaian-2024.json"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
