package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReviewLitigation;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.text.Normalize;
import org.nianbao.internal.text.Sections;

/**
 * The rules on the report's text: its sections, year and statistics period, the notice it
 * cites, and the figures it states against the tables. A number is compared only where the
 * sentence leaves no doubt what it counts: no finding beats a wrong one.
 */
public final class NarrativeRules {
  /**
   * A number with its unit: 615 条, 3,119 件, 一百零八件, 1.2万条. What may follow a number never
   * continues it, so its digits are taken possessively and a number starts only where a run of
   * digits does: a run of 100,000 一 is scanned once, not once from each of its characters.
   */
  private static final String NUMBER = "(" + ChineseNumber.ARABIC + "万?+|" + ChineseNumber.CHINESE + ")";
  private static final String UNIT = "(条|件|个|次|篇|期|起)";
  private static final Pattern COUNT = Pattern.compile(NUMBER + "\\s*+" + UNIT);

  private static final Pattern PERIOD = Pattern.compile(
      "(\\d{4})年(\\d{1,2})月(\\d{1,2})日起?(?:至|到|—|－|-|~|～)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日");
  private static final Pattern NOTICE = Pattern.compile("(2019|2021)[〕\\]］)）]?(60|30)号");
  private static final Pattern YEAR_FIRST = Pattern.compile("^(?:\\(?[一二三四五六七八九十]\\)?[、.]?)?(\\d{4})年度?[,，]");

  private final Report report;
  private final Layout layout;
  private final Cell[] cells;
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Observation> out = new ArrayList<>();
  private final Deadline deadline;

  /** A sentence with its line and the section it is in (0 before the first heading). */
  record Sentence(int line, int section, String text, String compact) {}

  private NarrativeRules(Report report, Cell[] cells, Deadline deadline) {
    this.report = report;
    this.deadline = deadline;
    this.layout = Layout.of(report.edition());
    this.cells = cells;
    Narrative narrative = report.narrative();
    paragraphs(narrative.preamble(), 0);
    for (Narrative.Section section : narrative.sections()) {
      paragraphs(section.lines(), Sections.sectionOf(section.heading()));
    }
  }

  /** A long line that stops mid-sentence was wrapped (PDF text): it goes on in the next line. */
  private static final int WRAPPED = 40;
  /** A line ending in one of these ends its paragraph. */
  private static final String CLOSING = "。；;！!？?：:”」）)";
  private static final Pattern TITLE_YEAR = Pattern.compile("(\\d{4})年度?");
  private static final Pattern TOTAL_END = Pattern.compile("[，,（(]?");

  private void paragraphs(List<Narrative.TextLine> lines, int section) {
    // a paragraph grows in one builder: joining line by line copied it once per line
    StringBuilder open = new StringBuilder();
    Narrative.TextLine first = null;
    for (Narrative.TextLine line : lines) {
      deadline.check();
      if (first != null && open.length() >= WRAPPED && CLOSING.indexOf(open.charAt(open.length() - 1)) < 0) {
        open.append(line.text());
        continue;
      }
      if (first != null) {
        split(first.line(), open, section);
      }
      open.setLength(0);
      open.append(line.text());
      first = line;
    }
    if (first != null) {
      split(first.line(), open, section);
    }
  }

  public static List<Observation> check(Report report) {
    return check(report, Layout.of(report.edition()).cells(report), Deadline.NONE);
  }

  /** As {@link #check(Report)}, with the report's cells already read (in layout order), by {@code deadline}. */
  public static List<Observation> check(Report report, Cell[] cells, Deadline deadline) {
    Narrative narrative = report.narrative();
    if (narrative.preamble().isEmpty() && narrative.sections().isEmpty()) {
      return List.of(); // tables entered without their text
    }
    NarrativeRules rules = new NarrativeRules(report, cells, deadline);
    rules.sections();
    rules.yearAndPeriod();
    rules.notice();
    rules.breakdowns();
    rules.applications();
    rules.outcomes();
    rules.percentages();
    rules.reviewLitigation();
    rules.fee();
    return rules.out;
  }

  private void split(int line, CharSequence text, int section) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ENDS.indexOf(text.charAt(i)) >= 0) {
        int end = Math.min(text.length(), i + 1);
        // a longer "sentence" is a table or a run of characters, not prose: the rules leave it alone
        if (end - start <= Limits.MAX_SENTENCE_CHARS) {
          String sentence = text.subSequence(start, end).toString().strip();
          if (!sentence.isEmpty()) {
            sentences.add(new Sentence(line, section, sentence, compact(sentence)));
          }
        }
        start = i + 1;
      }
    }
  }

  /** Where a sentence ends. */
  private static final String ENDS = "。；;！!？?";

  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String compact(String s) {
    return Normalize.compact(s); // the reader's folding: width, spacing
  }


  private void add(Rule rule, Severity severity, String key, Sentence s, List<String> pointers, BigDecimal expected,
      BigDecimal actual, String... arguments) {
    out.add(new Observation(rule, severity, key, List.of(arguments), s == null ? null : s.line(),
        s == null ? null : s.text(), pointers, expected, actual));
  }

  // ---- doc.sections ----

  private void sections() {
    List<Narrative.Section> headings = report.narrative().sections();
    boolean[] present = new boolean[7];
    int highest = 0;
    for (Narrative.Section heading : headings) {
      int section = Sections.sectionOf(heading.heading());
      if (section == 0) {
        continue;
      }
      Sentence at = new Sentence(heading.line() == null ? 0 : heading.line(), section, heading.heading(), "");
      present[section] = true;
      if (section < highest) {
        add(Rule.DOC_SECTIONS, Severity.WARNING, "doc.sections.order", at, List.of(), null, null,
            heading.heading());
      }
      highest = Math.max(highest, section);
      int number = Sections.numberOf(heading.heading());
      if (number != 0 && number != section) {
        add(Rule.DOC_SECTIONS, Severity.WARNING, "doc.sections.number", at, List.of(), null, null,
            heading.heading(), Sections.CANONICAL.get(section));
      }
    }
    for (int section = 1; section <= 6; section++) {
      if (!present[section]) {
        boolean table = section >= 2 && section <= 4;
        add(Rule.DOC_SECTIONS, table ? Severity.ERROR : Severity.WARNING, "doc.sections.missing", null, List.of(),
            null, null, Sections.CANONICAL.get(section));
      }
    }
  }

  // ---- doc.year, doc.period ----

  private void yearAndPeriod() {
    int year = report.year();
    Integer titleYear = null;
    Sentence title = null;
    for (Sentence s : sentences) {
      deadline.check();
      if (s.section() == 0 && s.compact().contains("报告")) {
        Matcher m = TITLE_YEAR.matcher(s.compact());
        if (m.find() && s.compact().contains("年度报告")) {
          titleYear = Integer.parseInt(m.group(1));
          title = s;
          break;
        }
      }
    }
    if (title == null && !report.narrative().preamble().isEmpty()) {
      add(Rule.DOC_YEAR, Severity.WARNING, "doc.year.missing", null, List.of(), null, null);
    } else if (titleYear != null && titleYear != year) {
      add(Rule.DOC_YEAR, Severity.WARNING, "doc.year.title", title, List.of(), BigDecimal.valueOf(year),
          BigDecimal.valueOf(titleYear), Integer.toString(titleYear), Integer.toString(year));
    }
    for (Sentence s : sentences) {
      deadline.check();
      if (s.section() == 1) {
        Matcher m = YEAR_FIRST.matcher(s.compact());
        if (m.find() && Integer.parseInt(m.group(1)) != year) {
          add(Rule.DOC_YEAR, Severity.WARNING, "doc.year.text", s, List.of(), BigDecimal.valueOf(year),
              new BigDecimal(m.group(1)), m.group(1), Integer.toString(year));
        }
      }
    }
    for (Sentence s : sentences) {
      deadline.check();
      Matcher m = PERIOD.matcher(s.compact());
      if (s.compact().contains("统计") && m.find()) {
        int startYear = Integer.parseInt(m.group(1));
        int endYear = m.group(4) == null ? startYear : Integer.parseInt(m.group(4));
        boolean whole = startYear == year && endYear == year && m.group(2).equals("1") && m.group(3).equals("1")
            && m.group(5).equals("12") && m.group(6).equals("31");
        if (!whole) {
          add(Rule.DOC_PERIOD, Severity.ERROR, "doc.period", s, List.of(), null, null, m.group(),
              Integer.toString(year));
        }
        return;
      }
    }
  }

  // ---- doc.edition (the notice cited) ----

  private void notice() {
    for (Sentence s : sentences) {
      deadline.check();
      if (s.compact().indexOf('号') < 0) {
        continue;
      }
      Matcher m = NOTICE.matcher(s.compact());
      while (m.find()) {
        Edition cited = m.group(1).equals("2019") && m.group(2).equals("60") ? Edition.E2019
            : m.group(1).equals("2021") && m.group(2).equals("30") ? Edition.E2021 : null;
        if (cited != null && cited != report.edition()) {
          add(Rule.DOC_EDITION, Severity.WARNING, "doc.edition.notice", s, List.of(), null, null, cited.notice(),
              report.edition().id());
          return;
        }
      }
    }
  }

  // ---- text.breakdown ----

  private static final Pattern INTRODUCER = Pattern.compile("(其中|包括|分别为|分别是|含|涉及)[:：]?");

  /** Totals followed by an itemised breakdown in the same sentence: the parts must not exceed it. */
  private void breakdowns() {
    for (Sentence s : sentences) {
      deadline.check();
      String text = s.compact();
      if (!hasAny(text, "条件个次篇期起") || !hasAny(text, "其中包括含分别涉及")) {
        continue;
      }
      Matcher intro = INTRODUCER.matcher(text);
      while (intro.find()) {
        int k = intro.start() - 1;
        if (k >= 0 && "，,（(".indexOf(text.charAt(k)) >= 0) {
          k--;
        }
        if (k < 0 || "条件个次篇期起".indexOf(text.charAt(k)) < 0) {
          continue; // no count right before: not a breakdown of one
        }
        Count total = lastCountBefore(text, intro.start());
        if (total == null) {
          continue;
        }
        String word = intro.group(1);
        int totalStart = Math.max(0, intro.start() - 24) + total.start(); // lastCountBefore looks 24 back
        if (!word.equals("其中") && !word.startsWith("分别") && itemOfList(text, totalStart, total.unit())) {
          continue; // "政务要闻285条，通知公告303条，部门动态3718条，涉及…": 3718 is an item, not a total
        }
        List<Count> parts = partsAfter(text, intro.end(), total.unit());
        if (parts.isEmpty()) {
          continue;
        }
        BigDecimal sum = parts.stream().map(Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int cmp = sum.compareTo(total.value());
        boolean complete = parts.size() >= 2 && (word.equals("其中") || word.startsWith("分别"));
        if (cmp > 0) {
          add(Rule.TEXT_BREAKDOWN, Severity.ERROR, "text.breakdown.above", s, List.of(), total.value(), sum,
              plain(total.value()) + total.unit(), plain(sum) + total.unit());
        } else if (cmp < 0 && (complete || endsInCatchAll(text, intro.end(), parts))) {
          // a list that ends in 其他 claims to be complete: any difference is an error
          add(Rule.TEXT_BREAKDOWN, endsInCatchAll(text, intro.end(), parts) ? Severity.ERROR : Severity.WARNING,
              "text.breakdown.below", s, List.of(), total.value(), sum,
              plain(total.value()) + total.unit(), plain(sum) + total.unit());
        }
      }
    }
  }

  private record Count(BigDecimal value, String unit, int start, int end) {}

  /** The words that end a list claiming to be complete: "…，其他方式 107 条". */
  private static final List<String> CATCH_ALL = List.of("其他", "其它");

  /** Whether the last part of a breakdown is its catch-all (其他, 其他方式, 其他渠道). */
  private static boolean endsInCatchAll(String text, int listStart, List<Count> parts) {
    if (parts.size() < 2) {
      return false;
    }
    // part positions are relative to the list's start
    Count last = parts.get(parts.size() - 1);
    Count before = parts.get(parts.size() - 2);
    String label = text.substring(listStart + before.end(), listStart + last.start());
    return CATCH_ALL.stream().anyMatch(label::contains);
  }

  /**
   * Whether the count before an introducer is one item of a list of counts ("…303条，部门、镇动态
   * 3718条，涉及…"): another count in the same unit ends the clause just before it.
   */
  private static boolean itemOfList(String text, int totalStart, String unit) {
    int from = Math.max(0, totalStart - 30);
    String before = text.substring(from, totalStart);
    Matcher m = COUNT.matcher(before);
    Count last = null;
    while (m.find()) {
      last = count(m, before);
    }
    if (last == null || !last.unit().equals(unit)) {
      return false;
    }
    String between = before.substring(last.end());
    return between.startsWith("，") || between.startsWith(",") || between.startsWith("、");
  }


  /** The count the clause before {@code end} states: the last number with a unit, right before the introducer. */
  private static Count lastCountBefore(String text, int end) {
    // the total stands right before the introducer: a short stretch is enough to find it
    String before = text.substring(Math.max(0, end - 24), end);
    Matcher m = COUNT.matcher(before);
    Count last = null;
    while (m.find()) {
      last = count(m, before);
    }
    // the total ends its clause: "…615条，其中" or "…615条(其中"
    if (last == null || !TOTAL_END.matcher(before.substring(last.end())).matches()) {
      return null;
    }
    return last;
  }

  /** The items after an introducer, up to the end of the list: a bracket closing it, 另, 此外, 同时. */
  private static List<Count> partsAfter(String text, int start, String unit) {
    List<Count> parts = new ArrayList<>();
    int depth = 0;
    int i = start;
    String rest = text.substring(start);
    int stop = rest.length();
    for (String word : List.of("另有", "另外", "此外", "同时", "另")) {
      int at = rest.indexOf(word);
      if (at >= 0) {
        stop = Math.min(stop, at);
      }
    }
    // a list opened inside a bracket ends where the bracket closes: "13件（含新制定5件，修改4件）"
    int depthAt = 0;
    for (int j = 0; j < stop; j++) {
      char ch = rest.charAt(j);
      if (ch == '（' || ch == '(') {
        depthAt++;
      } else if ((ch == '）' || ch == ')') && --depthAt < 0) {
        stop = j;
        break;
      }
    }
    Matcher m = COUNT.matcher(rest.substring(0, stop));
    int skipUntil = -1;
    while (m.find()) {
      if (m.start() < skipUntil) {
        continue;
      }
      String after = rest.substring(m.end());
      if (after.startsWith("%") || m.start() > 0 && rest.charAt(m.start() - 1) == '第') {
        continue;
      }
      Count c = count(m, rest);
      if (c == null) {
        continue;
      }
      if (!c.unit().equals(unit)) {
        return List.of(); // units disagree: not a breakdown of this total
      }
      parts.add(c);
      // a part's own bracketed breakdown counts once, at the part's value
      if (after.startsWith("（") || after.startsWith("(")) {
        int close = indexOfClose(rest, m.end());
        skipUntil = close < 0 ? rest.length() : close;
      }
    }
    return parts;
  }

  private static int indexOfClose(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static Count count(Matcher m, String text) {
    String token = m.group(1);
    // years and dates are not counts: "2021年…1条" is safe, but "2021年" never matches a unit
    BigDecimal value = ChineseNumber.parse(token);
    if (value == null) {
      return null;
    }
    // a Chinese numeral glued to a preceding word is often part of it (一是, 十九届): require it to stand clear
    if (!Character.isDigit(token.charAt(0)) && m.start() > 0 && "第每是届中".indexOf(text.charAt(m.start() - 1)) >= 0) {
      return null;
    }
    return new Count(value, m.group(2), m.start(), m.end());
  }

  // ---- text.applications, text.no_applications ----

  private static final Pattern RECEIVED = Pattern.compile("(收到|受理|新收|接收)[^，。；,;\\d一二三四五六七八九十两]{0,16}?申请"
      + "[^，。；,;\\d]{0,4}?" + NUMBER + "\\s*(件|个|次|条)");
  private static final Pattern RECEIVED_SHORT = Pattern.compile("(收到|受理|新收|接收)[^，。；,;\\d]{0,4}?"
      + NUMBER + "\\s*(件)");
  private static final Pattern NONE_RECEIVED = Pattern.compile("(没有收到|未收到|无|未发生|没有)[^，。；,;]{0,12}?(政府信息公开)?申请");

  private void applications() {
    BigDecimal fresh = value(report.applications().newRequests().total());
    BigDecimal over = value(report.applications().carriedOver().total());
    String freshPointer = "/applications/newRequests/total";
    for (Sentence s : sentences) {
      deadline.check();
      String text = s.compact();
      if (!text.contains("申请")) {
        continue;
      }
      Matcher none = NONE_RECEIVED.matcher(text);
      if (none.find() && !text.contains("行政复议") && fresh != null && fresh.signum() > 0
          && (none.group(1).contains("收到") || text.contains("依申请"))) {
        add(Rule.TEXT_NO_APPLICATIONS, Severity.ERROR, "text.no_applications.none", s, List.of(freshPointer),
            fresh, BigDecimal.ZERO, plain(fresh));
        continue;
      }
      Matcher m = RECEIVED.matcher(text);
      if (!m.find()) {
        m = RECEIVED_SHORT.matcher(text);
        if (!m.find() || !text.contains("申请")) {
          continue;
        }
      }
      BigDecimal stated = ChineseNumber.parse(m.group(2));
      if (stated == null || fresh == null) {
        continue;
      }
      if (stated.signum() > 0 && fresh.signum() == 0 && (over == null || over.signum() == 0)) {
        add(Rule.TEXT_NO_APPLICATIONS, Severity.ERROR, "text.no_applications.some", s, List.of(freshPointer),
            fresh, stated, plain(stated));
      } else if (stated.compareTo(fresh) != 0 && (over == null || stated.compareTo(fresh.add(over)) != 0)) {
        add(Rule.TEXT_APPLICATIONS, Severity.WARNING, "text.applications", s,
            List.of(freshPointer, "/applications/carriedOver/total"), fresh, stated, plain(stated), plain(fresh),
            over == null ? "?" : plain(fresh.add(over)));
      }
    }
  }

  // ---- text.outcomes ----

  /** A count of table 三 the text may state: found only in sentences holding one of its anchor words. */
  private record Outcome(Pattern pattern, String key, List<String> pointers, List<String> anchors) {}

  /** What may stand between a word and its count: a few characters, no number, clause or conjunction. */
  private static final String GAP = "[^，。；,;\\d（(及和与、]{0,6}?";

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

  private void outcomes() {
    for (Sentence s : sentences) {
      deadline.check();
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
        BigDecimal table = sum(o.pointers());
        if (stated != null && table != null && stated.compareTo(table) != 0) {
          add(Rule.TEXT_OUTCOMES, Severity.WARNING, o.key(), s, o.pointers(), table, stated, plain(stated),
              plain(table));
        }
      }
    }
  }

  private static final Pattern PERCENT = Pattern.compile(NUMBER + "件[（(]([0-9]+(?:\\.[0-9]+)?)%[）)]");

  /**
   * "208 件（17.46%）": the share must be the count over a total of table 三 (the applications
   * closed, new, or new and carried over) to the precision printed.
   */
  private void percentages() {
    List<BigDecimal> bases = new ArrayList<>();
    for (List<String> base : List.of(List.of("/applications/outcomes/total/total"), List.of("/applications/newRequests/total"),
        List.of("/applications/newRequests/total", "/applications/carriedOver/total"))) {
      BigDecimal b = sum(base);
      if (b != null && b.signum() > 0) {
        bases.add(b);
      }
    }
    if (bases.isEmpty()) {
      return;
    }
    for (Sentence s : sentences) {
      deadline.check();
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
          add(Rule.TEXT_OUTCOMES, Severity.WARNING, "text.outcomes.percent", s, List.of(), null, null,
              plain(count), m.group(2) + "%", plain(count.multiply(BigDecimal.valueOf(100))
                  .divide(closed, printed.scale(), java.math.RoundingMode.HALF_UP)) + "%", plain(closed));
        }
      }
    }
  }

  // ---- text.review_litigation ----

  private static final Pattern REVIEW = Pattern.compile("行政复议" + GAP + NUMBER + "(件|起)");
  private static final Pattern LITIGATION = Pattern.compile("行政诉讼" + GAP + NUMBER + "(件|起)");
  private static final Pattern ALL_UPHELD = Pattern.compile("(均|全部|皆)(获|被|予|已)?(维持|支持)");

  private void reviewLitigation() {
    ReviewLitigation t4 = report.reviewLitigation();
    BigDecimal review = value(t4.review().total());
    BigDecimal direct = value(t4.directLitigation().total());
    BigDecimal after = value(t4.litigationAfterReview().total());
    BigDecimal litigation = direct == null || after == null ? null : direct.add(after);
    for (Sentence s : sentences) {
      deadline.check();
      String text = s.compact();
      if (!text.contains("行政复议") && !text.contains("行政诉讼") && !text.contains("维持")) {
        continue;
      }
      Matcher r = REVIEW.matcher(text);
      if (r.find() && review != null) {
        BigDecimal stated = ChineseNumber.parse(r.group(1));
        if (stated != null && stated.compareTo(review) != 0) {
          add(Rule.TEXT_REVIEW_LITIGATION, Severity.WARNING, "text.review_litigation.review", s,
              List.of("/reviewLitigation/review/total"), review, stated, plain(stated), plain(review));
        }
      }
      Matcher l = LITIGATION.matcher(text);
      if (l.find() && litigation != null) {
        BigDecimal stated = ChineseNumber.parse(l.group(1));
        if (stated != null && stated.compareTo(litigation) != 0) {
          add(Rule.TEXT_REVIEW_LITIGATION, Severity.WARNING, "text.review_litigation.litigation", s,
              List.of("/reviewLitigation/directLitigation/total", "/reviewLitigation/litigationAfterReview/total"),
              litigation, stated, plain(stated), plain(litigation));
        }
      }
      if (ALL_UPHELD.matcher(text).find() && (text.contains("复议") || text.contains("诉讼"))) {
        List<String> others = new ArrayList<>();
        for (String group : List.of("review", "directLitigation", "litigationAfterReview")) {
          ReviewLitigation.CaseGroup g = group.equals("review") ? t4.review()
              : group.equals("directLitigation") ? t4.directLitigation() : t4.litigationAfterReview();
          if (positive(g.corrected())) {
            others.add("/reviewLitigation/" + group + "/corrected");
          }
          if (positive(g.other())) {
            others.add("/reviewLitigation/" + group + "/other");
          }
        }
        if (!others.isEmpty()) {
          add(Rule.TEXT_REVIEW_LITIGATION, Severity.WARNING, "text.review_litigation.all_upheld", s, others, null,
              null);
        }
      }
    }
  }

  // ---- text.fee ----

  private void fee() {
    if (report.edition() != Edition.E2021) {
      return;
    }
    for (Narrative.Section section : report.narrative().sections()) {
      if (Sections.sectionOf(section.heading()) == 6) {
        boolean mentioned = section.lines().stream().anyMatch(l -> l.text().contains("处理费") || l.text().contains("收费")
            || l.text().contains("收取费用"));
        if (!mentioned) {
          Sentence at = new Sentence(section.line() == null ? 0 : section.line(), 6, section.heading(), "");
          add(Rule.TEXT_FEE, Severity.INFO, "text.fee", section.line() == null ? null : at, List.of(), null, null);
        }
        return;
      }
    }
  }

  // ---- table values ----

  private BigDecimal sum(List<String> pointers) {
    BigDecimal total = BigDecimal.ZERO;
    for (String pointer : pointers) {
      BigDecimal v = value(cell(pointer));
      if (v == null) {
        return null;
      }
      total = total.add(v);
    }
    return total;
  }

  private Cell cell(String pointer) {
    return cells[layout.slot(pointer).index()];
  }

  /** A cell's number: as printed, 0 when not applicable, null when blank or unreadable. */
  private static BigDecimal value(Cell cell) {
    if (cell instanceof Cell.NotApplicable) {
      return BigDecimal.ZERO;
    }
    BigDecimal n = cell.numberOrNull();
    // 1E-999999999 would take a billion digits to add: cell.invalid says it, the text is not compared
    return n == null || !Limits.fitsNumberLength(n) ? null : n;
  }

  private static boolean positive(Cell cell) {
    BigDecimal v = value(cell);
    return v != null && v.signum() > 0;
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
