package org.nianbao.internal.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.Report;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.layout.Layout;

/** One rule on the text run over sentences written for a test, against a report's tables and headings. */
final class DocumentRuleRun {
  private DocumentRuleRun() {}

  /** The observations {@code rule} makes on {@code sentences} (each "section|text", or text in the preamble). */
  static List<Observation> run(TextRule rule, Report report, String... sentences) {
    return run(rule, report, Deadline.NONE, sentences);
  }

  /** As {@link #run(TextRule, Report, String...)}, by {@code deadline}. */
  static List<Observation> run(TextRule rule, Report report, Deadline deadline, String... sentences) {
    List<Sentence> list = new ArrayList<>();
    int line = 1;
    for (String s : sentences) {
      int bar = s.indexOf('|');
      boolean placed = bar == 1 && Character.isDigit(s.charAt(0));
      list.add(Sentence.of(line++, placed ? s.charAt(0) - '0' : 0, placed ? s.substring(2) : s));
    }
    TextCheck check = new TextCheck(report, Layout.of(report.edition()).cells(report), list, deadline);
    rule.check(check);
    return check.observations();
  }

  /** Each observation as "key [arguments] pointers expected actual line". */
  static List<String> described(List<Observation> observations) {
    return observations.stream().map(o -> o.key() + " " + o.arguments() + " " + o.pointers() + " "
        + (o.expected() == null ? "-" : o.expected().toPlainString()) + " "
        + (o.actual() == null ? "-" : o.actual().toPlainString()) + " " + o.line()).toList();
  }
}
