package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.Report;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.ReportValidator;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.Reports;
import org.nianbao.Severity;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.ValidationResult;
import org.nianbao.internal.json.FindingsJson;
import org.nianbao.internal.text.ReportHeading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks reports and prints their findings.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json }

  /** {@code --fail-on}: the least severe finding that makes the exit status 1. */
  enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), never(null);

    final Severity threshold;

    FailOn(Severity threshold) {
      this.threshold = threshold;
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Report files: canonical JSON, text, Word (.docx), web pages (.html) or PDF;"
      + " - reads standard input.")
  List<Path> files;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--previous", paramLabel = "FILE",
      description = {"The same body's report of the year before; enables the prev.* rules.",
          "Without it, reports of one body for consecutive years among the FILEs are linked."})
  Path previous;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "error, warning or never: the least severe finding that makes the exit status 1"
          + " (default: ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = {"-v", "--verbose"}, description = "List every cell of every finding.")
  boolean verbose;

  @Option(names = "--unit", paramLabel = "NAME",
      description = "The issuing body, for a report whose text does not name it (an excerpt without its title).")
  String unit;

  @Option(names = "--year", paramLabel = "YEAR",
      description = "The report year, for a report whose text does not state it.")
  Integer year;

  @Option(names = "--disable", paramLabel = "RULE", converter = RuleIds.RuleConverter.class,
      description = "Leave a rule out, by its id (repeatable; nianbao rules lists them), e.g. --disable text.fee.")
  List<Rule> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      converter = {RuleIds.RuleConverter.class, RuleIds.SeverityConverter.class},
      description = "Give a rule's findings another severity: error, warning or info (repeatable),"
          + " e.g. --severity text.breakdown=warning.")
  java.util.Map<Rule, Severity> severities = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportValidator.Builder configuration = ReportValidator.builder().locale(language.locale);
    disabled.forEach(configuration::disable);
    severities.forEach(configuration::severity);
    ReportValidator validator = configuration.build();
    Report lastYear = null;
    if (previous != null) {
      try {
        lastYear = Reports.load(previous).report();
      } catch (ReportReadException e) {
        err.println("nianbao: " + Main.oneLine(e.getMessage()));
        return Main.USAGE_OR_INPUT;
      }
    }
    boolean unreadable = false;
    boolean failing = false;
    // read every input first: reports of the same body in consecutive years check each other
    List<ReportDocument> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        documents.add(Main.load(file).withDefaults(unit, year));
      } catch (ReportReadException e) {
        err.println("nianbao: " + Main.oneLine(e.getMessage()));
        unreadable = true;
        documents.add(null);
      }
    }
    java.util.Map<String, ReportDocument> byBodyAndYear = new java.util.HashMap<>();
    for (ReportDocument d : documents) {
      if (d != null && !d.report().unit().isEmpty() && d.report().year() != 0) {
        byBodyAndYear.putIfAbsent(ReportHeading.normalize(d.report().unit()) + "/" + d.report().year(), d);
      }
    }
    List<FindingsJson.Entry> entries = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ReportDocument document = documents.get(i);
      if (document == null) {
        continue;
      }
      Path file = files.get(i);
      Report previousReport = lastYear;
      String previousSource = previous == null ? null : previous.toString();
      if (previousReport == null && !document.report().unit().isEmpty()) {
        ReportDocument linked = byBodyAndYear.get(ReportHeading.normalize(document.report().unit()) + "/" + (document.report().year() - 1));
        if (linked != null) {
          previousReport = linked.report();
          previousSource = linked.source();
        }
      }
      ValidationResult result;
      try {
        result = previousReport == null ? validator.validate(document) : validator.validate(document, previousReport);
      } catch (IllegalArgumentException e) {
        err.println("nianbao: " + Main.oneLine(file + ": --previous " + previous + ": " + e.getMessage()));
        unreadable = true;
        continue;
      } catch (TimeLimitExceededException e) {
        err.println("nianbao: " + Main.oneLine(e.getMessage()));
        unreadable = true;
        continue;
      }
      failing |= failOn.threshold != null && result.hasAtLeast(failOn.threshold);
      FindingsJson.Entry entry = new FindingsJson.Entry(file.toString(), previousSource, result);
      if (format == Format.text) {
        new TextOutput(out, language.locale, verbose).print(entry);
      }
      entries.add(entry);
    }
    if (format == Format.json && !entries.isEmpty()) {
      out.print(FindingsJson.write(entries, files.size() > 1));
    }
    out.flush();
    return unreadable ? Main.USAGE_OR_INPUT : failing ? Main.FINDINGS : Main.OK;
  }
}
