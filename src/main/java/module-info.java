/**
 * Validates Chinese government information-disclosure annual reports (政府信息公开工作年度报告).
 * The API is the package {@link org.nianbao}; everything else is internal.
 */
// PDFBox has no descriptor, but declares a stable Automatic-Module-Name in its manifest
@SuppressWarnings("requires-automatic")
module org.nianbao {
  exports org.nianbao;

  // Report carries Jackson annotations and Bean Validation constraints: an embedder needs both APIs
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;

  // Optional: Hibernate Validator, which carries the rule id as dynamic payload when it is the
  // provider; the command line; Word, HTML and PDF, each loaded only when such a file is read.
  // (opencc4j, for traditional characters, is looked up by name: see internal.text.Simplified.)
  requires static org.hibernate.validator;
  requires static info.picocli;
  requires static org.apache.poi.ooxml;
  requires static org.apache.poi.poi;
  requires static org.jsoup;
  requires static org.apache.pdfbox;
  requires static org.apache.pdfbox.io;
  // batch --db/--parquet and query talk to DuckDB through JDBC; its driver is looked up by name when asked for
  requires java.sql;
  // nianbao serve: the JDK's own HTTP server, part of every JDK, so no dependency is added
  requires jdk.httpserver;

  // Report names its JSON (de)serializers, which Jackson instantiates
  opens org.nianbao.internal.json to com.fasterxml.jackson.databind;
  // Hibernate Validator reads the constraints' cells from the records' private fields, and
  // instantiates the constraint validators it finds through the service below
  opens org.nianbao to org.hibernate.validator;
  opens org.nianbao.internal.rules to org.hibernate.validator;
  // picocli reads the command line's options from its annotated fields, for `java -m org.nianbao/org.nianbao.cli.Main`
  opens org.nianbao.cli to info.picocli;

  provides jakarta.validation.ConstraintValidator with
      org.nianbao.internal.rules.CellConstraintValidators.CountValidator,
      org.nianbao.internal.rules.CellConstraintValidators.ChangeValidator,
      org.nianbao.internal.rules.CellConstraintValidators.AmountValidator,
      org.nianbao.internal.rules.ReportConstraintValidator;
}
