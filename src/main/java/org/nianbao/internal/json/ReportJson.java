package org.nianbao.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.ActiveDisclosure;
import org.nianbao.ActiveDisclosure2019;
import org.nianbao.ActiveDisclosure2021;
import org.nianbao.ApplicantRow;
import org.nianbao.Applications;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReportReadException;
import org.nianbao.ReviewLitigation;

/**
 * Canonical JSON of a report, with Jackson. Reading is strict: an unknown or duplicated field, a
 * value of the wrong type, or a missing cell is an error naming its JSON Pointer and line, never
 * a silent default. A blank cell ({@code null}) is kept as blank.
 */
public final class ReportJson {
  /** The report's edition, while its tables are read: it decides the shape of the edition-dependent parts. */
  private static final String EDITION = "nianbao.edition";

  /** Limits on what a JSON report may hold; past them reading stops with a message saying which. */
  public static final int MAX_NESTING = 32;
  public static final int MAX_STRING = 1_000_000;
  public static final int MAX_NUMBER_LENGTH = org.nianbao.internal.Limits.MAX_NUMBER_LENGTH;

  public static final ObjectMapper MAPPER = mapper();
  private static final ObjectReader READER = MAPPER.readerFor(Report.class);
  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private ReportJson() {}

  public static Report read(String json, String source) throws ReportReadException {
    try {
      Report report = READER.readValue(json);
      String half = LoneSurrogates.find(json);
      if (half != null) {
        throw new ReportReadException(source, half);
      }
      return report;
    } catch (JsonProcessingException e) {
      throw new ReportReadException(source, describe(e), e);
    } catch (IOException e) {
      throw new ReportReadException(source, "cannot be read: " + e.getMessage(), e);
    }
  }

  public static String write(Report report) {
    try {
      return WRITER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report that cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  /** Two-space indentation, one element per line, {@code "name": value}. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("nianbao");
    module.addSerializer(Cell.class, new CellSerializer());
    module.addDeserializer(Cell.class, new CellDeserializer());
    module.addSerializer(Edition.class, new StdSerializer<>(Edition.class) {
      @Override
      public void serialize(Edition value, JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider p)
          throws IOException {
        gen.writeString(value.id());
      }
    });
    module.addDeserializer(Report.class, new ReportDeserializer());
    module.addDeserializer(ActiveDisclosure.class, new EditionShapeDeserializer<>(ActiveDisclosure.class,
        ActiveDisclosure2019.class, ActiveDisclosure2021.class));
    module.addDeserializer(Applications.OtherHandling.class, new EditionShapeDeserializer<>(
        Applications.OtherHandling.class, ApplicantRow.class, Applications.OtherHandlingItems.class));
    // a report is six levels deep, its longest text a paragraph, its longest number a dozen digits
    com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
        .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER_LENGTH).build())
        .build();
    factory.setCharacterEscapes(new TerminalSafeEscapes());
    JsonMapper mapper = JsonMapper.builder(factory)
        // Report's own binding (ReportJsonBinding, for plain mappers) calls this mapper: here the
        // module's deserializer reads it, or the two would call each other
        .annotationIntrospector(new com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector() {
          @Override
          public Object findDeserializer(com.fasterxml.jackson.databind.introspect.Annotated a) {
            return a.getRawType() == Report.class ? null : super.findDeserializer(a);
          }

          @Override
          public Object findSerializer(com.fasterxml.jackson.databind.introspect.Annotated a) {
            return a.getRawType() == Report.class ? null : super.findSerializer(a);
          }
        })
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // trees keep amounts as printed: 96171.60 stays 96171.60, never a double
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .addModule(module)
        .build();
    // a number where text belongs is a mistake to report, not to turn into text
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }

  /** One line: what is wrong, at which pointer, on which line. */
  static String describe(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    String at = where == null || where.getLineNr() < 1 ? ""
        : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return "refused" + at + ": " + limit(e.getOriginalMessage());
    }
    if (e instanceof StreamReadException && !(e instanceof MismatchedInputException)) {
      return "malformed JSON" + at + ": " + firstLine(e.getOriginalMessage());
    }
    String pointer = e instanceof JsonMappingException m ? pointer(m.getPath()) : "";
    String place = pointer.isEmpty() ? "at the top level" : "at " + pointer;
    if (e instanceof UnrecognizedPropertyException u) {
      String parent = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
      return "unknown field \"" + u.getPropertyName() + "\" at " + (parent.isEmpty() ? "the top level" : parent)
          + at + "; the fields there are: " + names(u.getKnownPropertyIds());
    }
    if (e instanceof ValueInstantiationException v && v.getCause() != null) {
      return "missing or invalid value " + place + at + ": " + firstLine(v.getCause().getMessage());
    }
    if (e instanceof MismatchedInputException m) {
      String message = firstLine(m.getOriginalMessage());
      if (message.startsWith("missing field")) {
        return message + at;
      }
      if (message.startsWith("Cannot ") || message.startsWith("Unexpected token")) {
        message = "expected " + expected(m.getTargetType());
      }
      return "wrong type " + place + at + ": " + message;
    }
    return firstLine(e.getOriginalMessage()) + " " + place + at;
  }

  private static String limit(String message) {
    if (message.contains("nesting depth")) {
      return "nested more than " + MAX_NESTING + " levels deep (a report has six)";
    }
    if (message.contains("String value length")) {
      return "a string longer than " + MAX_STRING + " characters";
    }
    if (message.contains("Number value length")) {
      return "a number longer than " + MAX_NUMBER_LENGTH + " digits";
    }
    return firstLine(message);
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "an integer";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  private static String names(Collection<Object> names) {
    return names == null ? "" : names.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      s.append('/');
      if (ref.getFieldName() != null) {
        s.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        s.append(ref.getIndex());
      }
    }
    return s.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return ReaderWords.plain((end < 0 ? message : message.substring(0, end)).trim());
  }

  /** Cells: a number, {@code null} for blank, {@code "/"} for not applicable, other text kept as text. */
  private static final class CellSerializer extends StdSerializer<Cell> {
    CellSerializer() {
      super(Cell.class);
    }

    @Override
    public void serialize(Cell cell, JsonGenerator gen, com.fasterxml.jackson.databind.SerializerProvider p)
        throws IOException {
      writeCell(gen, cell);
    }
  }

  static void writeCell(JsonGenerator gen, Cell cell) throws IOException {
    if (cell instanceof Cell.Value v && !org.nianbao.internal.Limits.fitsNumberLength(v.number())) {
      // written plainly it would pass the number length limit (or take gigabytes): kept as its text,
      // which check reads back as the invalid cell it is
      gen.writeString(v.number().toString());
    } else if (cell instanceof Cell.Value v) {
      gen.writeNumber(v.number());
    } else if (cell instanceof Cell.Blank) {
      gen.writeNull();
    } else if (cell instanceof Cell.NotApplicable) {
      gen.writeString(Cell.NOT_APPLICABLE_MARK);
    } else {
      gen.writeString(((Cell.Unreadable) cell).text());
    }
  }

  private static final class CellDeserializer extends StdDeserializer<Cell> {
    CellDeserializer() {
      super(Cell.class);
    }

    @Override
    public Cell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
        return number(p.getText());
      }
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText();
        return Cell.NOT_APPLICABLE_MARK.equals(text) ? Cell.NOT_APPLICABLE : Cell.unreadable(text);
      }
      return (Cell) ctxt.reportInputMismatch(this,
          "a cell is a number, null (blank) or \"/\" (not applicable), not %s", describe(token));
    }

    /**
     * A number as written, converted only when it fits the number length limit written plainly:
     * {@code 1e999999999} is 11 characters that would be a billion digits. Past the limit it is kept
     * as its text, a cell.invalid finding, as text in a cell that is not a number is.
     */
    private static Cell number(String literal) {
      BigDecimal n;
      try {
        n = new BigDecimal(literal); // an exponent past an int is refused here, before any digit exists
      } catch (NumberFormatException e) {
        return Cell.unreadable(literal);
      }
      return org.nianbao.internal.Limits.fitsNumberLength(n) ? Cell.of(n) : Cell.unreadable(literal);
    }

    @Override
    public Cell getNullValue(DeserializationContext ctxt) {
      return Cell.BLANK;
    }

    /** A missing cell is not a blank one: it stays missing, and the report says which. */
    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "a number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  /** The record of an edition-dependent part is chosen by the report's edition, read first. */
  private static final class EditionShapeDeserializer<T> extends StdDeserializer<T> {
    private final Class<? extends T> edition2019;
    private final Class<? extends T> edition2021;

    EditionShapeDeserializer(Class<T> type, Class<? extends T> edition2019, Class<? extends T> edition2021) {
      super(type);
      this.edition2019 = edition2019;
      this.edition2021 = edition2021;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Edition edition = (Edition) ctxt.getAttribute(EDITION);
      Class<? extends T> shape = edition == Edition.E2019 ? edition2019 : edition2021;
      return ctxt.readValue(p, shape);
    }
  }

  /**
   * The report object. Its scalars are read strictly here; the tables are read once the edition
   * is known (a table that comes before {@code edition} is buffered until then).
   */
  private static final class ReportDeserializer extends StdDeserializer<Report> {
    private static final List<String> FIELDS = List.of(
        "unit", "year", "edition", "activeDisclosure", "applications", "reviewLitigation", "narrative");

    ReportDeserializer() {
      super(Report.class);
    }

    @Override
    public Report deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        return (Report) ctxt.reportInputMismatch(this, "a report is a JSON object, not %s",
            describe(p.currentToken()));
      }
      String unit = null;
      Integer year = null;
      Edition edition = null;
      Object[] tables = new Object[3];
      TokenBuffer[] buffered = new TokenBuffer[3];
      Narrative narrative = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        if (!FIELDS.contains(name)) {
          throw UnrecognizedPropertyException.from(p, Report.class, name, List.copyOf(FIELDS));
        }
        JsonToken token = p.nextToken();
        try {
          switch (name) {
            case "unit" -> unit = readUnit(p, ctxt, token);
            case "year" -> year = readYear(p, ctxt, token);
            case "edition" -> edition = readEdition(p, ctxt, token);
            case "activeDisclosure", "applications", "reviewLitigation" -> {
              int i = FIELDS.indexOf(name) - 3;
              if (edition == null) {
                buffered[i] = ctxt.bufferAsCopyOfValue(p);
              } else {
                tables[i] = readTable(p, ctxt, edition, i);
              }
            }
            default -> narrative = ctxt.readValue(p, Narrative.class);
          }
        } catch (JsonMappingException e) {
          throw JsonMappingException.wrapWithPath(e, Report.class, name);
        }
      }
      String missing = unit == null ? "unit" : year == null ? "year" : edition == null ? "edition" : null;
      if (missing != null) {
        return (Report) ctxt.reportInputMismatch(this, "missing field \"%s\" at the top level", missing);
      }
      for (int i = 0; i < 3; i++) {
        if (buffered[i] != null) {
          try (JsonParser bp = buffered[i].asParser(p.getCodec())) {
            bp.nextToken();
            tables[i] = readTable(bp, ctxt, edition, i);
          } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, Report.class, FIELDS.get(i + 3));
          }
        }
      }
      try {
        return new Report(unit, year, edition, (ActiveDisclosure) tables[0], (Applications) tables[1],
            (ReviewLitigation) tables[2], narrative);
      } catch (NullPointerException e) {
        // the model names the missing part by its pointer: "/applications/outcomes is missing"
        return (Report) ctxt.reportInputMismatch(this, "missing field %s (absent or null)",
            e.getMessage().replace(" is missing", ""));
      } catch (IllegalArgumentException e) {
        return (Report) ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    private static Object readTable(JsonParser p, DeserializationContext ctxt, Edition edition, int i)
        throws IOException {
      ctxt.setAttribute(EDITION, edition);
      Class<?> type = switch (i) {
        case 0 -> ActiveDisclosure.class;
        case 1 -> Applications.class;
        default -> ReviewLitigation.class;
      };
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(type, "a table is a JSON object, not %s", describe(p.currentToken()));
      }
      return ctxt.readValue(p, type);
    }

    private String readUnit(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
      // "" is a body the text did not name (an excerpt without its title: doc.title says so)
      if (token != JsonToken.VALUE_STRING || !p.getText().isEmpty() && p.getText().isBlank()) {
        return (String) ctxt.reportInputMismatch(String.class,
            "\"unit\" is the issuing body's name, a string (empty when the text names none), not %s",
            token == JsonToken.VALUE_STRING ? "white space" : describe(token));
      }
      return p.getText();
    }

    private Integer readYear(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
      if (token != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
        return (Integer) ctxt.reportInputMismatch(Integer.class, "\"year\" is an integer, not %s",
            token == JsonToken.VALUE_NUMBER_INT ? "a number that large" : describe(token));
      }
      int year = p.getIntValue();
      // 0 is a year the text did not state
      if (year != 0 && (year < 2008 || year > 2100)) {
        return (Integer) ctxt.reportInputMismatch(Integer.class,
            "\"year\" %d is outside 2008–2100 (the regulations date from 2008; 0 when the text states none)", year);
      }
      return year;
    }

    private Edition readEdition(JsonParser p, DeserializationContext ctxt, JsonToken token) throws IOException {
      String id = token == JsonToken.VALUE_STRING ? p.getText() : null;
      Edition edition = id == null ? null : Edition.fromId(id).orElse(null);
      if (edition == null) {
        return (Edition) ctxt.reportInputMismatch(Edition.class,
            "\"edition\" is \"2019\" or \"2021\", not %s", id == null ? describe(token) : "\"" + id + "\"");
      }
      return edition;
    }
  }
}
