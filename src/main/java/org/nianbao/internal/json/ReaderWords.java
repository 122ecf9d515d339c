package org.nianbao.internal.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jackson's messages in the user's words. Jackson explains a refusal by the setting that would
 * lift it ({@code enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow}, {@code from
 * `StreamReadConstraints.getMaxNameLength()`}): advice for a programmer, meaningless to someone
 * whose report was refused. Only the problem is kept.
 */
final class ReaderWords {
  /** "(50000, from `StreamReadConstraints.getMaxNameLength()`)" → "(50000)". */
  private static final Pattern FROM_SETTING = Pattern.compile(",\\s*from\\s*`[^`]*`");
  /** ": enable `JsonReadFeature.X` to allow", "(not recognized as one since Feature 'ALLOW_X' not enabled …)". */
  private static final Pattern ENABLE_HINT = Pattern.compile(
      "[:;,]?\\s*(?:enable|use)\\s*`[^`]*`[^;:()]*|\\s*\\([^()]*Feature\\s*'[A-Z_]+'[^()]*\\)");
  /** Any setting still named: {@code `Feature.NAME`}, {@code Feature 'NAME'}, {@code StreamReadConstraints}. */
  private static final Pattern SETTING = Pattern.compile(
      "`[^`]*`|\\b\\w*Feature\\s*'[A-Z_]+'|\\b(?:StreamReadConstraints|StreamWriteConstraints|JsonReadFeature"
          + "|JsonParser\\.Feature|StreamReadFeature|DeserializationFeature|MapperFeature)\\b[.\\w()]*");
  /** "Name length (50001) exceeds the maximum allowed (50000)". */
  private static final Pattern EXCEEDS = Pattern.compile(
      "(\\w[\\w ]*?) (?:length|count|depth) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\)");

  private ReaderWords() {}

  /** The message without the names of reader settings; a limit said as what it refuses. */
  static String plain(String message) {
    String text = FROM_SETTING.matcher(message).replaceAll("");
    Matcher limit = EXCEEDS.matcher(text);
    if (limit.find()) {
      String what = limit.group(1).trim().toLowerCase(java.util.Locale.ROOT);
      String max = limit.group(3);
      String said = switch (what) {
        case "name" -> "a field name longer than " + max + " characters";
        case "string value" -> "a string longer than " + max + " characters";
        case "number value" -> "a number longer than " + max + " digits";
        case "document" -> "a document longer than " + max + " characters";
        case "token" -> "more than " + max + " values";
        default -> what + " over the limit of " + max;
      };
      text = text.substring(0, limit.start()) + said + text.substring(limit.end());
    }
    text = ENABLE_HINT.matcher(text).replaceAll("");
    return SETTING.matcher(text).replaceAll("a setting").trim();
  }
}
