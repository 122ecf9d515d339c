package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nianbao.ReportBatch;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.Reports;
import org.nianbao.Severity;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.ValidationResult;
import org.nianbao.internal.html.HtmlReport;
import org.nianbao.internal.json.FindingsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks reports and prints their findings.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json, html }

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

  @Option(names = "--format", defaultValue = "text", description = {"text, json or html (default: ${DEFAULT-VALUE}).",
          "html: one self-contained page (no script, fit to print on A4); several FILEs give one page, a part per file."})
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

  @Mixin
  RuleOptions rules;

  @Override
  public Integer call() {
    return check(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The check these options ask for, with or without picocli ({@link QuickCheck}); returns the exit status. */
  int check(PrintWriter out, PrintWriter err) {
    ReportBatch.Builder batch = ReportBatch.builder().validator(rules.validator(language.locale));
    ReportDocument lastYear = null;
    if (previous != null) {
      try {
        lastYear = Reports.load(previous);
      } catch (ReportReadException e) {
        err.println("nianbao: " + Main.oneLine(e.getMessage()));
        return Main.USAGE_OR_INPUT;
      }
    }
    boolean unreadable = false;
    // every input is read before any is checked: reports of one body for consecutive years are linked
    for (Path file : files) {
      try {
        ReportDocument document = Main.load(file).withDefaults(unit, year);
        if (lastYear == null) {
          batch.add(document);
        } else {
          batch.add(document, lastYear);
        }
      } catch (ReportReadException e) {
        err.println("nianbao: " + Main.oneLine(e.getMessage()));
        unreadable = true;
      } catch (IllegalArgumentException e) {
        err.println("nianbao: " + Main.oneLine(file + ": --previous " + previous + ": " + e.getMessage()));
        unreadable = true;
      }
    }
    boolean failing = false;
    List<FindingsJson.Entry> entries = new ArrayList<>();
    for (ReportBatch.Outcome outcome : batch.build().check()) {
      Exception failure = outcome.failure();
      if (failure instanceof TimeLimitExceededException) {
        err.println("nianbao: " + Main.oneLine(failure.getMessage()));
        unreadable = true;
        continue;
      } else if (failure instanceof RuntimeException bug) {
        throw bug; // a fault of ours: one line from Main, as for any other
      }
      ValidationResult result = outcome.result();
      failing |= failOn.threshold != null && result.hasAtLeast(failOn.threshold);
      FindingsJson.Entry entry = new FindingsJson.Entry(outcome.source(), outcome.previousYearSource(),
          result);
      if (format == Format.text) {
        new TextOutput(out, language.locale, verbose).print(entry);
      }
      entries.add(entry);
    }
    if (format == Format.json && !entries.isEmpty()) {
      out.print(FindingsJson.write(entries, files.size() > 1));
    }
    if (format == Format.html && !entries.isEmpty()) {
      out.print(HtmlReport.document(entries, language.locale));
    }
    out.flush();
    return unreadable ? Main.USAGE_OR_INPUT : failing ? Main.FINDINGS : Main.OK;
  }
}
