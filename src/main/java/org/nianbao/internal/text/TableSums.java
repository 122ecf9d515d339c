package org.nianbao.internal.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.internal.template.Template;

/**
 * Table 三's column sums, for rows whose run-together digits cut in several ways that each make
 * the row add up ({@code 220000022}: 22 … 22, or 2 20 … 22): the cuts are settled together, by
 * the sums down the columns ((七)总计 = the outcome rows; 一 + 二 = (七)总计 + 四). Only when
 * exactly one combination makes every column add up are the rows placed.
 */
final class TableSums {
  /** Combinations tried at most: beyond it the rows stay unsettled. */
  private static final int MAX_COMBINATIONS = 200_000;
  private static final int COLUMNS = 7;

  private TableSums() {}

  static void settle(Template.Table table, Map<Integer, RowFit.Result> results) {
    List<Integer> open = new ArrayList<>();
    long combinations = 1;
    for (Map.Entry<Integer, RowFit.Result> e : results.entrySet()) {
      RowFit.Result r = e.getValue();
      if (r.outcome() == RowFit.Outcome.AMBIGUOUS && !r.candidates().isEmpty()) {
        open.add(e.getKey());
        combinations *= r.candidates().size();
      }
    }
    if (open.isEmpty() || combinations > MAX_COMBINATIONS) {
      verify(table, results);
      return;
    }
    int rows = table.rows().size();
    Structure structure = new Structure(table);
    BigDecimal[][] values = new BigDecimal[rows][];
    for (Map.Entry<Integer, RowFit.Result> e : results.entrySet()) {
      if (e.getValue().placed()) {
        values[e.getKey()] = numbers(e.getValue().cells());
      }
    }
    Search search = new Search(results, open, values, structure.outcomes, structure.total, structure.newRequests,
        structure.carriedOver, structure.carriedForward);
    search.choose(0);
    if (search.solutions == 1) {
      for (int k = 0; k < open.size(); k++) {
        int row = open.get(k);
        results.put(row, results.get(row).settled(results.get(row).candidates().get(search.solution[k])));
      }
    }
    verify(table, results);
  }

  /**
   * Keeps a cut of run-together digits only when the sums down the columns confirm it: a blank
   * cell lost with its separators can let a wrong cut add up along its row, but not down the
   * columns too. A cut row is kept when no sum down a column that it is in fails, and sums with
   * every term known hold in most of its columns. Rows read one value to a cell are left as read:
   * their sums are the rules' to check.
   */
  static void verify(Template.Table table, Map<Integer, RowFit.Result> results) {
    Structure s = new Structure(table);
    BigDecimal[][] values = new BigDecimal[table.rows().size()][];
    results.forEach((row, r) -> values[row] = r.placed() ? numbers(r.cells()) : null);
    Map<Integer, Integer> confirmed = new java.util.HashMap<>();
    java.util.Set<Integer> wrong = new java.util.HashSet<>();
    for (int c = 0; c < COLUMNS; c++) {
      java.util.Set<Integer> holding = new java.util.HashSet<>();
      checkColumn(values, c, s.outcomes, List.of(s.total), results, wrong, holding);
      checkColumn(values, c, List.of(s.newRequests, s.carriedOver), List.of(s.total, s.carriedForward), results,
          wrong, holding);
      holding.forEach(row -> confirmed.merge(row, 1, Integer::sum));
    }
    results.forEach((row, r) -> {
      if (r.outcome() == RowFit.Outcome.SPLIT && confirmed.getOrDefault(row, 0) * 2 <= COLUMNS) {
        wrong.add(row);
      }
    });
    for (int row : wrong) {
      results.put(row, results.get(row).unsettled());
    }
  }

  /**
   * Σ left = Σ right in one column. With every term known it holds or fails; a blank printed as
   * such takes any value ≥ 0; a row not read leaves the sum unknown. A failure blames the cut rows
   * in it; a sum that holds with every term known confirms them.
   */
  private static void checkColumn(BigDecimal[][] values, int column, List<Integer> left, List<Integer> right,
      Map<Integer, RowFit.Result> results, java.util.Set<Integer> wrong, java.util.Set<Integer> holding) {
    BigDecimal gap = BigDecimal.ZERO; // Σ known left − Σ known right
    boolean blankLeft = false;
    boolean blankRight = false;
    List<Integer> rows = new ArrayList<>(left);
    rows.addAll(right);
    for (int row : rows) {
      if (row < 0 || values[row] == null) {
        return; // a row not read: nothing to check
      }
      BigDecimal v = values[row][column];
      if (v == null) {
        blankLeft |= left.contains(row);
        blankRight |= right.contains(row);
      } else {
        gap = left.contains(row) ? gap.add(v) : gap.subtract(v);
      }
    }
    boolean known = !blankLeft && !blankRight;
    boolean holds = known ? gap.signum() == 0
        : blankLeft && blankRight || blankLeft && gap.signum() <= 0 || blankRight && gap.signum() >= 0;
    for (int row : rows) {
      if (results.get(row) != null && results.get(row).outcome() == RowFit.Outcome.SPLIT) {
        if (!holds) {
          wrong.add(row);
        } else if (known) {
          holding.add(row);
        }
      }
    }
  }

  /** Where table 三's rows are: the outcome rows, their total, and the rows of the balance. */
  private static final class Structure {
    final List<Integer> outcomes = new ArrayList<>();
    int total = -1;
    int newRequests = -1;
    int carriedOver = -1;
    int carriedForward = -1;

    Structure(Template.Table table) {
      for (int r = 0; r < table.rows().size(); r++) {
        String p = table.rows().get(r).pointer();
        if (p.endsWith("/outcomes/total")) {
          total = r;
        } else if (p.contains("/outcomes/")) {
          outcomes.add(r);
        } else if (p.endsWith("/newRequests")) {
          newRequests = r;
        } else if (p.endsWith("/carriedOver")) {
          carriedOver = r;
        } else if (p.endsWith("/carriedForward")) {
          carriedForward = r;
        }
      }
    }
  }

  private static BigDecimal[] numbers(List<ValueWords.Word> cells) {
    BigDecimal[] out = new BigDecimal[COLUMNS];
    for (int c = 0; c < Math.min(COLUMNS, cells.size()); c++) {
      out[c] = cells.get(c).inSums();
    }
    return out;
  }

  private static final class Search {
    final Map<Integer, RowFit.Result> results;
    final List<Integer> open;
    final BigDecimal[][] values;
    final List<Integer> outcomes;
    final int total;
    final int newRequests;
    final int carriedOver;
    final int carriedForward;
    final int[] chosen;
    int[] solution;
    int solutions;

    Search(Map<Integer, RowFit.Result> results, List<Integer> open, BigDecimal[][] values, List<Integer> outcomes,
        int total, int newRequests, int carriedOver, int carriedForward) {
      this.results = results;
      this.open = open;
      this.values = values;
      this.outcomes = outcomes;
      this.total = total;
      this.newRequests = newRequests;
      this.carriedOver = carriedOver;
      this.carriedForward = carriedForward;
      this.chosen = new int[open.size()];
    }

    void choose(int k) {
      if (solutions > 1) {
        return;
      }
      if (k == open.size()) {
        if (holds()) {
          solutions++;
          solution = chosen.clone();
        }
        return;
      }
      int row = open.get(k);
      List<List<ValueWords.Word>> candidates = results.get(row).candidates();
      for (int i = 0; i < candidates.size(); i++) {
        chosen[k] = i;
        values[row] = numbers(candidates.get(i));
        choose(k + 1);
      }
      values[row] = null;
    }

    /** Every column sum whose cells are all known holds. */
    boolean holds() {
      for (int c = 0; c < COLUMNS; c++) {
        BigDecimal parts = BigDecimal.ZERO;
        boolean known = values[total] != null && values[total][c] != null;
        for (int r : outcomes) {
          BigDecimal v = values[r] == null ? null : values[r][c];
          known &= v != null;
          parts = v == null ? parts : parts.add(v);
        }
        if (known && parts.compareTo(values[total][c]) != 0) {
          return false;
        }
        BigDecimal[] terms = {cell(newRequests, c), cell(carriedOver, c), cell(total, c), cell(carriedForward, c)};
        if (terms[0] != null && terms[1] != null && terms[2] != null && terms[3] != null
            && terms[0].add(terms[1]).compareTo(terms[2].add(terms[3])) != 0) {
          return false;
        }
      }
      return true;
    }

    private BigDecimal cell(int row, int column) {
      return row < 0 || values[row] == null ? null : values[row][column];
    }
  }
}
