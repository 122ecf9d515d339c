package org.nianbao.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.nianbao.Report;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;
import org.nianbao.ValidationResult;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.testing.DocxRendering;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of checking one report, against what a team would do without nianbao: (a) read its
 * canonical JSON with Jackson, (b) check that JSON against the schema with networknt, (c) run
 * plain Jakarta Bean Validation over the model; then nianbao's (d) full rule check of the parsed
 * model, (e) text to findings and (f) Word document to findings. Per report of each edition.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReportBenchmarks {
  @Param({"xingjing-2020", "huaian-2024"})
  public String example;

  private byte[] json;
  private String text;
  private Path docx;
  private Report report;
  private Schema schema;
  private JsonNode tree;
  private ValidatorFactory factory;
  private Validator beanValidator;
  private final ReportValidator validator = ReportValidator.create();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path examples = Path.of("examples");
    json = Files.readAllBytes(examples.resolve(example + ".json"));
    text = Files.readString(examples.resolve(example + ".txt"), StandardCharsets.UTF_8);
    report = Reports.readJson(new String(json, StandardCharsets.UTF_8), example);
    docx = Files.createTempFile(example, ".docx");
    Files.write(docx, DocxRendering.render(report));
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("schema", "report.schema.json")));
    tree = ReportJson.MAPPER.readTree(json);
    factory = Validation.buildDefaultValidatorFactory();
    beanValidator = factory.getValidator();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    factory.close();
    Files.deleteIfExists(docx);
  }

  @Benchmark
  public JsonNode a_jacksonRead() throws Exception {
    return ReportJson.MAPPER.readTree(json);
  }

  @Benchmark
  public Object b_schemaValidation() {
    return schema.validate(tree);
  }

  /** The model's own constraints (its cells' @Count, @Change, @Amount), without nianbao's rules. */
  @Benchmark
  public Set<?> c_beanValidation() {
    Set<?> a = beanValidator.validate(report.applications());
    Set<?> b = beanValidator.validate(report.reviewLitigation());
    Set<?> c = beanValidator.validate(report.activeDisclosure());
    return a.isEmpty() && b.isEmpty() ? c : a;
  }

  @Benchmark
  public ValidationResult d_nianbaoRules() {
    return validator.validate(report);
  }

  @Benchmark
  public ValidationResult e_textToFindings() throws Exception {
    return validator.validate(Reports.load(text, example + ".txt"));
  }

  @Benchmark
  public ValidationResult f_docxToFindings() throws Exception {
    return validator.validate(Reports.load(docx));
  }
}
