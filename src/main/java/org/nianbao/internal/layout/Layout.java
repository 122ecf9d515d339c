package org.nianbao.internal.layout;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nianbao.ActiveDisclosure;
import org.nianbao.ActiveDisclosure2019;
import org.nianbao.ActiveDisclosure2021;
import org.nianbao.ApplicantRow;
import org.nianbao.Applications;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReviewLitigation;
import org.nianbao.Rule;

/**
 * The cells of one edition's tables, in reading order, each with its JSON Pointer and kind, and
 * the sums that the {@link Total} marks on the model declare.
 *
 * <p>The model records are the single description of the tables: their component names are the
 * canonical names, their annotations say what a cell holds and which component is a total. This
 * class reads that description once per edition.
 */
public final class Layout {

  /**
   * One cell position.
   *
   * @param index the position in {@link #cells(Report)}
   * @param pointer the JSON Pointer, e.g. {@code /applications/newRequests/total}
   * @param row the pointer of the record holding the cell, e.g. {@code /applications/newRequests}
   * @param column the cell's own name, e.g. {@code total}
   * @param kind what the cell holds
   */
  public record Slot(int index, String pointer, String row, String column, CellKind kind) {
    /** The table's name: {@code activeDisclosure}, {@code applications} or {@code reviewLitigation}. */
    public String table() {
      int end = pointer.indexOf('/', 1);
      return pointer.substring(1, end);
    }

    // Written out rather than the record's own, which a short run would pay for in method handles
    // spun at its first use: a slot is a hash key of every check (Localizer)
    @Override
    public int hashCode() {
      return index * 31 + pointer.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Slot slot && index == slot.index && pointer.equals(slot.pointer)
          && java.util.Objects.equals(row, slot.row) && java.util.Objects.equals(column, slot.column)
          && kind == slot.kind;
    }
  }

  /**
   * A total and its parts, declared by a {@link Total} mark.
   *
   * @param rule the rule the sum belongs to
   * @param scope the row pointer (a total cell) or the column name (a total row) the sum runs along
   * @param total the total's cell
   * @param parts the cells that add up to it
   */
  public record Sum(Rule rule, String scope, Slot total, List<Slot> parts) {}

  /** The three tables, in report order, with their declared types. */
  private static final Map<String, Class<?>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("activeDisclosure", ActiveDisclosure.class);
    TABLES.put("applications", Applications.class);
    TABLES.put("reviewLitigation", ReviewLitigation.class);
  }

  /** The edition-dependent parts of the model and the record each edition uses for them. */
  private static final Map<Class<?>, Map<Edition, Class<?>>> SHAPES = Map.of(
      ActiveDisclosure.class,
      Map.of(Edition.E2019, ActiveDisclosure2019.class, Edition.E2021, ActiveDisclosure2021.class),
      Applications.OtherHandling.class,
      Map.of(Edition.E2019, ApplicantRow.class, Edition.E2021, Applications.OtherHandlingItems.class));

  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  /** Each record's canonical constructor: looking it up costs more than calling it (a batch makes reports by the thousand). */
  private static final ClassValue<java.lang.reflect.Constructor<?>> CONSTRUCTORS = new ClassValue<>() {
    @Override
    protected java.lang.reflect.Constructor<?> computeValue(Class<?> type) {
      try {
        return type.getDeclaredConstructor(java.util.Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType).toArray(Class<?>[]::new));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor of " + type, e);
      }
    }
  };

  /** Made on first use: a check of one report needs one edition's layout, not every edition's. */
  private static final Map<Edition, Layout> LAYOUTS = new ConcurrentHashMap<>();

  private final Edition edition;
  private final List<Slot> slots = new ArrayList<>();
  private final Map<String, Slot> byPointer = new LinkedHashMap<>();
  private final List<Sum> sums = new ArrayList<>();
  private final Map<String, List<Slot>> rows = new LinkedHashMap<>();

  private Layout(Edition edition) {
    this.edition = edition;
    TABLES.forEach((name, type) -> addCells(resolve(type), "/" + name));
    for (Slot slot : slots) {
      byPointer.put(slot.pointer(), slot);
      rows.computeIfAbsent(slot.row(), r -> new ArrayList<>()).add(slot);
    }
    rows.replaceAll((r, list) -> List.copyOf(list));
    TABLES.forEach((name, type) -> addSums(resolve(type), "/" + name));
    sums.sort(Comparator.comparing(Sum::rule).thenComparing(sum -> sum.total().index()));
  }

  public static Layout of(Edition edition) {
    return edition == null ? null : LAYOUTS.computeIfAbsent(edition, Layout::new);
  }

  public Edition edition() {
    return edition;
  }

  public List<Slot> slots() {
    return Collections.unmodifiableList(slots);
  }

  /** The slot at a pointer, or {@code null} when this edition has no such cell. */
  public Slot slot(String pointer) {
    return byPointer.get(pointer);
  }

  /** The sums declared by {@link Total} marks, by rule and then by position of the total. */
  public List<Sum> sums() {
    return Collections.unmodifiableList(sums);
  }

  /** The slots of one row record, e.g. all seven cells of {@code /applications/newRequests}. */
  public List<Slot> row(String rowPointer) {
    return rows.getOrDefault(rowPointer, List.of());
  }

  /** The row records of a table ({@code /applications}), in order. */
  public List<String> rows(String tablePointer) {
    return rows.keySet().stream().filter(r -> r.startsWith(tablePointer + "/")).toList();
  }

  /** The report's cells in slot order. The report must be of this layout's edition. */
  public Cell[] cells(Report report) {
    if (report.edition() != edition) {
      throw new IllegalArgumentException("a " + report.edition() + " report on the " + edition + " layout");
    }
    List<Cell> out = new ArrayList<>(slots.size());
    collect(report.activeDisclosure(), out);
    collect(report.applications(), out);
    collect(report.reviewLitigation(), out);
    return out.toArray(new Cell[0]);
  }

  /**
   * The slot at a pointer, for a caller who named it: a pointer of the other edition, a row and
   * an unknown pointer each get a one-line message naming it.
   *
   * @throws IllegalArgumentException when this edition has no cell at {@code pointer}
   */
  public Slot requireSlot(String pointer) {
    if (pointer == null) {
      throw new IllegalArgumentException("a cell pointer is null");
    }
    Slot slot = byPointer.get(pointer);
    if (slot != null) {
      return slot;
    }
    Edition other = edition == Edition.E2019 ? Edition.E2021 : Edition.E2019;
    if (of(other).byPointer.containsKey(pointer)) {
      throw new IllegalArgumentException(pointer + " is a cell of the " + other.id() + " tables, not of the "
          + edition.id() + " tables");
    }
    List<Slot> row = rows.get(pointer);
    if (row != null) {
      throw new IllegalArgumentException(pointer + " is a row, not a cell; its cells are "
          + String.join(", ", row.stream().map(Slot::column).toList()));
    }
    throw new IllegalArgumentException(pointer + " is not a cell of the " + edition.id()
        + " tables (a pointer such as /applications/newRequests/total)");
  }

  /**
   * A report of this edition with these cells, in slot order: the inverse of {@link
   * #cells(Report)}. The model records are made through their canonical constructors, in the order
   * the slots were read from them.
   */
  public Report report(String unit, int year, Narrative narrative, Cell[] cells) {
    if (cells.length != slots.size()) {
      throw new IllegalArgumentException(cells.length + " cells for the " + slots.size() + " of the " + edition
          + " tables");
    }
    int[] next = {0};
    Object[] tables = TABLES.values().stream().map(type -> assemble(resolve(type), cells, next)).toArray();
    return new Report(unit, year, edition, (ActiveDisclosure) tables[0], (Applications) tables[1],
        (ReviewLitigation) tables[2], narrative);
  }

  private Object assemble(Class<?> type, Cell[] cells, int[] next) {
    RecordComponent[] components = COMPONENTS.get(type);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> component = components[i].getType();
      values[i] = component == Cell.class ? cells[next[0]++] : assemble(resolve(component), cells, next);
    }
    try {
      return CONSTRUCTORS.get(type).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make " + type, e);
    }
  }

  /**
   * Checks that no part of the tables is missing and that every edition-dependent part has the
   * shape of {@code edition}.
   *
   * @throws NullPointerException naming the missing part by its pointer
   * @throws IllegalArgumentException naming the part that has the other edition's shape
   */
  public static void requireComplete(Edition edition, Object... tables) {
    int i = 0;
    for (String name : TABLES.keySet()) {
      requirePart(edition, tables[i++], TABLES.get(name), "/" + name);
    }
  }

  private static void requirePart(Edition edition, Object part, Class<?> declared, String pointer) {
    if (part == null) {
      throw new NullPointerException(pointer + " is missing");
    }
    Map<Edition, Class<?>> shapes = SHAPES.get(declared);
    if (shapes != null && !shapes.get(edition).isInstance(part)) {
      throw new IllegalArgumentException(pointer + " has the shape of the other edition, but the report's edition is "
          + edition.id());
    }
    if (part instanceof Cell) {
      return;
    }
    for (RecordComponent c : COMPONENTS.get(part.getClass())) {
      requirePart(edition, read(c, part), c.getType(), pointer + "/" + c.getName());
    }
  }

  private Class<?> resolve(Class<?> declared) {
    Map<Edition, Class<?>> shapes = SHAPES.get(declared);
    return shapes == null ? declared : shapes.get(edition);
  }

  private void addCells(Class<?> type, String pointer) {
    for (RecordComponent c : COMPONENTS.get(type)) {
      String child = pointer + "/" + c.getName();
      if (c.getType() == Cell.class) {
        slots.add(new Slot(slots.size(), child, pointer, c.getName(), CellKind.of(field(type, c))));
      } else {
        addCells(resolve(c.getType()), child);
      }
    }
  }

  private void addSums(Class<?> type, String pointer) {
    RecordComponent[] components = COMPONENTS.get(type);
    for (RecordComponent c : components) {
      Total mark = field(type, c).getAnnotation(Total.class);
      if (mark != null) {
        addSum(mark.value(), type, pointer, c);
      }
      if (c.getType() != Cell.class) {
        addSums(resolve(c.getType()), pointer + "/" + c.getName());
      }
    }
  }

  /** A total cell sums its row; a total row sums, column by column, every row below its siblings. */
  private void addSum(Rule rule, Class<?> type, String pointer, RecordComponent totalComponent) {
    String totalPointer = pointer + "/" + totalComponent.getName();
    if (totalComponent.getType() == Cell.class) {
      List<Slot> parts = new ArrayList<>();
      for (RecordComponent c : COMPONENTS.get(type)) {
        if (c != totalComponent) {
          parts.add(byPointer.get(pointer + "/" + c.getName()));
        }
      }
      sums.add(new Sum(rule, pointer, byPointer.get(totalPointer), List.copyOf(parts)));
      return;
    }
    for (RecordComponent column : COMPONENTS.get(resolve(totalComponent.getType()))) {
      List<Slot> parts = new ArrayList<>();
      for (RecordComponent sibling : COMPONENTS.get(type)) {
        if (sibling == totalComponent) {
          continue;
        }
        String prefix = pointer + "/" + sibling.getName() + "/";
        for (Slot slot : slots) {
          if (slot.pointer().startsWith(prefix) && slot.column().equals(column.getName())) {
            parts.add(slot);
          }
        }
      }
      sums.add(new Sum(rule, column.getName(), byPointer.get(totalPointer + "/" + column.getName()),
          List.copyOf(parts)));
    }
  }

  private static void collect(Object record, List<Cell> out) {
    for (RecordComponent c : COMPONENTS.get(record.getClass())) {
      Object value = read(c, record);
      if (value instanceof Cell cell) {
        out.add(cell);
      } else {
        collect(value, out);
      }
    }
  }

  private static Object read(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static Field field(Class<?> type, RecordComponent component) {
    try {
      return type.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
