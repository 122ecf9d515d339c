package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Rule;

/** {@code text.outcomes}: the figures the text gives for table 三's outcomes, and their shares. */
final class OutcomesRule implements TextRule {
  private static final String NUMBER = NarrativeRules.NUMBER;
  private static final String GAP = NarrativeRules.GAP;

  /** A count of table 三 the text may state: found only in sentences holding one of its anchor words. */
  private record Outcome(Pattern pattern, String key, List<String> pointers, List<String> anchors) {}

  private static final List<Outcome> OUTCOMES = List.of(
      // 答复 alone, not 同意公开答复 9 件 (a kind of reply)
      new Outcome(Pattern.compile("(办结|办理完毕|(?:^|(?<=[共已计，,]))答复)" + GAP + NUMBER + "件"), "text.outcomes.closed",
          List.of("/applications/outcomes/total/total"), List.of("办结", "答复", "办理完毕")),
      new Outcome(Pattern.compile("上年度?结转" + GAP + NUMBER + "件"), "text.outcomes.carried_over",
          List.of("/applications/carriedOver/total"), List.of("结转")),
      new Outcome(Pattern.compile("(结转下一?年度?|结转至下一?年度?|结转到下一?年度?)" + GAP + NUMBER + "件"),
          "text.outcomes.carried_forward", List.of("/applications/carriedForward/total"), List.of("结转")),
      new Outcome(Pattern.compile(NUMBER + "件(申请)?(顺延|结转)(到|至)下一?年度?"), "text.outcomes.carried_forward",
          List.of("/applications/carriedForward/total"), List.of("顺延", "结转")),
      new Outcome(Pattern.compile("(予以公开(?:及|和|与|、)部分公开)" + GAP + NUMBER + "件"), "text.outcomes.disclosed_partly",
          List.of("/applications/outcomes/disclosed/total", "/applications/outcomes/partlyDisclosed/total"),
          List.of("部分公开")),
      new Outcome(Pattern.compile("(?<!不)(予以公开)" + GAP + NUMBER + "件"), "text.outcomes.disclosed",
          List.of("/applications/outcomes/disclosed/total"), List.of("予以公开")));

  @Override
  public Rule rule() {
    return Rule.TEXT_OUTCOMES;
  }

  @Override
  public void check(TextCheck check) {
    outcomes(check);
    percentages(check);
  }

  private void outcomes(TextCheck check) {
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.section() == 4) {
        continue;
      }
      boolean both = false;
      if (s.compact().indexOf('件') < 0) {
        continue;
      }
      for (Outcome o : OUTCOMES) {
        if (o.anchors().stream().noneMatch(s.compact()::contains)) {
          continue;
        }
        Matcher m = o.pattern().matcher(s.compact());
        if (!m.find() || both && o.key().equals("text.outcomes.disclosed")) {
          continue;
        }
        both |= o.key().equals("text.outcomes.disclosed_partly");
        String token = m.groupCount() >= 2 && !Character.isDigit(m.group(1).charAt(0))
            && ChineseNumber.parse(m.group(1)) == null ? m.group(2) : m.group(1);
        BigDecimal stated = ChineseNumber.parse(token);
        BigDecimal table = check.sum(o.pointers());
        if (stated != null && table != null && stated.compareTo(table) != 0) {
          check.add(rule(), o.key(), s, o.pointers(), table, stated, TextCheck.plain(stated),
              TextCheck.plain(table));
        }
      }
    }
  }

  private static final Pattern PERCENT = Pattern.compile(NUMBER + "件[（(]([0-9]+(?:\\.[0-9]+)?)%[）)]");

  /**
   * "208 件（17.46%）": the share must be the count over a total of table 三 (the applications
   * closed, new, or new and carried over) to the precision printed.
   */
  private void percentages(TextCheck check) {
    List<BigDecimal> bases = new ArrayList<>();
    for (List<String> base : List.of(List.of("/applications/outcomes/total/total"), List.of("/applications/newRequests/total"),
        List.of("/applications/newRequests/total", "/applications/carriedOver/total"))) {
      BigDecimal b = check.sum(base);
      if (b != null && b.signum() > 0) {
        bases.add(b);
      }
    }
    if (bases.isEmpty()) {
      return;
    }
    for (Sentence s : check.sentences) {
      check.deadline.check();
      if (s.compact().indexOf('%') < 0) {
        continue;
      }
      Matcher m = PERCENT.matcher(s.compact());
      while (m.find()) {
        BigDecimal count = ChineseNumber.parse(m.group(1));
        BigDecimal printed = new BigDecimal(m.group(2));
        if (count == null) {
          continue;
        }
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(printed.scale()).divide(BigDecimal.valueOf(2));
        boolean fits = bases.stream().anyMatch(b -> count.multiply(BigDecimal.valueOf(100))
            .divide(b, 10, java.math.RoundingMode.HALF_UP).subtract(printed).abs().compareTo(tolerance) <= 0);
        if (!fits) {
          BigDecimal closed = bases.get(0);
          check.add(rule(), "text.outcomes.percent", s, List.of(), null, null,
              TextCheck.plain(count), m.group(2) + "%", TextCheck.plain(count.multiply(BigDecimal.valueOf(100))
                  .divide(closed, printed.scale(), java.math.RoundingMode.HALF_UP)) + "%", TextCheck.plain(closed));
        }
      }
    }
  }
}
