package org.nianbao.internal.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body a report is by and the year it reports on, from wherever the text gives them: the title
 * line, a page's {@code 标题:} or {@code 名称:} header, a breadcrumb ending in the title, the opening
 * sentence of a pasted excerpt ("现公布XX局2023年政府信息公开工作年度报告"), and for the year also the
 * statistics period or the first year the text names.
 *
 * <p>Nothing is invented: a body that cannot be told is absent, never a fragment of a sentence.
 */
public final class ReportHeading {
  private ReportHeading() {}

  /** Where a body or a year was read. */
  public enum Source { TITLE, HEADER, BREADCRUMB, OPENING_SENTENCE, PERIOD, TEXT }

  /**
   * A report's body and year. {@code unit} is null when no body can be told ({@code unitSource}
   * null, {@code unitLine} 0), {@code year} likewise; lines are 1-based.
   *
   * @param unit the body's name as printed, debris and white space removed, widths folded
   * @param normalizedUnit {@link #normalize(String)} of it: the same body across years and layouts
   */
  public record Found(String unit, String normalizedUnit, Integer year, Source unitSource, int unitLine,
      Source yearSource, int yearLine) {}

  /** How far down a title, header or breadcrumb is looked for: page headers come first. */
  private static final int TOP_LINES = 15;
  /** How far down an opening sentence is looked for. */
  private static final int OPENING_LINES = 8;

  private static final String REPORT = "(?:政府信息|信息|政务)公开(?:工作)?(?:年度)?(?:工作)?报告";
  private static final String STOPS = "，,。；;：:！!？?";
  /** A title at the start of a line: "XX局2023年度…报告", "2025年XX办公厅…报告". */
  private static final Pattern TITLE = Pattern.compile(
      "^(?<pre>[^" + STOPS + "]{0,60}?)(?<year>20\\d{2})年度?的?(?<mid>[^" + STOPS + "\\d]{0,40}?)" + REPORT
          + "(?<rest>.*)$");
  private static final Pattern TITLE_WITHOUT_YEAR =
      Pattern.compile("^(?<pre>[^" + STOPS + "\\d]{2,60}?)" + REPORT + "$");
  /** What may follow a title on the same line, in a page scraped onto one line. */
  private static final Pattern AFTER_TITLE = Pattern.compile("^(?:[一二三四五六七八九十]、|[(（][一二三四五六七八九十][)）]"
      + "|根据|依据|按照|本报告|本年度报告|为|现将|[(（]20\\d{2}年|发布时间|发布日期|发布机构|来源|索引号|时间|日期|浏览|字号|作者|信息来源|分享)");
  /** A remark in brackets after a title: "（全文）", "(修订版)". */
  private static final Pattern REMARK = Pattern.compile("^[(（][^()（）\\d]{1,20}[)）]");
  private static final Pattern HEADER =
      Pattern.compile("^(?:标题|名称|信息名称|文件名称|文章标题|文档名称|主题|题目)[:：](?<value>.+)$");
  private static final Pattern BREADCRUMB_START =
      Pattern.compile("^(?:首页|网站首页|主页|当前位置|您的位置|您当前的位置|你的位置|位置)");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile(">>|>|»|›|→");
  private static final Pattern BARE_YEAR = Pattern.compile("^(?<year>20\\d{2})年?度?$");
  /** The report named inside a sentence. */
  private static final Pattern NAMED_REPORT = Pattern.compile(
      "(?<year>20\\d{2})年度?的?(?<mid>[^" + STOPS + "\\d《》〈〉]{0,30}?)" + REPORT);
  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
  private static final Pattern CHINESE_YEAR = Pattern.compile("(二[〇○零][〇○零一二三四五六七八九]{2})年");
  private static final Pattern ITEM = Pattern.compile("^(?:[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.、．])");
  /** What follows the report a sentence introduces: the end of the clause, or "公布如下". */
  private static final Pattern SENTENCE_GOES_ON =
      Pattern.compile("[》〉”\"」』]*(?:$|[" + STOPS + "]|(?:予以|向社会)?公布|如下|[(（]以下)");
  private static final Pattern PERIOD =
      Pattern.compile("(?<year>20\\d{2})年0?1月0?1日(?:起)?(?:至|到|—|–|-|~|～|－)");
  /** A year that is not part of a full date (a publication date is not the year reported on). */
  private static final Pattern ANY_YEAR = Pattern.compile("(?<year>20\\d{2})年(?!\\d{1,2}月\\d{1,2}日)");

  /** The verbs that introduce the report in an opening sentence: the body follows them, or precedes. */
  private static final Pattern VERB = Pattern.compile(
      "(?:现向社会公布|特向社会公布|向社会公布|现予公布|特此公布|特公布|现公布|公布|特编制|现将|编制|发布|印发|形成|编写|制定)");
  private static final Pattern LEADING_DEBRIS = Pattern.compile(
      "^(?:(?:根据|依据|按照).*?条例》?(?:的)?(?:有关|相关)?(?:规定|要求)?|现向社会公布|特向社会公布|向社会公布|现予公布"
          + "|特此公布|特公布|现公布|特编制|现将|编制|发布|印发|公布|关于|并|了|[" + STOPS + "、《〈“”\"「」『』'‘’【\\[(（])");
  private static final Pattern TRAILING_DEBRIS =
      Pattern.compile("(?:[》〉”\"」』'’】\\])）。.，,；;：:]|的|关于|本级)$");
  /** "本单位", "我局": the text's way of saying itself, not a name. */
  private static final String SELF_WORDS =
      "(?:本|我|该)(?:单位|机关|部门|局|委|办|院|级|镇|乡|街道|县|区|市|省|中心|厅|处|所|站|队|馆)";
  private static final Pattern SELF = Pattern.compile("^" + SELF_WORDS + "$");
  private static final Pattern SELF_PREFIX = Pattern.compile("^" + SELF_WORDS);
  /** How a sentence or a numbered item starts: what follows is no title. */
  private static final Pattern OPENING =
      Pattern.compile("^(?:根据|依据|按照|[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+、|\\d+[.、])");
  /** Quotes around a title, compiled once: a title is looked for on every line of a report's top. */
  private static final Pattern OPENING_QUOTES_FIRST = Pattern.compile("^[《〈“\"「『【]+");
  private static final Pattern CLOSING_QUOTES_LAST = Pattern.compile("[》〉”\"」』】]+$");
  private static final Pattern CLOSING_QUOTES_FIRST = Pattern.compile("^[》〉”\"」』]+");
  /** How a body's name ends: a name in a sentence must end like one. */
  private static final Pattern BODY_ENDING = Pattern.compile(
      "(?:府|处|局|委|会|室|办|心|道|镇|乡|县|区|市|省|州|盟|旗|厅|院|所|站|队|馆|部|署|司|校|学|园|团|场|台|关|社|行|狱)$");

  /** The body and year of the report whose text is {@code lines}; empty when neither is found. */
  public static Optional<Found> find(List<String> lines) {
    Part unit = null;
    Part year = null;
    Part heading = heading(lines);
    if (heading != null) {
      unit = heading.unit == null ? null : heading;
      year = heading.year == null ? null : heading;
    }
    Part opening = unit != null && year != null ? null : openingSentence(lines);
    if (opening != null) {
      unit = unit == null && opening.unit != null ? opening : unit;
      year = year == null ? opening : year;
    }
    if (year == null) {
      year = firstYear(lines, PERIOD, Source.PERIOD);
    }
    if (year == null && heading != null && heading.breadcrumbYear != null) {
      year = heading.breadcrumbYear;
    }
    if (year == null) {
      year = firstYear(lines, ANY_YEAR, Source.TEXT);
    }
    if (unit == null && year == null) {
      return Optional.empty();
    }
    return Optional.of(new Found(unit == null ? null : unit.unit, unit == null ? null : normalize(unit.unit),
        year == null ? null : year.year, unit == null ? null : unit.unitSource, unit == null ? 0 : unit.unitLine,
        year == null ? null : year.yearSource, year == null ? 0 : year.yearLine));
  }

  /**
   * The same body however its name is spaced, punctuated or typed (full-width letters and digits):
   * only letters and digits are kept. Links a body's reports across years.
   */
  public static String normalize(String unit) {
    StringBuilder key = new StringBuilder();
    for (char c : unit.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        key.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
      }
    }
    return key.toString();
  }

  /** What one place in the text gave; a part with a year only leaves unit null. */
  private static final class Part {
    String unit;
    Source unitSource;
    int unitLine;
    Integer year;
    Source yearSource;
    int yearLine;
    Part breadcrumbYear;

    static Part of(String unit, Source unitSource, int unitLine, Integer year, Source yearSource, int yearLine) {
      Part p = new Part();
      p.unit = unit;
      p.unitSource = unit == null ? null : unitSource;
      p.unitLine = unit == null ? 0 : unitLine;
      p.year = year;
      p.yearSource = year == null ? null : yearSource;
      p.yearLine = year == null ? 0 : yearLine;
      return p;
    }
  }

  // ---- title, header, breadcrumb ----

  private static Part heading(List<String> lines) {
    Part breadcrumbYear = null;
    int previous = -1; // the last line that may hold a body's name on its own
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < TOP_LINES; i++) {
      String line = compact(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      Matcher header = HEADER.matcher(line);
      if (header.matches()) {
        Part title = title(header.group("value"), Source.HEADER, i, -1, lines);
        if (title != null) {
          return withBreadcrumbYear(title, breadcrumbYear);
        }
        continue;
      }
      if (isBreadcrumb(line)) {
        String[] steps = BREADCRUMB_SEPARATOR.split(line);
        String last = steps[steps.length - 1];
        Part title = title(last, Source.BREADCRUMB, i, -1, lines);
        if (title != null && title.unit != null) {
          return withBreadcrumbYear(title, breadcrumbYear);
        }
        Matcher bare = BARE_YEAR.matcher(last);
        if (bare.matches()) {
          breadcrumbYear = Part.of(null, null, 0, Integer.parseInt(bare.group("year")), Source.BREADCRUMB, i + 1);
        }
        continue;
      }
      Part title = title(line, Source.TITLE, i, previous, lines);
      if (title != null) {
        return withBreadcrumbYear(title, breadcrumbYear);
      }
      previous = i;
    }
    return breadcrumbYear == null ? null : withBreadcrumbYear(Part.of(null, null, 0, null, null, 0), breadcrumbYear);
  }

  private static Part withBreadcrumbYear(Part part, Part breadcrumbYear) {
    part.breadcrumbYear = breadcrumbYear;
    return part;
  }

  private static boolean isBreadcrumb(String line) {
    int separators = 0;
    Matcher m = BREADCRUMB_SEPARATOR.matcher(line);
    while (m.find()) {
      separators++;
    }
    return separators >= 1 && (BREADCRUMB_START.matcher(line).find() || separators >= 2);
  }

  /**
   * A title: the whole of {@code text} (quotes and a final full stop aside), or its start when a
   * section or the opening follows on the same line. Without a body before or after the year, the
   * body is the line before ({@code previous}), as when a title is set on two lines.
   */
  private static Part title(String text, Source source, int line, int previous, List<String> lines) {
    String title = stripQuotes(text);
    Matcher m = TITLE.matcher(title);
    if (m.matches() && isTitleEnd(m.group("rest"))) {
      int year = Integer.parseInt(m.group("year"));
      String pre = m.group("pre");
      String mid = m.group("mid");
      if (!pre.isEmpty() || !mid.isEmpty()) {
        String unit = titleName(pre.isEmpty() ? mid : pre);
        return unit == null ? null : Part.of(unit, source, line + 1, year, source, line + 1);
      }
      if (previous >= 0 && lines.get(previous).length() <= 80) {
        String above = nameOrNull(stripQuotes(compact(lines.get(previous))), true);
        if (above != null) {
          return Part.of(above, source, previous + 1, year, source, line + 1);
        }
      }
      return Part.of(null, null, 0, year, source, line + 1);
    }
    Matcher untitled = TITLE_WITHOUT_YEAR.matcher(title);
    if (untitled.matches()) {
      String unit = titleName(untitled.group("pre"));
      return unit == null ? null : Part.of(unit, source, line + 1, null, null, 0);
    }
    return null;
  }

  /**
   * The body named before (or after) the year of a title, or null when these words are the start of
   * a sentence ("现公布…", "本机关按时发布…"): then the line is no title.
   */
  private static String titleName(String words) {
    if (VERB.matcher(words).lookingAt() || OPENING.matcher(words).lookingAt() || SELF_PREFIX.matcher(words).lookingAt()) {
      return null;
    }
    // a verb inside may be part of the name (机构编制委员会办公室), or of a sentence (按时发布)
    return nameOrNull(words, VERB.matcher(words).find());
  }

  private static boolean isTitleEnd(String rest) {
    String after = CLOSING_QUOTES_FIRST.matcher(rest).replaceFirst("");
    if (!AFTER_TITLE.matcher(after).lookingAt()) {
      after = REMARK.matcher(after).replaceFirst("");
    }
    return after.isEmpty() || AFTER_TITLE.matcher(after).lookingAt();
  }

  private static String stripQuotes(String text) {
    return CLOSING_QUOTES_LAST.matcher(OPENING_QUOTES_FIRST.matcher(text).replaceFirst("")).replaceFirst("");
  }

  // ---- opening sentence ----

  /** "根据《条例》规定，现公布XX局2023年政府信息公开工作年度报告。" in the first lines of an excerpt. */
  private static Part openingSentence(List<String> lines) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < OPENING_LINES; i++) {
      String line = compact(lines.get(i));
      if (line.isEmpty()) {
        continue;
      }
      seen++;
      if (ITEM.matcher(line).lookingAt()) {
        continue; // "（一）2022年年度报告发布情况": an item of the report, not its opening
      }
      Matcher m = NAMED_REPORT.matcher(line);
      while (m.find()) {
        if (!SENTENCE_GOES_ON.matcher(line).region(m.end(), line.length()).lookingAt()) {
          continue; // "…年度报告发布情况", "…年度报告1篇": the report is spoken of, not introduced
        }
        // a name is short: the words just before the year are enough, however long the line
        String before = line.substring(Math.max(0, m.start() - 80), m.start());
        String unit = unitOfSentence(before.substring(lastStop(before) + 1), m.group("mid"));
        return Part.of(unit, Source.OPENING_SENTENCE, i + 1, Integer.parseInt(m.group("year")),
            Source.OPENING_SENTENCE, i + 1);
      }
    }
    return null;
  }

  private static int lastStop(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if ((STOPS + "《〈“\"「）)】、").indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The body in the words that lead up to the report's year: after the verb ("现公布龙口镇"), or
   * before it ("东城街街道办事处向社会公布"), or after the year ("现将2023年XX局…").
   */
  private static String unitOfSentence(String lead, String afterYear) {
    // the first verb: a later one may be inside the name (县委机构编制委员会办公室)
    Matcher verb = VERB.matcher(lead);
    int verbStart = -1;
    int verbEnd = -1;
    if (verb.find()) {
      verbStart = verb.start();
      verbEnd = verb.end();
    }
    String candidate = verbStart < 0 ? lead : lead.substring(verbEnd);
    String unit = nameOrNull(candidate, true);
    if (unit == null && verbStart > 0) {
      unit = nameOrNull(lead.substring(0, verbStart), true);
    }
    return unit != null ? unit : nameOrNull(afterYear, true);
  }

  // ---- names ----

  /**
   * The name in {@code text} once debris is taken off, or null when what is left is no name:
   * empty, a sentence, "本单位", or (for a name found inside a sentence) no body's ending.
   */
  private static String nameOrNull(String text, boolean inSentence) {
    String name = clean(text);
    if (name.length() < 2 || name.length() > 40 || SELF.matcher(name).matches()
        || name.chars().anyMatch(c -> (STOPS + "、《》〈〉0123456789").indexOf(c) >= 0)
        || name.contains("条例") || name.contains("报告")) {
      return null;
    }
    return inSentence && !BODY_ENDING.matcher(name).find() ? null : name;
  }

  static String clean(String text) {
    String name = compact(text);
    String before;
    do {
      before = name;
      name = LEADING_DEBRIS.matcher(name).replaceFirst("");
      name = TRAILING_DEBRIS.matcher(name).replaceFirst("");
    } while (!name.equals(before));
    return name;
  }

  /** Width folded, white space out, and a year in Chinese numerals ("二〇二三年") in digits. */
  private static String compact(String line) {
    String compact = Normalize.compact(line);
    if (compact.indexOf('〇') < 0 && compact.indexOf('○') < 0 && compact.indexOf('零') < 0) {
      return compact;
    }
    Matcher m = CHINESE_YEAR.matcher(compact);
    StringBuilder out = new StringBuilder(compact.length());
    while (m.find()) {
      StringBuilder digits = new StringBuilder(4);
      for (char c : m.group(1).toCharArray()) {
        digits.append(c == '○' || c == '零' ? 0 : CHINESE_DIGITS.indexOf(c));
      }
      m.appendReplacement(out, digits + "年");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Part firstYear(List<String> lines, Pattern pattern, Source source) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = pattern.matcher(compact(lines.get(i)));
      if (m.find()) {
        return Part.of(null, null, 0, Integer.parseInt(m.group("year")), source, i + 1);
      }
    }
    return null;
  }
}
