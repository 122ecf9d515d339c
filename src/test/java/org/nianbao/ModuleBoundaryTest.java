package org.nianbao;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nianbao is the named module {@code org.nianbao}, which exports {@code org.nianbao} alone: a module
 * that requires it compiles against the API and sees neither the internals nor the command line.
 * On the module path, that module reads and validates reports, binds them with a plain Jackson
 * {@code ObjectMapper} and validates them with Hibernate Validator, whose reflection nianbao opens
 * its packages to, and nothing else.
 *
 * <p>The test suite itself runs on the class path; here a consumer module is compiled with javac
 * against {@code target/classes} and the dependency jars, and run in a forked JVM.
 */
class ModuleBoundaryTest {
  /** The module as built: {@code target/classes}, where {@code module-info.class} is. */
  private static final Path MODULE = classesOf(Report.class);

  /** The jars a consumer that binds and validates reports puts on its module path, by artifact. */
  private static final List<String> CONSUMER_JARS = List.of("jackson-databind", "jackson-core",
      "jackson-annotations", "jakarta.validation-api", "hibernate-validator", "jboss-logging", "classmate",
      "expressly", "jakarta.el-api");

  private static final String CONSUMER_MODULE = """
      module org.example.consumer {
        requires org.nianbao;
        requires static org.hibernate.validator;
        // the holder's field, read by Hibernate Validator
        opens org.example.consumer to org.hibernate.validator;
      }
      """;

  /** Uses the API as an embedder would; prints one line per fact the test checks. */
  private static final String CONSUMER = """
      package org.example.consumer;

      import com.fasterxml.jackson.databind.ObjectMapper;
      import jakarta.validation.ConstraintViolation;
      import jakarta.validation.Valid;
      import jakarta.validation.Validation;
      import jakarta.validation.Validator;
      import jakarta.validation.ValidatorFactory;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.util.Locale;
      import java.util.TreeSet;
      import org.hibernate.validator.HibernateValidator;
      import org.hibernate.validator.engine.HibernateConstraintViolation;
      import org.nianbao.Cell;
      import org.nianbao.Finding;
      import org.nianbao.Report;
      import org.nianbao.ReportValidator;
      import org.nianbao.Reports;
      import org.nianbao.ValidationResult;

      public class Main {
        record Upload(@Valid Report report) {}

        public static void main(String[] args) throws Exception {
          ReportValidator validator = ReportValidator.create();
          Report json = Reports.load(Path.of(args[0])).report();
          ValidationResult fromJson = validator.validate(json);
          System.out.println("json " + json.unit() + " " + json.year() + " valid=" + fromJson.isValid()
              + " findings=" + fromJson.findings().size());
          Report text = Reports.load(Path.of(args[1])).report();
          ValidationResult fromText = validator.validate(Reports.load(Path.of(args[1])));
          System.out.println("text " + text.unit() + " " + text.year() + " valid=" + fromText.isValid()
              + " findings=" + fromText.findings().size());

          ObjectMapper mapper = new ObjectMapper();
          Report bound = mapper.readValue(mapper.writeValueAsString(json), Report.class);
          System.out.println("jackson equal=" + bound.equals(json));

          try {
            Class.forName("org.nianbao.internal.json.ReportJson").getField("MAPPER").get(null);
            System.out.println("internal reachable");
          } catch (IllegalAccessException expected) {
            System.out.println("internal " + expected.getClass().getSimpleName());
          }

          Report wrong = json.with("/applications/newRequests/total", Cell.of(3120));
          String negative = Files.readString(Path.of(args[0]))
              .replaceFirst("\\"naturalPerson\\"\\\\s*:\\\\s*\\\\d+", "\\"naturalPerson\\": -1");
          Report badCell = mapper.readValue(negative, Report.class);
          for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale).buildValidatorFactory()) {
              Validator beans = factory.getValidator();
              TreeSet<String> lines = new TreeSet<>();
              for (ConstraintViolation<Upload> violation : beans.validate(new Upload(wrong))) {
                HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
                Finding finding = hibernate.getDynamicPayload(Finding.class);
                lines.add("rule " + locale + " " + violation.getPropertyPath() + " " + finding.rule().id() + " "
                    + violation.getMessage());
              }
              lines.forEach(System.out::println);
              for (ConstraintViolation<Upload> violation : beans.validate(new Upload(badCell))) {
                if (violation.getConstraintDescriptor().getAnnotation() instanceof org.nianbao.Count) {
                  System.out.println("count " + locale + " " + violation.getPropertyPath() + " " + violation.getMessage());
                }
              }
            }
          }
        }
      }
      """;

  @TempDir
  Path dir;

  @Test
  void theModuleExportsTheApiAloneAndOpensPackagesOnlyToJacksonHibernateValidatorAndPicocli() {
    ModuleDescriptor module = ModuleFinder.of(MODULE).find("org.nianbao").orElseThrow().descriptor();
    assertThat(module.isOpen()).isFalse();
    assertThat(module.exports()).map(ModuleBoundaryTest::describe).containsExactly("org.nianbao");
    assertThat(module.opens()).map(ModuleBoundaryTest::describe).containsExactlyInAnyOrder(
        "org.nianbao to [org.hibernate.validator]",
        "org.nianbao.internal.json to [com.fasterxml.jackson.databind]",
        "org.nianbao.internal.rules to [org.hibernate.validator]",
        "org.nianbao.cli to [info.picocli]");
  }

  @Test
  void theModuleRequiresTheJdksHttpServerAndTheReadersOnlyOptionally() {
    ModuleDescriptor module = ModuleFinder.of(MODULE).find("org.nianbao").orElseThrow().descriptor();
    assertThat(module.requires()).filteredOn(r -> !r.name().equals("java.base"))
        .map(r -> (r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC) ? "static "
            : r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE) ? "transitive " : "") + r.name())
        .containsExactlyInAnyOrder("transitive com.fasterxml.jackson.databind", "transitive jakarta.validation",
            "static org.hibernate.validator", "static info.picocli", "static org.apache.poi.ooxml",
            "static org.apache.poi.poi", "static org.jsoup", "static org.apache.pdfbox", "static org.apache.pdfbox.io",
            // nianbao serve: part of every JDK, so no dependency to leave out
            "jdk.httpserver",
            // batch --db/--parquet and query: JDBC, part of every JDK; DuckDB's driver is looked up by name
            "java.sql");
  }

  @Test
  void noPublicAnnotationNamesAnInternalValidator() {
    for (Class<?> annotation : List.of(Count.class, Change.class, Amount.class, ValidReport.class)) {
      assertThat(annotation.getAnnotation(Constraint.class).validatedBy()).as(annotation.getName()).isEmpty();
    }
  }

  @Test
  void aConsumerModuleCompilesAgainstTheApi() throws IOException {
    assertThat(compileConsumer(Map.of("module-info.java", CONSUMER_MODULE, "org/example/consumer/Main.java", CONSUMER)))
        .isEmpty();
  }

  @Test
  void noPackageButTheApiIsVisibleToAConsumerModule() throws IOException {
    Set<String> hidden = new TreeSet<>(ModuleFinder.of(MODULE).find("org.nianbao").orElseThrow()
        .descriptor().packages());
    hidden.remove("org.nianbao");
    // org.nianbao.web holds the clerk's page's files, no classes: nothing to import
    hidden.removeIf(p -> !hasClasses(MODULE.resolve(p.replace('.', '/'))));
    assertThat(hidden).contains("org.nianbao.cli", "org.nianbao.internal", "org.nianbao.internal.json",
        "org.nianbao.internal.rules", "org.nianbao.internal.text");
    String imports = hidden.stream().map(p -> "import " + p + ".*;\n").collect(Collectors.joining());

    String errors = compileConsumer(Map.of("module-info.java", CONSUMER_MODULE,
        "org/example/consumer/Main.java", "package org.example.consumer;\n" + imports + "class Main {}\n"));

    Set<String> notVisible = new TreeSet<>();
    Matcher error = Pattern.compile("error: package ([\\w.]+) is not visible").matcher(errors);
    while (error.find()) {
      notVisible.add(error.group(1));
      assertThat(errors).contains("(package " + error.group(1)
          + " is declared in module org.nianbao, which does not export it)");
    }
    assertThat(notVisible).isEqualTo(hidden);
    assertThat(errors).contains(hidden.size() + " errors");
  }

  @Test
  void aConsumerModuleReadsValidatesBindsAndValidatesBeansOnTheModulePath() throws Exception {
    assertThat(compileConsumer(Map.of("module-info.java", CONSUMER_MODULE,
        "org/example/consumer/Main.java", CONSUMER))).isEmpty();
    List<String> modulePath = modulePath();
    modulePath.add(dir.resolve("out").toString());

    Run run = java("--module-path", String.join(File.pathSeparator, modulePath),
        // Hibernate Validator comes in as the provider Bean Validation uses; its optional EL does not
        "--add-modules", "jakarta.el,org.glassfish.expressly",
        "--module", "org.example.consumer/org.example.consumer.Main",
        "examples/huaian-2024.json", "examples/xingjing-2020.txt");

    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.status()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(0, 4)).containsExactly(
        "json 淮安市人民政府 2024 valid=true findings=0",
        "text 银川市西夏区兴泾镇人民政府 2020 valid=true findings=0",
        "jackson equal=true",
        "internal IllegalAccessException");
    // 3120 new applications where the six applicant columns add up to 3119: the row total names the
    // total and its six columns; the balance (new + carried over = concluded + carried forward) its
    // four totals, the new requests' among them
    List<String> cells = List.of(
        "applications.carriedForward.total t3.balance",
        "applications.carriedOver.total t3.balance",
        "applications.newRequests.commercialEnterprise t3.row_total",
        "applications.newRequests.legalServiceOrganization t3.row_total",
        "applications.newRequests.naturalPerson t3.row_total",
        "applications.newRequests.otherOrganization t3.row_total",
        "applications.newRequests.publicInterestOrganization t3.row_total",
        "applications.newRequests.researchInstitution t3.row_total",
        "applications.newRequests.total t3.balance",
        "applications.newRequests.total t3.row_total",
        "applications.outcomes.total.total t3.balance");
    for (String language : List.of("en", "zh")) {
      String prefix = "rule " + language + " report.";
      assertThat(lines).filteredOn(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).split(" "))
          .map(words -> words[0] + " " + words[1]).containsExactlyElementsOf(cells);
    }
    assertThat(lines).anyMatch(l -> l.startsWith("rule en report.applications.newRequests.total t3.row_total ")
        && l.contains("the total is 3120, but the applicant columns add up to 3119"));
    assertThat(lines).anyMatch(l -> l.startsWith("rule zh report.applications.newRequests.total t3.row_total ")
        && l.contains("3120") && l.contains("3119") && !l.contains("the total"));
    // the cells' own constraint, with its message from the bundles at the root of the jar
    assertThat(lines).filteredOn(l -> l.startsWith("count ")).containsExactly(
        "count en report.applications.newRequests.naturalPerson " + countMessage("en"),
        "count zh report.applications.newRequests.naturalPerson " + countMessage("zh"));
  }

  @Test
  void theCommandLineRunsOnTheModulePath() throws Exception {
    List<String> modulePath = new ArrayList<>(List.of(MODULE.toString()));
    modulePath.addAll(jars(List.of("picocli", "jackson-databind", "jackson-core", "jackson-annotations",
        "jakarta.validation-api")));
    Run run = java("--module-path", String.join(File.pathSeparator, modulePath), "--add-modules", "info.picocli",
        "--module", "org.nianbao/org.nianbao.cli.Main", "check", "--lang", "en", "examples/xingjing-2020.txt");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("examples/xingjing-2020.txt").contains("银川市西夏区兴泾镇人民政府");
  }

  private static String countMessage(String language) {
    return language.equals("en")
        ? "must be a count: a whole number, zero or more; \"/\" where it does not apply"
        : "应为数量：零或正整数；不适用的填“/”";
  }

  private static String describe(ModuleDescriptor.Exports exports) {
    return exports.source() + (exports.isQualified() ? " to " + new TreeSet<>(exports.targets()) : "");
  }

  private static String describe(ModuleDescriptor.Opens opens) {
    return opens.source() + (opens.isQualified() ? " to " + new TreeSet<>(opens.targets()) : "");
  }

  /** Compiles a consumer module into {@code dir/out}; what javac reports, empty when it compiled. */
  private String compileConsumer(Map<String, String> sources) throws IOException {
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8",
        "-d", dir.resolve("out").toString(), "--module-path", String.join(File.pathSeparator, modulePath()),
        // not this JVM's class path, which javac would take by default, with the test classes' packages
        "--class-path", Files.createDirectories(dir.resolve("no-classes")).toString()));
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = dir.resolve("src").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      arguments.add(Files.writeString(file, source.getValue()).toString());
    }
    // javac through java.util.spi.ToolProvider: the tests compile into nianbao's module, which does
    // not read java.compiler
    StringWriter report = new StringWriter();
    try (PrintWriter writer = new PrintWriter(report)) {
      ToolProvider.findFirst("javac").orElseThrow().run(writer, writer, arguments.toArray(String[]::new));
    }
    return report.toString();
  }

  private static List<String> modulePath() {
    List<String> modulePath = new ArrayList<>(List.of(MODULE.toString()));
    modulePath.addAll(jars(CONSUMER_JARS));
    return modulePath;
  }

  /** The class-path entries of these artifacts, e.g. {@code jackson-core}: one jar each. */
  private static List<String> jars(List<String> artifacts) {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    List<String> jars = new ArrayList<>();
    for (String artifact : artifacts) {
      List<String> found = classPath.stream()
          .filter(entry -> entry.replace('\\', '/').contains("/" + artifact + "/") && entry.endsWith(".jar")).toList();
      assertThat(found).as(artifact).hasSize(1);
      jars.addAll(found);
    }
    return jars;
  }

  private static boolean hasClasses(Path packageDirectory) {
    try (var files = Files.list(packageDirectory)) {
      return files.anyMatch(f -> f.toString().endsWith(".class"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path classesOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Run(int status, String out, String err) {}

  private static Run java(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US"));
    command.addAll(Arrays.asList(arguments));
    Process process = new ProcessBuilder(command).start();
    // both streams are small (a few dozen lines): read one after the other
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, err);
  }
}
