package org.nianbao.internal.text;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.BitSet;

/**
 * Reads a report written in traditional characters as the simplified text the template is worded
 * in, with OpenCC's traditional-to-simplified tables (the optional opencc4j library).
 *
 * <p>Nearly every report is simplified already: a cheap scan for characters that only traditional
 * text uses decides first, so such text never loads the library. Conversion goes line by line, so
 * that every line keeps its number (findings cite lines); only what the reader sees changes, never
 * the user's file.
 */
public final class Simplified {
  private Simplified() {}

  /**
   * Frequent characters of these reports that simplified text never uses (each one's simplified
   * form differs; a test holds the library to that). One of them is enough to call a text
   * traditional: converting simplified text leaves it as it is, so a false alarm costs only time.
   */
  static final String TRADITIONAL_ONLY =
      "資訊報關機處請開數據際應於與為個務從產發辦們過這條項"
          + "國縣鄉鎮區內規範會議審結總計門戶網絡統體現實罰強許維護糾訴訟復讓層級進經濟業費檢單類屬"
          + "稱對當義員書記說認識調問題將獲時間無頁後裡臺製頒佈傳檔";

  private static final BitSet MARKERS = new BitSet(0x10000);

  static {
    for (int i = 0; i < TRADITIONAL_ONLY.length(); i++) {
      MARKERS.set(TRADITIONAL_ONLY.charAt(i));
    }
  }

  private static final String LIBRARY_CLASS = "com/github/houbb/opencc4j/util/ZhConverterUtil.class";

  /**
   * The library segments its whole input at once, which exhausts the heap on a scraped page of
   * several megabytes on one line: it is given pieces of about this many characters.
   */
  static final int PIECE = 2000;

  private static volatile boolean broken;

  /** Whether {@code text} holds a character that only traditional text uses. Loads nothing. */
  public static boolean looksTraditional(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u4E00' && MARKERS.get(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the conversion library is on the class path (it is an optional dependency: the command
   * line bundles it, an embedder may leave it out). Looks for it without loading it.
   */
  public static boolean available() {
    if (broken) {
      return false;
    }
    ClassLoader loader = Simplified.class.getClassLoader();
    return (loader == null ? ClassLoader.getSystemResource(LIBRARY_CLASS) : loader.getResource(LIBRARY_CLASS))
        != null;
  }

  /**
   * The text with traditional characters read as simplified, line breaks and line count unchanged.
   * Returns {@code text} itself when it does not {@linkplain #looksTraditional look traditional},
   * or when the library is not {@linkplain #available() available}: then the text is read as it is
   * and the caller says so.
   */
  public static String toSimplified(String text) {
    if (!looksTraditional(text) || !available()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (start < text.length()) {
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(start, end);
      out.append(convertLine(line)); // every line: one may hold only characters outside the markers
      while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
        out.append(text.charAt(end++)); // the breaks themselves, kept exactly
      }
      start = end;
    }
    return out.toString();
  }

  private static String convertLine(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int start = 0;
    while (start < line.length()) {
      int end = pieceEnd(line, start);
      out.append(convert(line.substring(start, end)));
      start = end;
    }
    return out.toString();
  }

  /**
   * Where the piece from {@code start} ends: after the last character that is not Chinese within
   * {@link #PIECE}, so that no phrase the library knows is cut in two.
   */
  static int pieceEnd(String line, int start) {
    int limit = start + PIECE;
    if (limit >= line.length()) {
      return line.length();
    }
    for (int i = limit; i > start + PIECE / 2; i--) {
      char c = line.charAt(i - 1);
      if (!Normalize.isCjk(c) && !Character.isSurrogate(c)) {
        return i;
      }
    }
    return Character.isHighSurrogate(line.charAt(limit - 1)) ? limit - 1 : limit;
  }

  /**
   * One piece through the library. 資訊 is the Taiwan word for 信息 (a 繁體 page made by a
   * converter with Taiwan phrases writes "政府資訊公開"); the library converts characters, not words,
   * and its Taiwan phrase table goes too far for the template (文件 → 文档, 查询 → 查找), so this
   * one word is read as the template's own.
   */
  static String convert(String piece) {
    try {
      return Library.toSimple(piece.replace("資訊", "信息"));
    } catch (LinkageError e) {
      broken = true; // on the class path but not loadable (a dependency of it missing): read as it is
      return piece;
    } catch (RuntimeException e) {
      return piece; // a piece the library cannot take is read unconverted rather than lost
    }
  }

  /**
   * Holds the only reference to the library, so that it is loaded on the first conversion only.
   * Looked up by name rather than linked: opencc4j has no module name of its own, and nianbao's
   * module must not require one derived from a jar's file name.
   */
  private static final class Library {
    private static final MethodHandle TO_SIMPLE = find();

    private static MethodHandle find() {
      try {
        Class<?> converter = Class.forName(LIBRARY_CLASS.replace(".class", "").replace('/', '.'), true,
            Simplified.class.getClassLoader());
        return MethodHandles.publicLookup().findStatic(converter, "toSimple",
            MethodType.methodType(String.class, String.class));
      } catch (ReflectiveOperationException e) {
        throw new LinkageError("opencc4j's ZhConverterUtil.toSimple(String) cannot be called", e);
      }
    }

    static String toSimple(String text) {
      try {
        return (String) TO_SIMPLE.invokeExact(text);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable checked) {
        throw new IllegalStateException(checked); // toSimple declares no checked exception
      }
    }
  }
}
