package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nianbao.internal.text.RowFit.Outcome;
import org.nianbao.internal.text.RowFit.Result;
import org.nianbao.internal.text.RowFit.Sum;
import org.nianbao.internal.text.ValueWords.Kind;
import org.nianbao.internal.text.ValueWords.Word;

/** How the words after a row's label meet its cells; every cut worked out by hand. */
class RowFitTest {

  /** Table 三's row: six applicant columns add up to the seventh. */
  private static final List<Sum> APPLICANT_SUM = List.of(new Sum(new int[] {0, 1, 2, 3, 4, 5}, 6));

  private static Word number(String text, int offset) {
    return new Word(Kind.NUMBER, text, null, offset, false);
  }

  /** Bare digits as read between spaces: possibly several cells whose separators were lost. */
  private static Word run(String digits, int offset) {
    return new Word(Kind.NUMBER, digits, null, offset, true);
  }

  private static Word blank(int offset) {
    return Word.blank(offset);
  }

  private static Word mark(int offset) {
    return new Word(Kind.NOT_APPLICABLE, "/", null, offset, false);
  }

  private static List<String> texts(List<Word> cells) {
    return cells.stream().map(w -> w.kind() == Kind.BLANK ? "_" : w.text()).toList();
  }

  @Test
  void oneWordToACellIsPlacedAsRead() {
    List<Word> read = List.of(number("1", 0), blank(2), mark(4));
    Result result = RowFit.fit(read, 3, APPLICANT_SUM, Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.PLACED);
    assertThat(result.cells()).isEqualTo(read);
    assertThat(result.words()).isEqualTo(read);
    assertThat(result.placed()).isTrue();
  }

  @Test
  void trailingBlankPiecesGoBeforeLeadingOnes() {
    List<Word> read = List.of(blank(0), number("1", 2), number("2", 4), blank(6));
    // two cells: both extra blanks go
    assertThat(RowFit.fit(read, 2, List.of(), Map.of()).cells()).containsExactly(number("1", 2), number("2", 4));
    // three cells: only the trailing one goes, the leading blank stays a cell
    Result three = RowFit.fit(read, 3, List.of(), Map.of());
    assertThat(three.outcome()).isEqualTo(Outcome.PLACED);
    assertThat(three.cells()).containsExactly(blank(0), number("1", 2), number("2", 4));
  }

  @Test
  void onlyBlanksAreTrimmed() {
    // a value at either end is never dropped: four words for three cells is a count mismatch
    List<Word> read = List.of(number("1", 0), number("2", 2), number("3", 4), blank(6), number("4", 8));
    assertThat(RowFit.fit(read, 3, List.of(), Map.of()).outcome()).isEqualTo(Outcome.COUNT);
    List<Word> blanksInside = List.of(number("1", 0), blank(2), blank(4), number("4", 8));
    assertThat(RowFit.fit(blanksInside, 2, List.of(), Map.of()).outcome()).isEqualTo(Outcome.COUNT);
  }

  @Test
  void aBlankAtTheEndOfAFullRowIsACell() {
    // as many words as cells: nothing is trimmed
    Result result = RowFit.fit(List.of(number("1", 0), blank(2)), 2, List.of(), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.PLACED);
    assertThat(result.cells()).containsExactly(number("1", 0), blank(2));
  }

  @Test
  void aFigureDoesNotOverruleTheOneCutThereIs() {
    // "011" cuts only as 0 11; a figure of 5 for the second cell does not unmake it
    Result result = RowFit.fit(List.of(run("011", 0)), 2, List.of(), Map.of(1, new BigDecimal("5")));
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("0", "11");
  }

  @Test
  void anExactFigureIsPreferredToADigitCount() {
    // "1213" in three cells: 1|2|13, 1|21|3, 12|1|3; the figure 2 for the middle cell is 1|2|13
    // exactly, while by digit count alone 12|1|3 would do as well
    Result result = RowFit.fit(List.of(run("1213", 0)), 3, List.of(), Map.of(1, new BigDecimal("2")));
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("1", "2", "13");
  }

  @Test
  void tooFewWordsWithoutADigitRunAreACountMismatch() {
    Result result = RowFit.fit(List.of(number("12", 0), number("3", 3)), 3, APPLICANT_SUM, Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.COUNT);
    assertThat(result.cells()).isEmpty();
    assertThat(result.placed()).isFalse();
  }

  @Test
  void digitsRunTogetherAreCutWhereTheRowSumLeavesOneWay() {
    // 9 digits in 7 cells: two extra digits. The total ends in 4 and the parts hold a 7, so the
    // total is 74; then 7 1 3 0 0 0 0 must add to 74 with one more two-digit cell: 71 + 3 only
    // (7 + 13 = 20, 7 + 1 + 30 = 38; a zero never starts a cell).
    Result result = RowFit.fit(List.of(run("713000074", 100)), 7, APPLICANT_SUM, Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("71", "3", "0", "0", "0", "0", "74");
    assertThat(result.cells().stream().map(Word::offset).toList()).containsExactly(100, 102, 103, 104, 105, 106, 107);
    assertThat(result.cells()).allMatch(w -> w.kind() == Kind.NUMBER && !w.digitRun() && w.unit() == null);
    assertThat(result.placed()).isTrue();
  }

  @Test
  void withoutSumsOrFiguresACutIsNotGuessed() {
    // "130" for three cells: 1 3 0, or 130 with two blanks whose separators were lost
    Result result = RowFit.fit(List.of(run("130", 0)), 3, List.of(), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.COUNT);
    assertThat(result.cells()).isEmpty();
  }

  @Test
  void zerosAreCutOneToACell() {
    // a zero never starts a longer number, so "000" can only be 0 0 0
    Result result = RowFit.fit(List.of(run("000", 5)), 3, List.of(), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(result.cells()).containsExactly(number("0", 5), number("0", 6), number("0", 7));
  }

  @Test
  void withoutASumOnlyZerosAreCut() {
    // "011" for two cells is 0 11 only if no blank was lost with its separator: 011 may be 0 | 11, or
    // a blank and 11 printed after a 0 of the row before; without a sum the row is left unplaced
    Result result = RowFit.fit(List.of(run("011", 0)), 2, List.of(), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.COUNT);
    assertThat(result.cells()).isEmpty();
  }

  @Test
  void severalCutsAreAmbiguousAndOfferedAsCandidates() {
    // "11213" for a b (a + b): 1 12 13 and 11 2 13 both add up
    Result result = RowFit.fit(List.of(run("11213", 0)), 3, List.of(new Sum(new int[] {0, 1}, 2)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(result.cells()).isEmpty();
    assertThat(result.candidates()).hasSize(2);
    assertThat(texts(result.candidates().get(0))).containsExactly("1", "12", "13");
    assertThat(texts(result.candidates().get(1))).containsExactly("11", "2", "13");
  }

  @Test
  void noCutThatAddsUpIsNoSplit() {
    // the second cell must equal the first: "12" cuts only as 1 2 for two cells, and 1 is not 2
    Result result = RowFit.fit(List.of(run("12", 0)), 2, List.of(new Sum(new int[] {0}, 1)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.NO_SPLIT);
    assertThat(result.cells()).isEmpty();
  }

  @Test
  void aCutMustAddUpWithTheWordsAroundIt() {
    // 5, then "1203" for the three cells between, then the total: 1|20|3 makes 29, 12|0|3 makes 20
    // (1|2|03: no number starts with a zero)
    List<Sum> sum = List.of(new Sum(new int[] {0, 1, 2, 3}, 4));
    assertThat(RowFit.fit(List.of(number("5", 0), run("1203", 2), number("8", 7)), 5, sum, Map.of()).outcome())
        .isEqualTo(Outcome.NO_SPLIT);
    Result twenty = RowFit.fit(List.of(number("5", 0), run("1203", 2), number("20", 7)), 5, sum, Map.of());
    assertThat(twenty.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(twenty.cells())).containsExactly("5", "12", "0", "3", "20");
    Result twentyNine = RowFit.fit(List.of(number("5", 0), run("1203", 2), number("29", 7)), 5, sum, Map.of());
    assertThat(texts(twentyNine.cells())).containsExactly("5", "1", "20", "3", "29");
  }

  @Test
  void aNotApplicableMarkCountsAsZero() {
    // "/" then "123419" for four cells adding up to the fifth: / + 12 + 3 + 4 = 19 is the one cut
    // (1 + 23 + 4 = 28, 1 + 2 + 34 = 37, 1 + 2 + 3 = 6 for 419, ...)
    Result result = RowFit.fit(List.of(mark(0), run("123419", 2)), 5,
        List.of(new Sum(new int[] {0, 1, 2, 3}, 4)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("/", "12", "3", "4", "19");
  }

  @Test
  void aBlankPartTakesWhatTheKnownPartsLeave() {
    // a blank part may be any value ≥ 0, so the known parts may not pass the total:
    // 1|2|34 (1 + 2 ≤ 34) stands; 1|23|4 (24 > 4) and 12|3|4 (15 > 4) do not
    Result result = RowFit.fit(List.of(blank(0), run("1234", 2)), 4,
        List.of(new Sum(new int[] {0, 1, 2}, 3)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("_", "1", "2", "34");
  }

  @Test
  void theTextsOwnFiguresPickTheCut() {
    // table 二's normative documents: 制发88件 and 现行有效698件 leave 55 repealed
    Map<Integer, BigDecimal> figures = Map.of(0, new BigDecimal("88"), 2, new BigDecimal("698"));
    Result result = RowFit.fit(List.of(run("8855698", 40)), 3, List.of(), figures);
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(result.cells()).containsExactly(number("88", 40), number("55", 42), number("698", 44));
  }

  @Test
  void aWrongFigureStillTellsHowManyDigitsItsCellHas() {
    // figures 77 and 393, but the run ends 470: no cut agrees exactly; by digit counts 77|132|470
    Map<Integer, BigDecimal> figures = Map.of(0, new BigDecimal("77"), 2, new BigDecimal("393"));
    Result result = RowFit.fit(List.of(run("77132470", 0)), 3, List.of(), figures);
    assertThat(result.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(result.cells())).containsExactly("77", "132", "470");
  }

  @Test
  void figuresThatAgreeWithSeveralCutsLeaveTheRowAmbiguous() {
    // 1234 first, then 567 cut in two: 5|67 or 56|7
    Map<Integer, BigDecimal> figures = Map.of(0, new BigDecimal("1234"));
    Result result = RowFit.fit(List.of(run("1234567", 0)), 3, List.of(), figures);
    assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(result.candidates()).hasSize(2);
    assertThat(texts(result.candidates().get(0))).containsExactly("1234", "5", "67");
    assertThat(texts(result.candidates().get(1))).containsExactly("1234", "56", "7");
  }

  @Test
  void figuresThatAgreeWithNoCutPlaceNothing() {
    // an eight-digit figure for the first of three cells of a six-digit run: not even its length fits
    Result tooLong = RowFit.fit(List.of(run("123456", 0)), 3, List.of(), Map.of(0, new BigDecimal("12345678")));
    assertThat(tooLong.placed()).isFalse();
    assertThat(tooLong.cells()).isEmpty();
    // a figure for the cell that holds a mark: no cut has a number there
    Result onMark = RowFit.fit(List.of(mark(0), run("123", 2)), 3, List.of(), Map.of(0, new BigDecimal("1")));
    assertThat(onMark.placed()).isFalse();
    assertThat(onMark.cells()).isEmpty();
  }

  @Test
  void aSettledRowKeepsTheWordsItWasReadFrom() {
    Result ambiguous = RowFit.fit(List.of(run("11213", 0)), 3, List.of(new Sum(new int[] {0, 1}, 2)), Map.of());
    Result settled = ambiguous.settled(ambiguous.candidates().get(1));
    assertThat(settled.outcome()).isEqualTo(Outcome.SPLIT);
    assertThat(texts(settled.cells())).containsExactly("11", "2", "13");
    assertThat(settled.words()).containsExactly(run("11213", 0));
    assertThat(settled.candidates()).isEmpty();
  }

  @Test
  @Timeout(20)
  void aPathologicalRowGivesUpRatherThanHang() {
    // 60 digits in 30 cells, the last to equal the first: it starts with 2 and all else is 1s, so no
    // cut ever holds, and the cuts are far too many to try
    Result result = RowFit.fit(List.of(run("2" + "1".repeat(59), 0)), 30,
        List.of(new Sum(new int[] {0}, 29)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(result.candidates()).isEmpty();
  }

  @Test
  void sixtyFourCutsOrMoreAreNotOffered() {
    // a blank total fits any parts: "01234567891" in five parts is 0, then 1234567891 in four,
    // C(9,3) = 84 cuts; the search stops at 64 and offers none
    Result result = RowFit.fit(List.of(run("01234567891", 0), blank(11)), 6,
        List.of(new Sum(new int[] {0, 1, 2, 3, 4}, 5)), Map.of());
    assertThat(result.outcome()).isEqualTo(Outcome.AMBIGUOUS);
    assertThat(result.candidates()).isEmpty();
    // "0123456" in five parts: 0, then 123456 in four, C(5,3) = 10 cuts, all offered
    Result ten = RowFit.fit(List.of(run("0123456", 0), blank(7)), 6,
        List.of(new Sum(new int[] {0, 1, 2, 3, 4}, 5)), Map.of());
    assertThat(ten.candidates()).hasSize(10);
  }
}
