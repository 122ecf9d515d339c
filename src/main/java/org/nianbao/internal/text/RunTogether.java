package org.nianbao.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Digits whose cell separators were lost, e.g. {@code 713000074} for seven cells of a row. The
 * table's own sums decide: every way of cutting the digits into groups of parts followed by their
 * total is tried, and a cut is used only when it is the only one.
 */
final class RunTogether {
  /** No count in a report has more digits than this; it bounds the search. */
  private static final int MAX_DIGITS = 9;
  /** Work bound: a pathological string gives up (ambiguous) rather than hang. */
  private static final int MAX_STEPS = 200_000;

  private RunTogether() {}

  /**
   * The ways to cut {@code digits} into {@code groups} groups of {@code parts} numbers each followed
   * by their sum; at most two are returned (two mean ambiguous).
   */
  static List<long[]> cuts(String digits, int parts, int groups) {
    Search search = new Search(digits, parts, groups);
    search.group(0, 0, new long[(parts + 1) * groups]);
    return search.found;
  }

  /** Without a sum to decide, only one digit per cell is unambiguous. */
  static List<long[]> cutsWithoutSums(String digits, int cells) {
    List<long[]> found = new ArrayList<>();
    if (digits.length() == cells) {
      long[] values = new long[cells];
      for (int i = 0; i < cells; i++) {
        values[i] = digits.charAt(i) - '0';
      }
      found.add(values);
    }
    return found;
  }

  private static final class Search {
    final String digits;
    final int parts;
    final int groups;
    final List<long[]> found = new ArrayList<>();
    int steps;

    Search(String digits, int parts, int groups) {
      this.digits = digits;
      this.parts = parts;
      this.groups = groups;
    }

    void group(int g, int position, long[] values) {
      if (g == groups) {
        if (position == digits.length()) {
          found.add(values.clone());
        }
        return;
      }
      part(g, 0, position, 0, values);
    }

    void part(int g, int k, int position, long sum, long[] values) {
      if (found.size() > 1 || ++steps > MAX_STEPS) {
        if (steps > MAX_STEPS && found.size() < 2) {
          found.add(new long[0]); // too many ways to tell: ambiguous
          found.add(new long[0]);
        }
        return;
      }
      int base = g * (parts + 1);
      if (k == parts) {
        String total = Long.toString(sum);
        if (digits.startsWith(total, position)) {
          values[base + parts] = sum;
          group(g + 1, position + total.length(), values);
        }
        return;
      }
      for (int length = 1; length <= MAX_DIGITS && position + length <= digits.length(); length++) {
        if (length > 1 && digits.charAt(position) == '0') {
          break;
        }
        long value = Long.parseLong(digits.substring(position, position + length));
        values[base + k] = value;
        part(g, k + 1, position + length, sum + value, values);
      }
    }
  }
}
