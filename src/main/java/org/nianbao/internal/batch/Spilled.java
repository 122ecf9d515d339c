package org.nianbao.internal.batch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.RuleDefinition;
import org.nianbao.Severity;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.text.ReadIssue;

/**
 * A report, where it was read from and its findings as bytes: what a batch puts aside between
 * checking a report and handing its outcome over, so that a file is read once and memory holds no
 * report meanwhile. Decoding gives back records equal to those encoded. Strings go as UTF-16 code
 * units, so that a lone surrogate in a scraped page comes back as it was; numbers as their decimal
 * string, so that a scale (1.0 against 1) is kept.
 *
 * <p>A finding whose argument is a {@link Number} of a type other than the JDK's (a local rule's
 * own, say) cannot be encoded: {@link #encodeFindings} then throws {@link IllegalArgumentException}
 * and the batch keeps that outcome in memory instead.
 */
public final class Spilled {
  private static final byte NULL = 0;
  private static final byte PRESENT = 1;
  private static final byte LINE_ONLY = 2;
  /** Strings this long or longer are written once per report and referred to after. */
  private static final int SHARED = 8;

  private Spilled() {}

  /** Bytes being written; grows as needed. */
  public static final class Out {
    private ByteBuffer buffer = ByteBuffer.allocate(4096);
    /** The strings written so far, by their number: a line quoted by each of its cells is written once. */
    private final Map<String, Integer> written = new HashMap<>();

    private void room(int bytes) {
      if (buffer.remaining() < bytes) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes));
        buffer.flip();
        bigger.put(buffer);
        buffer = bigger;
      }
    }

    public void putByte(int b) {
      room(1);
      buffer.put((byte) b);
    }

    public void putInt(int i) {
      room(4);
      buffer.putInt(i);
    }

    public void putLong(long l) {
      room(8);
      buffer.putLong(l);
    }

    public void putString(String s) {
      if (s == null) {
        putInt(-1);
        return;
      }
      if (s.length() >= SHARED) {
        Integer earlier = written.putIfAbsent(s, written.size());
        if (earlier != null) {
          putInt(-2 - earlier);
          return;
        }
      }
      room(4 + 2 * s.length());
      buffer.putInt(s.length());
      for (int i = 0; i < s.length(); i++) {
        buffer.putChar(s.charAt(i));
      }
    }

    public void putInteger(Integer i) {
      if (i == null) {
        putByte(NULL);
      } else {
        putByte(PRESENT);
        putInt(i);
      }
    }

    public void putDecimal(BigDecimal d) {
      putString(d == null ? null : d.toString());
    }

    /** The bytes written so far. */
    public byte[] toByteArray() {
      return Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  /** Bytes being read, written by {@link Out}. */
  public static final class In {
    private final ByteBuffer buffer;
    private final List<String> read = new ArrayList<>();

    public In(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    public byte getByte() {
      return buffer.get();
    }

    public int getInt() {
      return buffer.getInt();
    }

    public long getLong() {
      return buffer.getLong();
    }

    public String getString() {
      int length = buffer.getInt();
      if (length == -1) {
        return null;
      }
      if (length < 0) {
        return read.get(-2 - length);
      }
      if (length > buffer.remaining() / 2) {
        throw new BufferUnderflowException();
      }
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = buffer.getChar();
      }
      String s = new String(chars);
      if (length >= SHARED) {
        read.add(s);
      }
      return s;
    }

    public Integer getInteger() {
      return buffer.get() == NULL ? null : buffer.getInt();
    }

    public BigDecimal getDecimal() {
      String s = getString();
      return s == null ? null : new BigDecimal(s);
    }
  }

  // ---- the report -------------------------------------------------------------------------

  /** Writes a report: its heading, its cells in the edition's slot order, and its narrative. */
  public static void encodeReport(Out out, Report report) {
    out.putByte(report.edition().ordinal());
    out.putString(report.unit());
    out.putInt(report.year());
    Cell[] cells = Layout.of(report.edition()).cells(report);
    out.putInt(cells.length);
    for (Cell cell : cells) {
      putCell(out, cell);
    }
    putLines(out, report.narrative().preamble());
    out.putInt(report.narrative().sections().size());
    for (Narrative.Section section : report.narrative().sections()) {
      out.putString(section.heading());
      out.putInteger(section.line());
      putLines(out, section.lines());
    }
  }

  public static Report decodeReport(In in) {
    Edition edition = Edition.values()[in.getByte()];
    String unit = in.getString();
    int year = in.getInt();
    Cell[] cells = new Cell[in.getInt()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = getCell(in);
    }
    List<Narrative.TextLine> preamble = getLines(in);
    int sectionCount = in.getInt();
    List<Narrative.Section> sections = new ArrayList<>(sectionCount);
    for (int i = 0; i < sectionCount; i++) {
      sections.add(new Narrative.Section(in.getString(), in.getInteger(), getLines(in)));
    }
    return Layout.of(edition).report(unit, year, new Narrative(preamble, sections), cells);
  }

  private static void putLines(Out out, List<Narrative.TextLine> lines) {
    out.putInt(lines.size());
    for (Narrative.TextLine line : lines) {
      out.putInt(line.line());
      out.putString(line.text());
    }
  }

  private static List<Narrative.TextLine> getLines(In in) {
    int count = in.getInt();
    List<Narrative.TextLine> lines = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      lines.add(new Narrative.TextLine(in.getInt(), in.getString()));
    }
    return lines;
  }

  private static void putCell(Out out, Cell cell) {
    if (cell == null) {
      out.putByte(0);
    } else if (cell instanceof Cell.Value v) {
      out.putByte(1);
      out.putDecimal(v.number());
    } else if (cell instanceof Cell.Blank) {
      out.putByte(2);
    } else if (cell instanceof Cell.NotApplicable) {
      out.putByte(3);
    } else {
      out.putByte(4);
      out.putString(((Cell.Unreadable) cell).text());
    }
  }

  private static Cell getCell(In in) {
    return switch (in.getByte()) {
      case 0 -> null;
      case 1 -> new Cell.Value(in.getDecimal());
      case 2 -> new Cell.Blank();
      case 3 -> new Cell.NotApplicable();
      case 4 -> new Cell.Unreadable(in.getString());
      default -> throw new IllegalStateException("not a cell");
    };
  }

  // ---- where the report was read from ------------------------------------------------------

  /** Writes where each cell was read; a cell of the edition's tables by its slot, not its pointer. */
  public static void encodeLocations(Out out, Edition edition, Map<String, Finding.Location> locations) {
    Layout layout = Layout.of(edition);
    out.putInt(locations.size());
    locations.forEach((pointer, location) -> {
      Layout.Slot slot = layout.slot(pointer);
      if (slot != null) {
        out.putInt(slot.index());
      } else {
        out.putInt(-1);
        out.putString(pointer);
      }
      putLocation(out, location);
    });
  }

  public static Map<String, Finding.Location> decodeLocations(In in, Edition edition) {
    List<Layout.Slot> slots = Layout.of(edition).slots();
    int count = in.getInt();
    Map<String, Finding.Location> locations = new HashMap<>(Math.min(count, 1 << 16) * 2);
    for (int i = 0; i < count; i++) {
      int slot = in.getInt();
      locations.put(slot >= 0 ? slots.get(slot).pointer() : in.getString(), getLocation(in));
    }
    return locations;
  }

  public static void encodePlaces(Out out, List<Finding.Location> places) {
    out.putInt(places.size());
    places.forEach(place -> putLocation(out, place));
  }

  public static List<Finding.Location> decodePlaces(In in) {
    int count = in.getInt();
    List<Finding.Location> places = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      places.add(getLocation(in));
    }
    return places;
  }

  public static void encodeIssues(Out out, List<ReadIssue> issues) {
    out.putInt(issues.size());
    for (ReadIssue issue : issues) {
      out.putByte(issue.kind().ordinal());
      putStrings(out, issue.pointers());
      putStrings(out, issue.silenced());
      putStrings(out, issue.arguments());
      putLocation(out, issue.location());
      out.putDecimal(issue.value());
      out.putInt(issue.section());
    }
  }

  public static List<ReadIssue> decodeIssues(In in) {
    int count = in.getInt();
    List<ReadIssue> issues = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      issues.add(new ReadIssue(ReadIssue.Kind.values()[in.getByte()], getStrings(in), getStrings(in),
          getStrings(in), getLocation(in), in.getDecimal(), in.getInt()));
    }
    return issues;
  }

  private static void putStrings(Out out, List<String> strings) {
    out.putInt(strings.size());
    strings.forEach(out::putString);
  }

  private static List<String> getStrings(In in) {
    int count = in.getInt();
    List<String> strings = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      strings.add(in.getString());
    }
    return strings;
  }

  private static void putLocation(Out out, Finding.Location location) {
    if (location == null) {
      out.putByte(NULL);
      return;
    }
    if (location.line() != null && location.column() == null && location.page() == null && location.table() == null
        && location.row() == null && location.cell() == null && location.paragraph() == null) {
      out.putByte(LINE_ONLY); // a place in a text: most of them
      out.putInt(location.line());
      out.putString(location.text());
      return;
    }
    out.putByte(PRESENT);
    out.putInteger(location.line());
    out.putInteger(location.column());
    out.putInteger(location.page());
    out.putInteger(location.table());
    out.putInteger(location.row());
    out.putInteger(location.cell());
    out.putInteger(location.paragraph());
    out.putString(location.text());
  }

  private static Finding.Location getLocation(In in) {
    byte kind = in.getByte();
    if (kind == NULL) {
      return null;
    }
    if (kind == LINE_ONLY) {
      return new Finding.Location(in.getInt(), null, null, null, null, null, null, in.getString());
    }
    // the text was quoted when the location was made: quoting it again leaves it as it is
    return new Finding.Location(in.getInteger(), in.getInteger(), in.getInteger(), in.getInteger(),
        in.getInteger(), in.getInteger(), in.getInteger(), in.getString());
  }

  // ---- findings ----------------------------------------------------------------------------

  /**
   * Writes findings.
   *
   * @throws IllegalArgumentException when an argument is a number of a type that cannot be written
   */
  public static void encodeFindings(Out out, List<Finding> findings) {
    out.putInt(findings.size());
    for (Finding f : findings) {
      out.putString(f.rule().id());
      out.putByte(f.severity().ordinal());
      out.putString(f.messageKey());
      putArguments(out, f.arguments());
      out.putString(f.message());
      out.putInt(f.cells().size());
      for (Finding.CellReference cell : f.cells()) {
        out.putString(cell.pointer());
        out.putString(cell.label());
        putCell(out, cell.value());
      }
      out.putDecimal(f.expected());
      out.putDecimal(f.actual());
      putFix(out, f.fix());
      out.putInt(f.candidates().size());
      for (List<Finding.Fix> candidate : f.candidates()) {
        out.putInt(candidate.size());
        candidate.forEach(fix -> putFix(out, fix));
      }
      putLocation(out, f.location());
    }
  }

  /**
   * Reads findings.
   *
   * @param rules the rule of each id: the catalog's, and the validator's added rules
   */
  public static List<Finding> decodeFindings(In in, Function<String, RuleDefinition> rules) {
    int count = in.getInt();
    List<Finding> findings = new ArrayList<>(Math.min(count, 1 << 16));
    for (int i = 0; i < count; i++) {
      String id = in.getString();
      RuleDefinition rule = rules.apply(id);
      if (rule == null) {
        throw new IllegalStateException("no rule " + id);
      }
      Severity severity = Severity.values()[in.getByte()];
      String key = in.getString();
      List<Object> arguments = getArguments(in);
      String message = in.getString();
      int cellCount = in.getInt();
      List<Finding.CellReference> cells = new ArrayList<>(cellCount);
      for (int c = 0; c < cellCount; c++) {
        cells.add(new Finding.CellReference(in.getString(), in.getString(), getCell(in)));
      }
      BigDecimal expected = in.getDecimal();
      BigDecimal actual = in.getDecimal();
      Finding.Fix fix = getFix(in);
      int candidateCount = in.getInt();
      List<List<Finding.Fix>> candidates = new ArrayList<>(candidateCount);
      for (int c = 0; c < candidateCount; c++) {
        int size = in.getInt();
        List<Finding.Fix> candidate = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
          candidate.add(getFix(in));
        }
        candidates.add(candidate);
      }
      findings.add(new Finding(rule, severity, key, arguments, message, cells, expected, actual, fix, candidates,
          getLocation(in)));
    }
    return findings;
  }

  private static void putFix(Out out, Finding.Fix fix) {
    if (fix == null) {
      out.putByte(NULL);
      return;
    }
    out.putByte(PRESENT);
    out.putString(fix.pointer());
    putCell(out, fix.from());
    out.putDecimal(fix.to());
  }

  private static Finding.Fix getFix(In in) {
    return in.getByte() == NULL ? null : new Finding.Fix(in.getString(), getCell(in), in.getDecimal());
  }

  private static void putArguments(Out out, List<Object> arguments) {
    out.putInt(arguments.size());
    arguments.forEach(argument -> putArgument(out, argument));
  }

  private static List<Object> getArguments(In in) {
    int count = in.getInt();
    List<Object> arguments = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      arguments.add(getArgument(in));
    }
    return arguments;
  }

  /** Each argument by its type, so that it comes back as the same type and value. */
  private static void putArgument(Out out, Object argument) {
    if (argument instanceof String s) {
      out.putByte('S');
      out.putString(s);
    } else if (argument instanceof BigDecimal d) {
      out.putByte('D');
      out.putDecimal(d);
    } else if (argument instanceof Integer i) {
      out.putByte('I');
      out.putInt(i);
    } else if (argument instanceof Long l) {
      out.putByte('L');
      out.putLong(l);
    } else if (argument instanceof BigInteger b) {
      out.putByte('B');
      out.putString(b.toString());
    } else if (argument instanceof Double d) {
      out.putByte('F');
      out.putLong(Double.doubleToRawLongBits(d));
    } else if (argument instanceof Finding.Phrase p) {
      out.putByte('P');
      out.putString(p.key());
      putArguments(out, p.arguments());
    } else if (argument instanceof Finding.PhraseList l) {
      out.putByte('T');
      out.putString(l.separatorKey());
      putArguments(out, l.items());
    } else {
      throw new IllegalArgumentException("an argument of type " + argument.getClass().getName());
    }
  }

  private static Object getArgument(In in) {
    return switch (in.getByte()) {
      case 'S' -> in.getString();
      case 'D' -> in.getDecimal();
      case 'I' -> in.getInt();
      case 'L' -> in.getLong();
      case 'B' -> new BigInteger(in.getString());
      case 'F' -> Double.longBitsToDouble(in.getLong());
      case 'P' -> new Finding.Phrase(in.getString(), getArguments(in));
      case 'T' -> new Finding.PhraseList(in.getString(), getArguments(in));
      default -> throw new IllegalStateException("not an argument");
    };
  }
}
