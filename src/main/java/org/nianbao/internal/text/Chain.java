package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The longest chain of candidates in the order a template wants them: headings one to six, rows
 * in the template's order. A label mentioned in a sentence, a column head or an appendix that
 * repeats a table then stands outside the chain.
 */
final class Chain {
  private Chain() {}

  /**
   * @param candidates in the order they stand in the text
   * @param follows whether the second may come after the first in a chain
   * @param better of two equally long chains' last links before a candidate, whether the first is
   *     to be kept rather than the second
   */
  static <T> List<T> longest(List<T> candidates, BiPredicate<T, T> follows, BiPredicate<T, T> better) {
    int n = candidates.size();
    int[] length = new int[n];
    int[] previous = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      length[i] = 1;
      previous[i] = -1;
      for (int j = 0; j < i; j++) {
        if (!follows.test(candidates.get(j), candidates.get(i))) {
          continue;
        }
        boolean longer = length[j] + 1 > length[i];
        boolean tie = length[j] + 1 == length[i] && previous[i] >= 0
            && better.test(candidates.get(j), candidates.get(previous[i]));
        if (longer || tie) {
          length[i] = length[j] + 1;
          previous[i] = j;
        }
      }
      if (last < 0 || length[i] > length[last]) {
        last = i;
      }
    }
    List<T> chain = new ArrayList<>();
    for (int i = last; i >= 0; i = previous[i]) {
      chain.add(0, candidates.get(i));
    }
    return chain;
  }
}
