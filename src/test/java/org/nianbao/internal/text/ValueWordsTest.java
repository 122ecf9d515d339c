package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.internal.text.ValueWords.Kind;
import org.nianbao.internal.text.ValueWords.Style;
import org.nianbao.internal.text.ValueWords.Word;

/** What counts as a cell in the text between two row labels, worked out by hand from each input. */
class ValueWordsTest {

  private static final Style PLAIN = new Style(false, false, false);
  private static final Style FRAMED = new Style(true, true, false);
  private static final Style ONE_PER_LINE = new Style(false, false, true);

  /** The words after {@code label} (its first occurrence) to the end of the text. */
  private static List<Word> after(String text, String label, Style style, boolean stopAtText) {
    FlatText flat = new FlatText(text);
    return ValueWords.read(flat, text.indexOf(label) + label.length(), text.length(), style, stopAtText);
  }

  /** Each word as printed: its text and unit, "_" for a blank. */
  private static List<String> printed(List<Word> words) {
    return words.stream()
        .map(w -> w.kind() == Kind.BLANK ? "_" : w.text() + (w.unit() == null ? "" : w.unit()))
        .toList();
  }

  private static List<Word> word(String word, int offset) {
    List<Word> out = new ArrayList<>();
    out.add(new Word(Kind.NUMBER, "9", null, 0, false)); // a value before, that a lone unit would attach to
    boolean values = ValueWords.word(word, offset, out);
    out.remove(0);
    out.add(new Word(values ? Kind.NUMBER : Kind.BLANK, "returned " + values, null, -1, false));
    return out;
  }

  // ---- one word ----

  @Test
  void anOrdinalBeforeALabelIsNotAValue() {
    assertThat(word("6.属于四类过程性信息", 0)).containsExactly(new Word(Kind.BLANK, "returned false", null, -1, false));
    assertThat(word("3、危及", 0)).containsExactly(new Word(Kind.BLANK, "returned false", null, -1, false));
  }

  @Test
  void aYearOrAPercentageIsNotAValue() {
    assertThat(word("2023年", 0)).containsExactly(new Word(Kind.BLANK, "returned false", null, -1, false));
    assertThat(word("45%", 0)).containsExactly(new Word(Kind.BLANK, "returned false", null, -1, false));
  }

  @Test
  void anAmountKeepsItsUnit() {
    assertThat(word("79000.1元", 7)).containsExactly(
        new Word(Kind.NUMBER, "79000.1", "元", 7, false), new Word(Kind.NUMBER, "returned true", null, -1, false));
    assertThat(word("3.5万元", 2)).containsExactly(
        new Word(Kind.NUMBER, "3.5", "万元", 2, false), new Word(Kind.NUMBER, "returned true", null, -1, false));
  }

  @Test
  void aUnitStandingAloneIsTheUnitOfTheNumberBefore() {
    List<Word> out = new ArrayList<>(List.of(new Word(Kind.NUMBER, "5", null, 3, false)));
    assertThat(ValueWords.word("件", 5, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "5", "件", 3, false));
    // after a number that has its unit already, or after nothing, a unit is label text
    assertThat(ValueWords.word("件", 7, out)).isFalse();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "5", "件", 3, false));
    List<Word> none = new ArrayList<>();
    assertThat(ValueWords.word("件", 0, none)).isFalse();
    assertThat(none).isEmpty();
    List<Word> afterMark = new ArrayList<>(List.of(new Word(Kind.NOT_APPLICABLE, "/", null, 0, false)));
    assertThat(ValueWords.word("件", 2, afterMark)).isFalse();
    assertThat(afterMark).hasSize(1);
  }

  @Test
  void commasBetweenSingleDigitsPartSevenCells() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("2,1,0,0,0,0,3", 10, out)).isTrue();
    assertThat(out).containsExactly(
        new Word(Kind.NUMBER, "2", null, 10, false), new Word(Kind.NUMBER, "1", null, 12, false),
        new Word(Kind.NUMBER, "0", null, 14, false), new Word(Kind.NUMBER, "0", null, 16, false),
        new Word(Kind.NUMBER, "0", null, 18, false), new Word(Kind.NUMBER, "0", null, 20, false),
        new Word(Kind.NUMBER, "3", null, 22, false));
  }

  @Test
  void aCommaPartedRunOfSeveralDigitsMayStillBeCellsRunTogether() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("12,34", 0, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "12", null, 0, true), new Word(Kind.NUMBER, "34", null, 3, true));
  }

  @Test
  void aCommaBeforeAWordIsNotACellSeparator() {
    List<Word> out = new ArrayList<>();
    // "3,其他": the part after the comma is no number, so the word is not cells
    assertThat(ValueWords.word("3,其他", 0, out)).isFalse();
    assertThat(out).isEmpty();
  }

  @Test
  void thousandsSeparatorsMakeOneNumber() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("1,234", 4, out)).isTrue();
    assertThat(ValueWords.word("12,345,678", 10, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "1,234", null, 4, false),
        new Word(Kind.NUMBER, "12,345,678", null, 10, false));
  }

  @Test
  void numberLengths() {
    assertThat(ValueWords.number("1,234", 0)).isEqualTo(5);
    assertThat(ValueWords.number("1,234.56元", 0)).isEqualTo(8);
    assertThat(ValueWords.number("1234,567", 0)).isEqualTo(4); // four digits before a comma: no thousands
    assertThat(ValueWords.number("1,2345", 0)).isEqualTo(1); // a group of four is no thousands group
    assertThat(ValueWords.number("1,23", 0)).isEqualTo(1);
    assertThat(ValueWords.number("-5", 0)).isEqualTo(2);
    assertThat(ValueWords.number("+5", 0)).isEqualTo(2);
    assertThat(ValueWords.number("−5", 0)).isEqualTo(2);
    assertThat(ValueWords.number("-", 0)).isZero();
    assertThat(ValueWords.number("", 0)).isZero();
    assertThat(ValueWords.number("5.", 0)).isEqualTo(1);
    assertThat(ValueWords.number("5.x", 0)).isEqualTo(1);
    assertThat(ValueWords.number("a12", 1)).isEqualTo(2);
    assertThat(ValueWords.number("1".repeat(64), 0)).isEqualTo(64);
    assertThat(ValueWords.number("1".repeat(65), 0)).isZero();
    assertThat(ValueWords.number("1." + "2".repeat(63), 0)).isEqualTo(65);
    assertThat(ValueWords.number("1." + "2".repeat(64), 0)).isEqualTo(1); // a fraction past the limit is not read
  }

  @Test
  void marksAreNotApplicableAndEachSlashIsACell() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("//", 3, out)).isTrue();
    assertThat(ValueWords.word("—", 6, out)).isTrue();
    assertThat(ValueWords.word("无", 8, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NOT_APPLICABLE, "/", null, 3, false),
        new Word(Kind.NOT_APPLICABLE, "/", null, 4, false), new Word(Kind.NOT_APPLICABLE, "—", null, 6, false),
        new Word(Kind.NOT_APPLICABLE, "无", null, 8, false));
  }

  @Test
  void digitsRunOnIntoAHeaderAreAValueThatMayBeSeveralCells() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("8855698第二十条", 0, out)).isFalse();
    assertThat(ValueWords.word("12(含", 20, out)).isFalse();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "8855698", null, 0, true),
        new Word(Kind.NUMBER, "12", null, 20, true));
    List<Word> none = new ArrayList<>();
    // digits before a unit and more text, or before Latin letters, are not a value
    assertThat(ValueWords.word("5件其中", 0, none)).isFalse();
    assertThat(ValueWords.word("5ab", 0, none)).isFalse();
    assertThat(ValueWords.word("2.5%", 0, none)).isFalse();
    assertThat(none).isEmpty();
  }

  @Test
  void aDigitRunTooLongForAnyCellIsOneValueAsPrinted() {
    List<Word> out = new ArrayList<>();
    String run = "1".repeat(65);
    assertThat(ValueWords.word(run, 0, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, run, null, 0, false));
  }

  @Test
  void aSingleDigitOrADecimalIsNoRunOfCells() {
    List<Word> out = new ArrayList<>();
    assertThat(ValueWords.word("7", 0, out)).isTrue();
    assertThat(ValueWords.word("12", 2, out)).isTrue();
    assertThat(ValueWords.word("1.5", 5, out)).isTrue();
    assertThat(ValueWords.word("12件", 9, out)).isTrue();
    assertThat(out).containsExactly(new Word(Kind.NUMBER, "7", null, 0, false), new Word(Kind.NUMBER, "12", null, 2, true),
        new Word(Kind.NUMBER, "1.5", null, 5, false), new Word(Kind.NUMBER, "12", "件", 9, false));
  }

  // ---- a stretch of text ----

  @Test
  void aPageNumberBetweenTheLinesOfARowIsSkipped() {
    // "- 4 -" would otherwise be a not-applicable mark, a 4 and another mark
    List<Word> words = after("一、本年新收 2 0 1\n- 4 -\n0 3 0 6", "一、本年新收", PLAIN, false);
    assertThat(printed(words)).containsExactly("2", "0", "1", "0", "3", "0", "6");
    assertThat(words.get(3).offset()).isEqualTo(19);
  }

  @Test
  void aDashedLineThatIsNoPageNumberIsRead() {
    assertThat(printed(after("标签 1\n- 4 5 -\n2", "标签", PLAIN, false))).containsExactly("1", "-", "4", "5", "-", "2");
    assertThat(printed(after("标签 1\n-4\n2", "标签", PLAIN, false))).containsExactly("1", "-4", "2");
  }

  @Test
  void aMarkdownRuleIsSkipped() {
    List<Word> words = after("| 标签 | 1 | 2 |\n|---|:---:|---|\n| 3 | 4 |", "标签", FRAMED, false);
    assertThat(printed(words)).containsExactly("1", "2", "3", "4");
  }

  @Test
  void aRowOfDashMarksBetweenPipesIsRead() {
    // "|-|-|" has no "---": marks in cells, not a rule
    assertThat(printed(after("| 标签 | 1 |\n| - | - |", "标签", FRAMED, false))).containsExactly("1", "-", "-");
    // "---" between pipes and a word: not a rule either
    assertThat(printed(after("| 标签 | 1 |\n|---| 2 |", "标签", FRAMED, false))).containsExactly("1", "---", "2");
  }

  @Test
  void emptyPiecesBetweenSeparatorsAreBlankCellsButTheFrameIsNot() {
    String text = "标签\n|1||2|";
    assertThat(printed(after(text, "标签", FRAMED, false))).containsExactly("1", "_", "2");
    assertThat(printed(after(text, "标签", new Style(true, false, false), false))).containsExactly("1", "_", "2", "_");
    assertThat(printed(after(text, "标签", new Style(false, true, false), false))).containsExactly("_", "1", "_", "2");
    assertThat(printed(after(text, "标签", PLAIN, false))).containsExactly("_", "1", "_", "2", "_");
  }

  @Test
  void tabsSeparateCellsAndTheLabelPieceIsNotOne() {
    List<Word> words = after("标签\t1\t\t2", "标签", PLAIN, false);
    assertThat(printed(words)).containsExactly("1", "_", "2");
    assertThat(words.get(1).offset()).isEqualTo(5);
  }

  @Test
  void theRestOfALabelPieceCutByTheStretchIsNotABlank() {
    // the stretch starts inside "| 标签 |": the space before the pipe is the label's own piece
    assertThat(printed(after("| 标签 | 1 | 2 |", "标签", FRAMED, false))).containsExactly("1", "2");
  }

  @Test
  void aStretchEndingInsideAPieceStopsThere() {
    String text = "标签\t1\t2\t下一行标签\t3";
    FlatText flat = new FlatText(text);
    int from = 2;
    int to = text.indexOf("下一行");
    assertThat(printed(ValueWords.read(flat, from, to, PLAIN, false))).containsExactly("1", "2");
    // ending on the separator before the next label
    assertThat(printed(ValueWords.read(flat, from, to - 1, PLAIN, false))).containsExactly("1", "2");
    assertThat(ValueWords.read(flat, from, from, PLAIN, false)).isEmpty();
  }

  @Test
  void betweenSeparatorsDigitsAreOneCellAsPrinted() {
    assertThat(after("标签\t8855698", "标签", PLAIN, false))
        .containsExactly(new Word(Kind.NUMBER, "8855698", null, 3, false));
    assertThat(after("标签 8855698", "标签", PLAIN, false))
        .containsExactly(new Word(Kind.NUMBER, "8855698", null, 3, true));
  }

  @Test
  void numbersWithUnitsInAStretch() {
    assertThat(printed(after("本年收费金额 79000.1元", "本年收费金额", PLAIN, false))).containsExactly("79000.1元");
    assertThat(printed(after("标签 5 件 6", "标签", PLAIN, false))).containsExactly("5件", "6");
  }

  @Test
  void blankLinesAreCellsOnlyWhenEachLineHoldsOneCell() {
    String text = "标签\n1\n\n2";
    assertThat(printed(after(text, "标签", ONE_PER_LINE, false))).containsExactly("1", "_", "2");
    assertThat(printed(after(text, "标签", PLAIN, false))).containsExactly("1", "2");
  }

  @Test
  void readingStopsAtLabelTextAfterAValue() {
    String text = "标签 1 2\n说明文字\n3 4";
    FlatText flat = new FlatText(text);
    ValueWords.Stretch stopped = ValueWords.stretch(flat, 2, text.length(), PLAIN, true);
    assertThat(printed(stopped.words())).containsExactly("1", "2");
    assertThat(stopped.stoppedAt()).isEqualTo(6);
    ValueWords.Stretch all = ValueWords.stretch(flat, 2, text.length(), PLAIN, false);
    assertThat(printed(all.words())).containsExactly("1", "2", "3", "4");
    assertThat(all.stoppedAt()).isEqualTo(text.length());
  }

  @Test
  void aNoteLineWithANumberAfterTheRowsValuesIsNotRead() {
    // "说明 3" on the next line: label text before its number, after the row's values: the row ends
    String text = "标签 1 2\n说明 3\n4";
    ValueWords.Stretch stopped = ValueWords.stretch(new FlatText(text), 2, text.length(), PLAIN, true);
    assertThat(printed(stopped.words())).containsExactly("1", "2");
    assertThat(stopped.stoppedAt()).isEqualTo(6);
    // values run on into text on their own line are still read: "8855698第二十条…"
    String glued = "标签\n8855698第二十条";
    ValueWords.Stretch run = ValueWords.stretch(new FlatText(glued), 2, glued.length(), PLAIN, true);
    assertThat(printed(run.words())).containsExactly("8855698");
  }

  @Test
  void labelTextBeforeAnyValueDoesNotStopReading() {
    String text = "标签\n（续）\n1 2";
    ValueWords.Stretch stretch = ValueWords.stretch(new FlatText(text), 2, text.length(), PLAIN, true);
    assertThat(printed(stretch.words())).containsExactly("1", "2");
    assertThat(stretch.stoppedAt()).isEqualTo(text.length());
  }

  @Test
  void aHeaderLineWithEmptyMergedCellsAddsNoBlanks() {
    String text = "标签\t1\t2\n小计\t\t\n3";
    assertThat(printed(after(text, "标签", PLAIN, false))).containsExactly("1", "2", "3");
    ValueWords.Stretch stopped = ValueWords.stretch(new FlatText(text), 2, text.length(), PLAIN, true);
    assertThat(printed(stopped.words())).containsExactly("1", "2");
    assertThat(stopped.stoppedAt()).isEqualTo(6);
  }

  @Test
  void aSeparatedLineStopsAtLabelTextAfterItsValues() {
    // "3" before the header piece on the same line is this row's; the header ends the row
    String text = "标签\t1\n3\t合计\t4";
    ValueWords.Stretch stopped = ValueWords.stretch(new FlatText(text), 2, text.length(), PLAIN, true);
    assertThat(printed(stopped.words())).containsExactly("1", "3");
    assertThat(stopped.stoppedAt()).isEqualTo(6);
  }

  @Test
  void onTheLabelsOwnLineItsEmptyCellsAreBlanks() {
    // the label's own line: blank cells after it are this row's, even beside label text
    String text = "标签\t\t1\t说明";
    assertThat(printed(after(text, "标签", PLAIN, false))).containsExactly("_", "1");
  }

  // ---- the framing of a table ----

  @Test
  void theFramingIsJudgedOnAllTheLines() {
    String framed = "| 标签 | 1 | 2 |\n| 标签 | 3 | 4 |\n| 标签 | 5 | 6";
    assertThat(ValueWords.style(new FlatText(framed), 0, framed.length())).isEqualTo(new Style(true, true, false));
    String open = "标签 | 1 | 2 |\n标签 | 3 | 4\n标签 | 5 | 6";
    assertThat(ValueWords.style(new FlatText(open), 0, open.length())).isEqualTo(new Style(false, false, false));
    String tabs = "标签\t1\t2\n标签\t3\t4";
    assertThat(ValueWords.style(new FlatText(tabs), 0, tabs.length())).isEqualTo(PLAIN);
  }

  @Test
  void aLineOfPipesAloneDoesNotTellTheFraming() {
    // two open lines and three lines of pipes: open still, though most lines start with a pipe
    String text = "标签 | 1 | 2\n| | |\n| | |\n| | |\n标签 | 3 | 4";
    assertThat(ValueWords.style(new FlatText(text), 0, text.length())).isEqualTo(PLAIN);
  }

  @Test
  void oneCellPerLineWhenNearlyEveryLineIsOneWord() {
    String text = "标签\n1\n2\n3\n";
    assertThat(ValueWords.style(new FlatText(text), 0, text.length())).isEqualTo(ONE_PER_LINE);
    // lines of several words: not one cell per line
    String words = "标签 1\n2 3\n4\n";
    assertThat(ValueWords.style(new FlatText(words), 0, words.length())).isEqualTo(PLAIN);
    // every line followed by a blank line: blank lines are spacing, not cells
    String spaced = "标签\n\n1\n\n2\n\n3\n\n";
    assertThat(ValueWords.style(new FlatText(spaced), 0, spaced.length())).isEqualTo(PLAIN);
  }
}
