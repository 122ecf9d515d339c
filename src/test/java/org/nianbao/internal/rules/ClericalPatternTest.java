package org.nianbao.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.internal.layout.Layout;

/** The slips a fix is named after, each with a case that is one and a near miss that is not. */
class ClericalPatternTest {
  private static final Layout LAYOUT = Layout.of(Edition.E2021);
  private static final String DISCLOSED = "/applications/outcomes/disclosed/";

  /** The pattern of a fix {@code pointer → to, …} of cells printed {@code pointer → from, …} (the rest 0). */
  private static Optional<String> pattern(Map<String, Cell> printed, Map<String, Long> fix) {
    Cell[] cells = new Cell[LAYOUT.slots().size()];
    Arrays.fill(cells, Cell.of(0));
    printed.forEach((pointer, cell) -> cells[LAYOUT.slot(pointer).index()] = cell);
    Map<Layout.Slot, BigDecimal> change = new LinkedHashMap<>();
    fix.forEach((pointer, to) -> change.put(LAYOUT.slot(pointer), BigDecimal.valueOf(to)));
    return ClericalPattern.of(change, cells);
  }

  private static Optional<String> one(long from, long to) {
    String pointer = DISCLOSED + "naturalPerson";
    return pattern(Map.of(pointer, Cell.of(from)), Map.of(pointer, to));
  }

  @Test
  void twoNeighbouringDigitsSwapped() {
    assertThat(one(1326, 1362)).contains("swapped");
    assertThat(one(12, 21)).contains("swapped"); // the shortest number with two digits to swap
    assertThat(one(1326, 6321)).isEmpty(); // two digits exchanged, but not neighbours
    assertThat(one(5, 7)).isEmpty();
  }

  @Test
  void aDigitDroppedOrTypedTwice() {
    assertThat(one(301, 3001)).contains("dropped"); // printed 301, should be 3001
    assertThat(one(13662, 1362)).contains("extra"); // printed 13662, should be 1362
    assertThat(one(1362, 13700)).isEmpty(); // one digit longer, but no digit of 13700 deleted gives 1362
    assertThat(one(13700, 1362)).isEmpty();
    assertThat(one(1362, 1370)).isEmpty();
  }

  @Test
  void aBlankCellIsNoSlip() {
    String pointer = DISCLOSED + "naturalPerson";
    assertThat(pattern(Map.of(pointer, Cell.BLANK), Map.of(pointer, 5L))).isEmpty();
  }

  @Test
  void aNumberTypedIntoTheNeighbouringColumn() {
    String a = DISCLOSED + "publicInterestOrganization";
    String b = DISCLOSED + "legalServiceOrganization";
    Map<String, Long> swapBack = new LinkedHashMap<>();
    swapBack.put(a, 0L);
    swapBack.put(b, 50L);
    assertThat(pattern(Map.of(a, Cell.of(50), b, Cell.of(0)), swapBack)).contains("neighbour");
    // part of a number typed one column over: the two cells still add up to what they should
    Map<String, Long> shift = new LinkedHashMap<>();
    shift.put(a, 7L);
    shift.put(b, 50L);
    assertThat(pattern(Map.of(a, Cell.of(57), b, Cell.of(0)), shift)).contains("neighbour");
    Map<String, Long> notTheSum = new LinkedHashMap<>();
    notTheSum.put(a, 0L);
    notTheSum.put(b, 40L);
    assertThat(pattern(Map.of(a, Cell.of(50), b, Cell.of(0)), notTheSum)).isEmpty();
    assertThat(pattern(Map.of(a, Cell.BLANK, b, Cell.of(0)), swapBack)).isEmpty();
    assertThat(pattern(Map.of(a, Cell.of(50), b, Cell.BLANK), swapBack)).isEmpty();
  }

  @Test
  void cellsThatAreNotNeighboursInOneRowAreNoSlip() {
    // two columns apart
    String a = DISCLOSED + "researchInstitution";
    String c = DISCLOSED + "legalServiceOrganization";
    Map<String, Long> apart = new LinkedHashMap<>();
    apart.put(a, 0L);
    apart.put(c, 50L);
    assertThat(pattern(Map.of(a, Cell.of(50), c, Cell.of(0)), apart)).isEmpty();
    // next to each other in the table's order, but the end of one row and the start of the next
    String endOfRow = "/applications/newRequests/total";
    String startOfNext = "/applications/carriedOver/naturalPerson";
    assertThat(LAYOUT.slot(startOfNext).index() - LAYOUT.slot(endOfRow).index()).isEqualTo(1);
    Map<String, Long> acrossRows = new LinkedHashMap<>();
    acrossRows.put(endOfRow, 0L);
    acrossRows.put(startOfNext, 50L);
    assertThat(pattern(Map.of(endOfRow, Cell.of(50), startOfNext, Cell.of(0)), acrossRows)).isEmpty();
  }

  @Test
  void threeCellsAreNoSlip() {
    Map<String, Long> three = new LinkedHashMap<>();
    three.put(DISCLOSED + "naturalPerson", 0L);
    three.put(DISCLOSED + "commercialEnterprise", 50L);
    three.put(DISCLOSED + "researchInstitution", 0L);
    assertThat(pattern(Map.of(DISCLOSED + "naturalPerson", Cell.of(50)), three)).isEmpty();
  }
}
