package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says of the applications received: that there were none, or how many. Read
 * once for {@code text.applications} and {@code text.no_applications}, which compare it with
 * table 三 differently.
 */
final class Received {
  private Received() {}

  /**
   * The words before a count of applications received: "共受理政府信息公开申请", "新收申请", or
   * "收到" with at most a few words after it ("共收到 154 件").
   */
  private static final Pattern RECEIVED = Pattern.compile(".*?(收到|受理|新收|接收)(.{0,16}?申请.{0,4}|.{0,4})");
  private static final List<String> UNITS = List.of("件", "个", "次", "条");
  private static final Pattern NONE_RECEIVED = Pattern.compile("(没有收到|未收到|没有接到|未接到|无|未发生|没有)"
      + "[^，。；,;]{0,12}?(政府信息公开)?申请");

  /** Whether the sentence says no application for disclosure was received. */
  static boolean saysNone(Sentence s) {
    String text = s.compact();
    if (!text.contains("申请") || text.contains("行政复议")) {
      return false;
    }
    Matcher none = NONE_RECEIVED.matcher(text);
    return none.find() && (none.group(1).contains("到") || text.contains("依申请"));
  }

  /** The number of applications the sentence says were received, or null when it says none. */
  static BigDecimal stated(Sentence s) {
    if (!s.compact().contains("申请")) {
      return null;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.COUNT || !UNITS.contains(t.unit())) {
        continue;
      }
      Matcher m = RECEIVED.matcher(Figures.before(tokens, i));
      // "收到 3 件" without 申请 only counts applications in 件
      if (m.matches() && (m.group(2).contains("申请") || t.unit().equals("件"))) {
        return t.value();
      }
    }
    return null;
  }
}
