package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says of the applications received: that there were none, or how many. Read
 * once for {@code text.applications} and {@code text.no_applications}, which compare it with
 * table 三 differently.
 */
final class Received {
  private Received() {}

  private static final String NUMBER = NarrativeRules.NUMBER;
  private static final Pattern RECEIVED = Pattern.compile("(收到|受理|新收|接收)[^，。；,;\\d一二三四五六七八九十两]{0,16}?申请"
      + "[^，。；,;\\d]{0,4}?" + NUMBER + "\\s*(件|个|次|条)");
  private static final Pattern RECEIVED_SHORT = Pattern.compile("(收到|受理|新收|接收)[^，。；,;\\d]{0,4}?"
      + NUMBER + "\\s*(件)");
  private static final Pattern NONE_RECEIVED = Pattern.compile("(没有收到|未收到|无|未发生|没有)[^，。；,;]{0,12}?(政府信息公开)?申请");

  /** Whether the sentence says no application for disclosure was received. */
  static boolean saysNone(Sentence s) {
    String text = s.compact();
    if (!text.contains("申请") || text.contains("行政复议")) {
      return false;
    }
    Matcher none = NONE_RECEIVED.matcher(text);
    return none.find() && (none.group(1).contains("收到") || text.contains("依申请"));
  }

  /** The number of applications the sentence says were received, or null when it says none. */
  static BigDecimal stated(Sentence s) {
    String text = s.compact();
    if (!text.contains("申请")) {
      return null;
    }
    Matcher m = RECEIVED.matcher(text);
    if (!m.find()) {
      m = RECEIVED_SHORT.matcher(text);
      if (!m.find()) {
        return null;
      }
    }
    return ChineseNumber.parse(m.group(2));
  }
}
