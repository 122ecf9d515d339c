package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.Report;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Messages;
import org.nianbao.internal.layout.Layout;
import org.nianbao.testing.TestReports;

/** Runs one rule on the text over an example's tables, with cells changed and sentences of a test's own. */
final class FigureRules {
  private FigureRules() {}

  /** The huaian-2024 tables with {@code cells} changed (values: numbers, null for blank, strings). */
  static Report huaian(Map<String, Object> cells) {
    return TestReports.with(TestReports.example("huaian-2024"), cells);
  }

  /** What {@code rule} finds in {@code sentences} (all on line 1, in section {@code section}). */
  static List<Observation> check(TextRule rule, Report report, int section, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    int line = 1;
    for (String s : sentences) {
      list.add(Sentence.of(line++, section, s));
    }
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), list, Deadline.NONE);
    rule.check(check);
    // every message key a rule words a finding with is in both bundles
    for (Observation o : check.observations()) {
      for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
        Messages messages = Messages.forLocale(locale);
        assertThat(messages.has(o.key())).as("%s in %s", o.key(), locale).isTrue();
        assertThat(messages.format(o.key(), o.arguments().toArray())).doesNotContain("{0}", "{1}");
      }
    }
    return check.observations();
  }

  /** An observation as one line: key, cells, expected, actual. */
  static String describe(Observation o) {
    return o.key() + " " + o.pointers() + " " + plain(o.expected()) + " " + plain(o.actual());
  }

  static List<String> describe(List<Observation> observations) {
    return observations.stream().map(FigureRules::describe).toList();
  }

  private static String plain(java.math.BigDecimal n) {
    return n == null ? "-" : n.toPlainString();
  }
}
