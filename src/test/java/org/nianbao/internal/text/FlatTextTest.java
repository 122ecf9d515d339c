package org.nianbao.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The offset maps of {@link FlatText} against a plain reference that keeps every offset: the
 * sparse checkpoints must give the same answers, in particular for texts whose copy without white
 * space is a whole number of checkpoint strides long.
 */
class FlatTextTest {

  /** What a report's text mixes: ideographs, ASCII and full-width digits and letters, every kind of space and line end. */
  private static final String[] PIECES = {
      "一", "件", "a", "7", "，", "|", "-", "１", "Ａ", "（", " ", " ", "\t", "\n", "\r\n", "\r", "\u3000", "\u00A0",
      "\n\n", " \r\n "};

  /** The reference: every compact character's offset in the folded text, and each line's extent. */
  private record Reference(String flat, String compact, int[] positions, List<int[]> lines) {

    static Reference of(String text) {
      StringBuilder flat = new StringBuilder();
      for (char c : text.toCharArray()) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
          flat.append((char) (c - 0xFEE0));
        } else if (c == '\u3000' || c == '\u00A0') {
          flat.append(' ');
        } else {
          flat.append(c);
        }
      }
      StringBuilder compact = new StringBuilder();
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < flat.length(); i++) {
        char c = flat.charAt(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          compact.append(c);
          positions.add(i);
        }
      }
      List<int[]> lines = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          int breakEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
          lines.add(new int[] {start, i});
          start = breakEnd;
          i = breakEnd - 1;
        }
      }
      lines.add(new int[] {start, text.length()});
      return new Reference(flat.toString(), compact.toString(),
          positions.stream().mapToInt(Integer::intValue).toArray(), lines);
    }

    int flat(int compactIndex) {
      return compactIndex < positions.length ? positions[compactIndex] : flat.length();
    }

    int compact(int flatOffset) {
      for (int k = 0; k < positions.length; k++) {
        if (positions[k] >= flatOffset) {
          return k;
        }
      }
      return positions.length;
    }

    int flatEnd(int compactEnd) {
      return compactEnd == 0 ? 0 : positions[compactEnd - 1] + 1;
    }

    /** The line whose extent, line break included, holds the offset. */
    int lineOf(int offset) {
      int line = 0;
      for (int l = 1; l < lines.size(); l++) {
        if (lines.get(l)[0] <= offset) {
          line = l;
        }
      }
      return line;
    }
  }

  /** A text of random pieces with exactly {@code nonSpace} characters that are not white space. */
  private static String text(long seed, int nonSpace) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    int placed = 0;
    while (placed < nonSpace) {
      String piece = PIECES[random.nextInt(PIECES.length)];
      out.append(piece);
      if (piece.codePoints().anyMatch(c -> c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0x3000 && c != 0xA0)) {
        placed++;
      }
    }
    // white space after the last character, sometimes
    for (int k = random.nextInt(3); k > 0; k--) {
      out.append(PIECES[10 + random.nextInt(PIECES.length - 10)]);
    }
    return out.toString();
  }

  private static void assertMatchesReference(String text) {
    FlatText flat = new FlatText(text);
    Reference ref = Reference.of(text);
    assertThat(flat.flat).isEqualTo(ref.flat());
    assertThat(flat.compact).isEqualTo(ref.compact());
    for (int k = 0; k <= ref.compact().length(); k++) {
      assertThat(flat.flat(k)).as("flat(%d) of %s", k, escaped(text)).isEqualTo(ref.flat(k));
      assertThat(flat.flatEnd(k)).as("flatEnd(%d) of %s", k, escaped(text)).isEqualTo(ref.flatEnd(k));
    }
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(flat.compact(offset)).as("compact(%d) of %s", offset, escaped(text)).isEqualTo(ref.compact(offset));
      assertThat(flat.lineOf(offset)).as("lineOf(%d) of %s", offset, escaped(text)).isEqualTo(ref.lineOf(offset));
    }
    assertThat(flat.lineCount()).isEqualTo(ref.lines().size());
    for (int l = 0; l < ref.lines().size(); l++) {
      assertThat(flat.lineStart(l)).as("lineStart(%d)", l).isEqualTo(ref.lines().get(l)[0]);
      assertThat(flat.lineEnd(l)).as("lineEnd(%d)", l).isEqualTo(ref.lines().get(l)[1]);
      assertThat(flat.line(l)).isEqualTo(text.substring(ref.lines().get(l)[0], ref.lines().get(l)[1]));
    }
  }

  private static String escaped(String text) {
    return "\"" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
  }

  @Test
  void offsetsMatchTheReferenceOnRandomTexts() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 300))
        .checkAssert((seed, nonSpace) -> assertMatchesReference(text(seed, nonSpace)));
  }

  @Test
  void offsetsMatchTheReferenceWhenTheCompactLengthIsAMultipleOfTheStride() {
    // 64, 128, 192, 256 and one either side: the last checkpoint is where a stride ends
    qt().withExamples(300).forAll(longs().all(), integers().between(1, 4), integers().between(-1, 1))
        .checkAssert((seed, strides, delta) -> assertMatchesReference(text(seed, strides * 64 + delta)));
  }

  @Test
  void aTextOfSixtyFourCharactersThenSpacesMapsItsEndToTheEnd() {
    // 64 digits then two spaces: compact is 64 long, and its end maps to the end of the whole text
    String text = "1".repeat(64) + "  ";
    FlatText flat = new FlatText(text);
    assertThat(flat.compact).hasSize(64);
    assertThat(flat.flat(63)).isEqualTo(63);
    assertThat(flat.flat(64)).isEqualTo(66);
    assertThat(flat.flatEnd(64)).isEqualTo(64);
    assertThat(flat.compact(64)).isEqualTo(64);
    assertThat(flat.compact(63)).isEqualTo(63);
    assertThat(flat.compact(66)).isEqualTo(64);
  }

  @Test
  void offsetsPastTheFirstStrideSkipSpacesAcrossLines() {
    // 65 characters, a space between every one from the 60th on, and a CRLF after the 64th
    String text = "a".repeat(60) + "b c d e\r\nf g";
    FlatText flat = new FlatText(text);
    assertThat(flat.compact).isEqualTo("a".repeat(60) + "bcdefg");
    // b at 60, c 62, d 64, e 66, \r 67, \n 68, f 69, space 70, g 71
    assertThat(flat.flat(63)).isEqualTo(66);
    assertThat(flat.flat(64)).isEqualTo(69);
    assertThat(flat.flat(65)).isEqualTo(71);
    assertThat(flat.flat(66)).isEqualTo(72);
    assertThat(flat.compact(67)).isEqualTo(64);
    assertThat(flat.compact(70)).isEqualTo(65);
    assertThat(flat.flatEnd(64)).isEqualTo(67);
    assertThat(flat.lineOf(67)).isEqualTo(0);
    assertThat(flat.lineOf(68)).isEqualTo(0);
    assertThat(flat.lineOf(69)).isEqualTo(1);
    assertThat(flat.line(1)).isEqualTo("f g");
  }

  @Test
  void aLoneCarriageReturnEndsALineAndCrlfEndsOne() {
    String text = "一\r二\r\n三\n\r四";
    FlatText flat = new FlatText(text);
    assertThat(flat.lineCount()).isEqualTo(5);
    assertThat(flat.line(0)).isEqualTo("一");
    assertThat(flat.line(1)).isEqualTo("二");
    assertThat(flat.line(2)).isEqualTo("三");
    assertThat(flat.line(3)).isEmpty();
    assertThat(flat.line(4)).isEqualTo("四");
    assertThat(flat.lineOf(6)).isEqualTo(2);
    assertThat(flat.lineOf(7)).isEqualTo(3);
    assertThat(flat.lineOf(8)).isEqualTo(4);
    assertThat(flat.quote(4)).isEqualTo("四");
  }

  @Test
  void fullWidthCharactersFoldInPlaceAndIdeographicSpacesAreNotKept() {
    String text = "１２\u3000３\u00A0Ａ";
    FlatText flat = new FlatText(text);
    assertThat(flat.flat).isEqualTo("12 3 A");
    assertThat(flat.compact).isEqualTo("123A");
    assertThat(flat.flat(2)).isEqualTo(3);
    assertThat(flat.flat(3)).isEqualTo(5);
    assertThat(flat.line(0)).isEqualTo(text);
  }

  @Test
  void anEmptyTextAndAnAllSpaceText() {
    FlatText empty = new FlatText("");
    assertThat(empty.lineCount()).isEqualTo(1);
    assertThat(empty.flat(0)).isZero();
    assertThat(empty.compact(0)).isZero();
    assertThat(empty.flatEnd(0)).isZero();
    FlatText spaces = new FlatText(" \n\t ");
    assertThat(spaces.compact).isEmpty();
    assertThat(spaces.flat(0)).isEqualTo(4);
    assertThat(spaces.compact(0)).isZero();
    assertThat(spaces.compact(4)).isZero();
    assertThat(spaces.lineOf(3)).isEqualTo(1);
  }
}
