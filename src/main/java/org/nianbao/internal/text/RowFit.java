package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.internal.Numbers;

/**
 * Fits the value words read after a row's label to the row's cells. Copies add empty pieces at the
 * ends of rows (merged label columns, a trailing separator): those go first, trailing before
 * leading. Digits whose separators were lost ({@code 713000074} for seven cells) are cut only
 * where the row's sums, and the figures the report's own text gives for its cells, leave exactly
 * one way to cut them; otherwise the row is not placed and the reader says why. A value is never
 * made up: every cell of a fit is a word of the text or a piece of a digit run, in order.
 */
final class RowFit {

  /** How the words met the row. */
  enum Outcome {
    /** One word to a cell. */
    PLACED,
    /** Digit runs cut in the one way the sums (or the text's figures) allow. */
    SPLIT,
    /** More or fewer words than cells, and no digit run to cut. */
    COUNT,
    /** Digit runs that no cut makes add up. */
    NO_SPLIT,
    /** Digit runs that several cuts make add up. */
    AMBIGUOUS
  }

  /**
   * A row's sum: the cells at {@code parts} add up to the cell at {@code total}.
   */
  record Sum(int[] parts, int total) {}

  /**
   * @param outcome how the words met the row
   * @param cells one value word per cell when placed or split, else empty
   * @param words the words that were read, for the message
   */
  record Result(Outcome outcome, List<ValueWords.Word> cells, List<ValueWords.Word> words,
      List<List<ValueWords.Word>> candidates) {
    Result(Outcome outcome, List<ValueWords.Word> cells, List<ValueWords.Word> words) {
      this(outcome, cells, words, List.of());
    }

    boolean placed() {
      return outcome == Outcome.PLACED || outcome == Outcome.SPLIT;
    }

    /** This row cut in the one way the table's other sums allow. */
    Result settled(List<ValueWords.Word> cut) {
      return new Result(Outcome.SPLIT, List.copyOf(cut), words, List.of());
    }

    /** This row's cut undone: the sums down the table's columns do not hold with it. */
    Result unsettled() {
      return new Result(Outcome.NO_SPLIT, List.of(), words, List.of());
    }
  }

  /** Work bound for cutting digit runs: a pathological row gives up rather than hang. */
  private static final int MAX_STEPS = 200_000;
  /** No cell of a report has more digits than this; it bounds the cuts. */
  private static final int MAX_CELL_DIGITS = 12;
  private static final int MAX_SOLUTIONS = 64;

  private RowFit() {}

  /**
   * @param hints figures the text gives for some cells, by cell index (may be empty)
   */
  static Result fit(List<ValueWords.Word> read, int cells, List<Sum> sums, Map<Integer, BigDecimal> hints) {
    return fit(read, cells, sums, hints, false);
  }

  /**
   * @param unconfirmed whether nothing outside the row can confirm a cut (table 四, whose groups no
   *     other sum crosses) while the text shows that it lost blank cells elsewhere: then a cut is
   *     kept only when no reading with one or two blank cells lost with their separators fits the
   *     row's sums too
   */
  static Result fit(List<ValueWords.Word> read, int cells, List<Sum> sums, Map<Integer, BigDecimal> hints,
      boolean unconfirmed) {
    List<ValueWords.Word> words = new ArrayList<>(read);
    while (words.size() > cells && words.get(words.size() - 1).kind() == ValueWords.Kind.BLANK) {
      words.remove(words.size() - 1);
    }
    while (words.size() > cells && words.get(0).kind() == ValueWords.Kind.BLANK) {
      words.remove(0);
    }
    if (words.size() == cells) {
      return new Result(Outcome.PLACED, List.copyOf(words), read);
    }
    if (words.size() > cells || words.stream().noneMatch(ValueWords.Word::digitRun)) {
      return new Result(Outcome.COUNT, List.of(), read);
    }
    if (sums.isEmpty() && hints.isEmpty() && !words.stream().filter(ValueWords.Word::digitRun)
        .allMatch(w -> w.text().chars().allMatch(c -> c == '0'))) {
      // without a sum, "130" for three cells may be 1 3 0, or 130 and two blanks lost with their
      // separators: only zeros ("000": no zero has two digits) cut without a sum or a figure of the text
      return new Result(Outcome.COUNT, List.of(), read);
    }
    Search search = new Search(words, cells, sums);
    search.word(0, 0);
    List<ValueWords.Word[]> found = search.found;
    if (search.gaveUp) {
      return new Result(Outcome.AMBIGUOUS, List.of(), read);
    }
    if (found.size() > 1 && !hints.isEmpty()) {
      List<ValueWords.Word[]> exact = found.stream().filter(f -> agrees(f, hints, false)).toList();
      // the text's figure may itself be wrong: then it still tells how many digits the cell has
      List<ValueWords.Word[]> agreeing = exact.isEmpty() ? found.stream().filter(f -> agrees(f, hints, true)).toList() : exact;
      if (agreeing.isEmpty()) {
        // cuts there are; the text's figures only fail to pick one
        return new Result(Outcome.AMBIGUOUS, List.of(), read,
            found.size() < MAX_SOLUTIONS ? found.stream().map(List::of).toList() : List.of());
      }
      found = agreeing;
    }
    if (found.size() == 1) {
      boolean zeros = words.stream().filter(ValueWords.Word::digitRun)
          .allMatch(w -> w.text().chars().allMatch(c -> c == '0'));
      if (unconfirmed && !zeros && blanksCouldHide(words, cells, sums)) {
        return new Result(Outcome.AMBIGUOUS, List.of(), read);
      }
      return new Result(Outcome.SPLIT, List.of(found.get(0)), read);
    }
    if (found.isEmpty()) {
      return new Result(Outcome.NO_SPLIT, List.of(), read);
    }
    return new Result(Outcome.AMBIGUOUS, List.of(), read,
        found.size() < MAX_SOLUTIONS ? found.stream().map(List::of).toList() : List.of());
  }

  /** Whether the words also fit the row with one or two of its cells blank (their separators lost). */
  private static boolean blanksCouldHide(List<ValueWords.Word> words, int cells, List<Sum> sums) {
    for (int p = 0; p < cells; p++) {
      for (int q = p; q < cells; q++) {
        Search search = new Search(words, cells, sums, p == q ? Set.of(p) : Set.of(p, q));
        search.word(0, 0);
        if (!search.found.isEmpty() || search.gaveUp) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean agrees(ValueWords.Word[] cells, Map<Integer, BigDecimal> hints, boolean digitsOnly) {
    for (Map.Entry<Integer, BigDecimal> hint : hints.entrySet()) {
      ValueWords.Word cell = cells[hint.getKey()];
      if (cell.kind() != ValueWords.Kind.NUMBER) {
        return false;
      }
      String expected = Numbers.plain(hint.getValue());
      if (digitsOnly ? cell.text().length() != expected.length() : !cell.text().equals(expected)) {
        return false;
      }
    }
    return true;
  }

  private static final class Search {
    final List<ValueWords.Word> words;
    final int cells;
    final List<Sum> sums;
    final ValueWords.Word[] assigned;
    final List<ValueWords.Word[]> found = new ArrayList<>();
    int steps;
    boolean gaveUp;
    /** Digits (or single cells) still to place after each word, for pruning. */
    final int[] minCellsAfter;
    final int[] maxCellsAfter;

    /** Cells taken as blank whatever the words: a hypothesis of blanks lost with their separators. */
    final Set<Integer> blanks;

    Search(List<ValueWords.Word> words, int cells, List<Sum> sums) {
      this(words, cells, sums, Set.of());
    }

    Search(List<ValueWords.Word> words, int cells, List<Sum> sums, Set<Integer> blanks) {
      this.blanks = blanks;
      this.words = words;
      this.cells = cells;
      this.sums = sums;
      this.assigned = new ValueWords.Word[cells];
      this.minCellsAfter = new int[words.size() + 1];
      this.maxCellsAfter = new int[words.size() + 1];
      for (int w = words.size() - 1; w >= 0; w--) {
        ValueWords.Word word = words.get(w);
        minCellsAfter[w] = minCellsAfter[w + 1] + 1;
        int point = word.text().indexOf('.');
        maxCellsAfter[w] = maxCellsAfter[w + 1] + (word.digitRun() ? (point < 0 ? word.text().length() : point) : 1);
      }
    }

    void word(int w, int cell) {
      if (gaveUp || found.size() >= MAX_SOLUTIONS) {
        return;
      }
      if (++steps > MAX_STEPS) {
        gaveUp = true;
        return;
      }
      if (blanks.contains(cell)) {
        assigned[cell] = ValueWords.Word.blank(0);
        if (sumsHold(cell)) {
          word(w, cell + 1);
        }
        return;
      }
      int left = cells - cell - (int) blanks.stream().filter(b -> b >= cell).count();
      if (left < minCellsAfter[w] || left > maxCellsAfter[w]) {
        return;
      }
      if (w == words.size()) {
        if (cell == cells) {
          found.add(assigned.clone());
        }
        return;
      }
      ValueWords.Word word = words.get(w);
      if (!word.digitRun()) {
        assigned[cell] = word;
        if (sumsHold(cell)) {
          word(w + 1, cell + 1);
        }
        return;
      }
      cut(w, word, 0, cell);
    }

    /** Cuts the rest of a digit run, from {@code at}, into cells starting at {@code cell}. */
    void cut(int w, ValueWords.Word word, int at, int cell) {
      // a decimal tail ("391.19") belongs to the last cell cut from the run
      int point = word.text().indexOf('.');
      String digits = point < 0 ? word.text() : word.text().substring(0, point);
      String tail = point < 0 ? "" : word.text().substring(point);
      if (at == digits.length()) {
        word(w + 1, cell);
        return;
      }
      if (cell >= cells || gaveUp) {
        return;
      }
      if (blanks.contains(cell)) {
        assigned[cell] = ValueWords.Word.blank(0);
        if (sumsHold(cell)) {
          cut(w, word, at, cell + 1);
        }
        return;
      }
      for (int length = 1; length <= MAX_CELL_DIGITS && at + length <= digits.length(); length++) {
        if (length > 1 && digits.charAt(at) == '0') {
          break;
        }
        if (++steps > MAX_STEPS) {
          gaveUp = true;
          return;
        }
        String piece = digits.substring(at, at + length) + (at + length == digits.length() ? tail : "");
        assigned[cell] = new ValueWords.Word(ValueWords.Kind.NUMBER, piece, null, word.offset() + at, false);
        if (sumsHold(cell)) {
          cut(w, word, at + length, cell + 1);
        }
      }
    }

    /** The sums whose last cell is {@code cell} hold with the cells assigned so far. */
    boolean sumsHold(int cell) {
      for (Sum sum : sums) {
        int last = sum.total();
        for (int p : sum.parts()) {
          last = Math.max(last, p);
        }
        if (last != cell) {
          continue;
        }
        BigDecimal total = assigned[sum.total()].inSums();
        BigDecimal parts = BigDecimal.ZERO;
        boolean blankPart = false;
        for (int p : sum.parts()) {
          BigDecimal v = assigned[p].inSums();
          blankPart |= v == null;
          parts = v == null ? parts : parts.add(v);
        }
        // a blank total fits any parts; blank parts fit what the known ones leave of the total
        if (total != null && (blankPart ? parts.compareTo(total) > 0 : parts.compareTo(total) != 0)) {
          return false;
        }
      }
      return true;
    }

  }
}
