package org.nianbao.internal.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout.Slot;

/**
 * Error localization in the manner of Fellegi and Holt (R's errorlocate): the smallest set of
 * cells whose change makes every sum of the report hold, and the values they take. Searched
 * exactly for one and two cells; with more damage, no small fix is claimed. Blank cells are free:
 * a sum that still has an unknown blank binds nothing, and a blank is never part of a fix.
 */
final class Localizer {
  /** More tied candidate sets than this are not worth listing: the report does not say which. */
  static final int MAX_CANDIDATES = 3;

  /**
   * The outcome: the minimal fixes found (one set of changes each), their size, and whether the
   * search gave up because more than two cells would have to change.
   *
   * @param fixes the minimal sets of changes, in table order; at most {@link #MAX_CANDIDATES} + 1
   * @param size the number of cells in each set (0 when none was found)
   */
  record Result(List<Map<Slot, BigDecimal>> fixes, int size) {
    boolean unique() {
      return fixes.size() == 1;
    }

    boolean none() {
      return fixes.isEmpty();
    }
  }

  /** A sum as Σ coefficient × cell = residual-free: its residual now and each cell's coefficient. */
  private record Sum(BigDecimal residual, Map<Slot, Integer> coefficients) {}

  private final List<Sum> sums = new ArrayList<>();
  /** The equation of each binding sum. */
  private final List<Equation> equations = new ArrayList<>();
  private final Map<Slot, List<Integer>> sumsOf = new LinkedHashMap<>();
  private final Function<Slot, BigDecimal> value;
  private final java.util.function.Predicate<Slot> changeable;

  /**
   * @param equations the sums within the report
   * @param value a cell's number (null when it is blank and unknown, or invalid)
   * @param changeable whether a cell may be part of a fix: a number as printed, not a blank or "/"
   */
  Localizer(List<Equation> equations, Function<Slot, BigDecimal> value,
      java.util.function.Predicate<Slot> changeable) {
    this.value = value;
    this.changeable = changeable;
    for (Equation eq : equations) {
      Map<Slot, Integer> coefficients = new HashMap<>();
      BigDecimal residual = BigDecimal.ZERO;
      boolean binding = true;
      for (int side = 0; side < 2 && binding; side++) {
        List<Term> terms = side == 0 ? eq.checked() : eq.reference();
        int sign = side == 0 ? 1 : -1;
        for (Term term : terms) {
          BigDecimal v = value.apply(term.slot());
          if (v == null) {
            binding = false; // a free blank (or an invalid cell): this sum constrains nothing
            break;
          }
          int c = sign * term.sign();
          coefficients.merge(term.slot(), c, Integer::sum);
          residual = residual.add(c > 0 ? v : v.negate());
        }
      }
      if (binding) {
        int index = sums.size();
        sums.add(new Sum(residual, coefficients));
        this.equations.add(eq);
        coefficients.keySet().forEach(s -> sumsOf.computeIfAbsent(s, k -> new ArrayList<>()).add(index));
      }
    }
  }

  /**
   * The localization for each violated equation. Sums that share no cell (table 三 and table 四)
   * are localized apart: a mistake in one table says nothing about the other.
   */
  Map<Equation, Result> locateAll(Deadline deadline) {
    int[] component = new int[sums.size()];
    for (int i = 0; i < component.length; i++) {
      component[i] = i;
    }
    for (List<Integer> shared : sumsOf.values()) {
      for (int k = 1; k < shared.size(); k++) {
        union(component, shared.get(0), shared.get(k));
      }
    }
    Map<Integer, Result> results = new HashMap<>();
    Map<Equation, Result> out = new HashMap<>();
    for (int i = 0; i < sums.size(); i++) {
      if (sums.get(i).residual().signum() != 0) {
        int root = find(component, i);
        Result result = results.computeIfAbsent(root, r -> {
          List<Integer> members = new ArrayList<>();
          for (int j = 0; j < sums.size(); j++) {
            if (find(component, j) == r) {
              members.add(j);
            }
          }
          return locate(members, deadline);
        });
        out.put(equations.get(i), result);
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }

  private Result locate(List<Integer> members, Deadline deadline) {
    List<Integer> violated = new ArrayList<>();
    for (int i : members) {
      if (sums.get(i).residual().signum() != 0) {
        violated.add(i);
      }
    }
    java.util.Set<Integer> inComponent = new java.util.HashSet<>(members);
    if (violated.isEmpty()) {
      return new Result(List.of(), 0);
    }
    List<Slot> cells = sumsOf.keySet().stream().filter(changeable)
        .filter(c -> inComponent.containsAll(sumsOf.get(c)))
        .sorted(java.util.Comparator.comparingInt(Slot::index)).toList();
    List<Map<Slot, BigDecimal>> singles = new ArrayList<>();
    for (Slot x : cells) {
      Map<Slot, BigDecimal> fix = solve(List.of(x), violated);
      if (fix != null) {
        singles.add(fix);
      }
    }
    if (!singles.isEmpty()) {
      return new Result(singles.subList(0, Math.min(singles.size(), MAX_CANDIDATES + 1)), 1);
    }
    // one cell of a pair is in a violated sum; the other shares a sum with it or is in a violated one
    java.util.Set<Slot> inViolated = new java.util.HashSet<>();
    for (int v : violated) {
      inViolated.addAll(sums.get(v).coefficients().keySet());
    }
    List<Map<Slot, BigDecimal>> pairs = new ArrayList<>();
    for (int i = 0; i < cells.size() && pairs.size() <= MAX_CANDIDATES; i++) {
      deadline.check();
      Slot x = cells.get(i);
      java.util.Set<Slot> near = new java.util.HashSet<>(inViolated);
      sumsOf.get(x).forEach(s -> near.addAll(sums.get(s).coefficients().keySet()));
      for (int j = i + 1; j < cells.size() && pairs.size() <= MAX_CANDIDATES; j++) {
        Slot y = cells.get(j);
        if (!inViolated.contains(x) && !inViolated.contains(y) || !near.contains(y)) {
          continue;
        }
        Map<Slot, BigDecimal> fix = solve(List.of(x, y), violated);
        if (fix != null) {
          pairs.add(fix);
        }
      }
    }
    return new Result(pairs, pairs.isEmpty() ? 0 : 2);
  }

  /**
   * The changes of {@code cells} (each non-zero, leaving no count negative) that make every
   * binding sum hold, when they are determined; null otherwise.
   */
  private Map<Slot, BigDecimal> solve(List<Slot> cells, List<Integer> violated) {
    java.util.Set<Integer> touched = new java.util.TreeSet<>();
    for (Slot cell : cells) {
      touched.addAll(sumsOf.get(cell));
    }
    if (!touched.containsAll(violated)) {
      return null;
    }
    BigDecimal[] delta = new BigDecimal[cells.size()];
    // sums that hold one unknown change fix it; repeat until nothing more is learnt
    boolean learnt = true;
    while (learnt) {
      learnt = false;
      for (int s : touched) {
        Sum sum = sums.get(s);
        int unknown = -1;
        int unknowns = 0;
        BigDecimal rest = sum.residual();
        for (int k = 0; k < cells.size(); k++) {
          Integer c = sum.coefficients().get(cells.get(k));
          if (c == null || c == 0) {
            continue;
          }
          if (delta[k] == null) {
            unknown = k;
            unknowns++;
          } else {
            rest = rest.add(delta[k].multiply(BigDecimal.valueOf(c)));
          }
        }
        if (unknowns == 1) {
          int c = sum.coefficients().get(cells.get(unknown));
          delta[unknown] = rest.negate().divide(BigDecimal.valueOf(c));
          learnt = true;
        }
      }
    }
    for (BigDecimal d : delta) {
      if (d == null || d.signum() == 0) {
        return null; // undetermined, or a cell that need not change: not this set
      }
    }
    for (int s : touched) {
      Sum sum = sums.get(s);
      BigDecimal r = sum.residual();
      for (int k = 0; k < cells.size(); k++) {
        Integer c = sum.coefficients().get(cells.get(k));
        if (c != null) {
          r = r.add(delta[k].multiply(BigDecimal.valueOf(c)));
        }
      }
      if (r.signum() != 0) {
        return null;
      }
    }
    Map<Slot, BigDecimal> fix = new LinkedHashMap<>();
    for (int k = 0; k < cells.size(); k++) {
      BigDecimal to = value.apply(cells.get(k)).add(delta[k]);
      if (to.signum() < 0 && !cells.get(k).kind().signed()) {
        return null;
      }
      fix.put(cells.get(k), to);
    }
    return fix;
  }
}
