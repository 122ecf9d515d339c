package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.Edition;
import org.nianbao.internal.template.Template;
import org.nianbao.internal.text.RowFit.Outcome;
import org.nianbao.internal.text.RowFit.Result;
import org.nianbao.internal.text.ValueWords.Kind;
import org.nianbao.internal.text.ValueWords.Word;

/** Table 三's column sums settle rows whose digits cut in several ways; sums worked out by hand. */
class TableSumsTest {

  private static final Template.Table TABLE_3 = Template.of(Edition.E2021).tables().get(1);

  private static int row(String pointerEnd) {
    for (int r = 0; r < TABLE_3.rows().size(); r++) {
      if (TABLE_3.rows().get(r).pointer().endsWith(pointerEnd)) {
        return r;
      }
    }
    throw new AssertionError("no row " + pointerEnd);
  }

  private static final int NEW_REQUESTS = row("/newRequests");
  private static final int CARRIED_OVER = row("/carriedOver");
  private static final int DISCLOSED = row("/outcomes/disclosed");
  private static final int PARTLY_DISCLOSED = row("/outcomes/partlyDisclosed");
  private static final int TOTAL = row("/outcomes/total");
  private static final int CARRIED_FORWARD = row("/carriedForward");

  private static List<Word> cells(String... values) {
    return Arrays.stream(values)
        .map(v -> v.equals("_") ? Word.blank(0) : v.equals("/")
            ? new Word(Kind.NOT_APPLICABLE, v, null, 0, false) : new Word(Kind.NUMBER, v, null, 0, false))
        .toList();
  }

  private static Result placed(String... values) {
    return new Result(Outcome.PLACED, cells(values), cells(values));
  }

  @SafeVarargs
  private static Result ambiguous(List<Word>... candidates) {
    return new Result(Outcome.AMBIGUOUS, List.of(), List.of(), List.of(candidates));
  }

  private static List<String> texts(Result result) {
    return result.cells().stream().map(Word::text).toList();
  }

  /** Carried over "220000022" and the total "322000025", each cut two ways that add up across. */
  private static Map<Integer, Result> twoOpenRows() {
    Map<Integer, Result> results = new HashMap<>();
    results.put(NEW_REQUESTS, placed("1", "2", "0", "0", "0", "0", "3"));
    results.put(CARRIED_OVER, ambiguous(cells("22", "0", "0", "0", "0", "0", "22"),
        cells("2", "20", "0", "0", "0", "0", "22")));
    results.put(TOTAL, ambiguous(cells("3", "22", "0", "0", "0", "0", "25"), cells("3", "2", "20", "0", "0", "0", "25")));
    results.put(CARRIED_FORWARD, placed("0", "0", "0", "0", "0", "0", "0"));
    return results;
  }

  @Test
  void twoRowsEachCutTwoWaysAreSettledByTheColumnSums() {
    // new + carried over = total + carried forward, column by column: 1 + 2 = 3 and 2 + 20 = 22
    // holds only for carried over 2 20 … 22 with total 3 22 … 25; 1 + 22 = 23 matches neither total
    Map<Integer, Result> results = twoOpenRows();
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(CARRIED_OVER).outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(results.get(CARRIED_OVER))).containsExactly("2", "20", "0", "0", "0", "0", "22");
    assertThat(results.get(TOTAL).outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(results.get(TOTAL))).containsExactly("3", "22", "0", "0", "0", "0", "25");
    assertThat(results.get(NEW_REQUESTS).outcome()).isEqualTo(Outcome.PLACED);
  }

  @Test
  void aRowIsLeftAloneWhenTwoCombinationsHold() {
    // the total row is not found: nothing checks carried over, both its cuts hold
    Map<Integer, Result> results = twoOpenRows();
    results.remove(TOTAL);
    Result before = results.get(CARRIED_OVER);
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(CARRIED_OVER)).isSameAs(before);
  }

  @Test
  void twoRowsAreLeftAloneWhenTwoPairsOfCutsBothAddUp() {
    // totals 23 2 … 25 and 3 22 … 25: carried over 22 0 … pairs with the first, 2 20 … with the second
    Map<Integer, Result> results = twoOpenRows();
    results.put(TOTAL, ambiguous(cells("23", "2", "0", "0", "0", "0", "25"), cells("3", "22", "0", "0", "0", "0", "25")));
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(CARRIED_OVER).outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(results.get(TOTAL).outcome()).isEqualTo(Outcome.AMBIGUOUS);
  }

  @Test
  void noCombinationThatHoldsLeavesTheRowsAlone() {
    Map<Integer, Result> results = twoOpenRows();
    results.put(CARRIED_FORWARD, placed("1", "0", "0", "0", "0", "0", "1"));
    // 1 + 2 = 3 + 1 fails in the first column whatever the cuts
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(CARRIED_OVER).outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(results.get(TOTAL).outcome()).isEqualTo(Outcome.AMBIGUOUS);
  }

  @Test
  void theOutcomeRowsAddUpToTheTotalDownEachColumn() {
    // the total cuts 3 22 … 25 or 3 2 20 … 25; the outcome rows 1 2 0 … and 2 20 0 … add up to
    // 3 22 0 …, and a blank column (column 7, both outcome rows blank) is not checked
    Map<Integer, Result> results = new HashMap<>();
    results.put(TOTAL, ambiguous(cells("3", "22", "0", "0", "0", "0", "25"), cells("3", "2", "20", "0", "0", "0", "25")));
    for (int r = 0; r < TABLE_3.rows().size(); r++) {
      if (TABLE_3.rows().get(r).pointer().contains("/outcomes/") && r != TOTAL) {
        results.put(r, placed("0", "0", "0", "0", "0", "0", "_"));
      }
    }
    results.put(DISCLOSED, placed("1", "2", "0", "0", "0", "0", "_"));
    results.put(PARTLY_DISCLOSED, placed("2", "20", "/", "0", "0", "0", "_"));
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(TOTAL).outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(results.get(TOTAL))).containsExactly("3", "22", "0", "0", "0", "0", "25");
  }

  @Test
  void anOutcomeRowNotFoundLeavesItsColumnsUnchecked() {
    // as above without the partly disclosed row: the outcome sums cannot be checked, both cuts stand
    Map<Integer, Result> results = new HashMap<>();
    results.put(TOTAL, ambiguous(cells("3", "22", "0", "0", "0", "0", "25"), cells("3", "2", "20", "0", "0", "0", "25")));
    results.put(DISCLOSED, placed("1", "2", "0", "0", "0", "0", "3"));
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(TOTAL).outcome()).isEqualTo(Outcome.AMBIGUOUS);
  }

  @Test
  void rowsWithoutCandidatesAreNotOpened() {
    // ambiguous with 64 cuts or more: no candidates kept, nothing to choose from
    Map<Integer, Result> results = new HashMap<>();
    Result many = new Result(Outcome.AMBIGUOUS, List.of(), List.of());
    results.put(CARRIED_OVER, many);
    results.put(NEW_REQUESTS, placed("1", "2", "0", "0", "0", "0", "3"));
    TableSums.settle(TABLE_3, results);
    assertThat(results.get(CARRIED_OVER)).isSameAs(many);
  }
}
