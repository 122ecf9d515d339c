package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.Rule;
import org.nianbao.internal.Messages;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.internal.json.ReportJson;
import org.nianbao.internal.output.HtmlFolder;
import org.nianbao.internal.output.LineFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Checks every report found under folders (recursively, any supported format) and files,",
        "in parallel; links a body's reports of consecutive years (prev.*) and compares peers (batch.*)."})
final class BatchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Folders to search and files to check.")
  List<Path> inputs;

  @Option(names = "--jsonl", paramLabel = "FILE", description = "Write one JSON line per report (the check --format json object).")
  Path jsonl;

  @Option(names = "--html", paramLabel = "DIR",
      description = {"Write one HTML report per input into DIR (made if missing; outside the inputs):",
          "the input's file name and .html, -2, -3 … added for inputs of one name from different folders;",
          "and DIR/index.html, the dashboard linking to them."})
  Path html;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = {"Findings already reviewed and accepted (schema/baseline.schema.json): shown as reviewed",
          "(已复核), outside the exit status and the error and warning counts."})
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "FILE",
      description = "Write every finding of this batch as an accepted one, with an empty note to fill in.")
  Path writeBaseline;

  @Option(names = "--format", defaultValue = "text", description = "The summary: text or json (default: ${DEFAULT-VALUE}).")
  CheckCommand.Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  Language language;

  /** More threads than this only queue for the same cores and cost memory: 4 × the cores. */
  static int maxThreads() {
    return 4 * Runtime.getRuntime().availableProcessors();
  }

  private Integer threads;

  @Option(names = "--threads", paramLabel = "N",
      description = "Reports read at once: 1 to 4 × the number of cores (default: the number of cores).")
  void threads(int n) {
    int max = maxThreads();
    if (n < 1 || n > max) {
      throw new ParameterException(spec.commandLine(), "--threads must be from 1 to " + max + " (4 × "
          + Runtime.getRuntime().availableProcessors() + " cores, the limit on threads), not " + n);
    }
    threads = n;
  }

  @Option(names = "--fail-on", defaultValue = "error",
      description = "error, warning or never: a report with a finding this severe, or an unreadable file, makes the"
          + " exit status 1 (default: ${DEFAULT-VALUE}).")
  CheckCommand.FailOn failOn;

  @Mixin
  RuleOptions rules;

  @Mixin
  FactsOptions data;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format == CheckCommand.Format.html) {
      err.println("nianbao: batch --format is text or json (the summary); --html DIR writes an HTML report per input");
      return Main.USAGE_OR_INPUT;
    }
    LineFile lines = null;
    if (jsonl != null) {
      // before anything is read: an output that is an input would be emptied before it is checked
      String clash = clash(jsonl, inputs);
      if (clash != null) {
        err.println("nianbao: --jsonl " + Main.oneLine(jsonl.toString()) + ": " + clash + "; choose a file elsewhere");
        return Main.USAGE_OR_INPUT;
      }
      try {
        lines = LineFile.create(jsonl);
      } catch (IOException e) {
        err.println("nianbao: --jsonl " + Main.oneLine(jsonl.toString()) + ": " + Main.oneLine(e.getMessage()));
        return Main.USAGE_OR_INPUT;
      }
    }
    Review review;
    try {
      review = Review.open(baseline, writeBaseline, inputs);
    } catch (IOException e) {
      err.println("nianbao: " + Main.oneLine(e.getMessage()));
      return Main.USAGE_OR_INPUT;
    }
    String dataError = data.open(inputs, language.locale, review.accepted());
    if (dataError != null) {
      if (lines != null) {
        lines.abandon();
      }
      review.close();
      err.println("nianbao: " + dataError);
      return Main.USAGE_OR_INPUT;
    }
    LineFile output = lines;
    Review reviewing = review;
    Thread interrupted = new Thread(() -> {
      data.abandon(err);
      reviewing.abandon(err);
      err.flush();
      if (output != null && output.abandon()) {
        err.println("nianbao: interrupted; " + Main.oneLine(output.target().toString()) + " left as it was"
            + (output.lines() == 0 || output.partial() == null ? ""
                : ", the " + output.lines() + " reports finished are in " + Main.oneLine(output.partial().toString())));
        err.flush();
      }
    }, "nianbao-interrupted");
    boolean hooked = output != null || data.any() || review.written() != null;
    if (hooked) {
      Runtime.getRuntime().addShutdownHook(interrupted);
    }
    try (LineFile closing = output; Review closingReview = review) {
      BatchRun.Found found = BatchRun.find(inputs);
      List<Path> files = found.files();
      HtmlFolder reports = null;
      if (html != null) {
        String clash = clash(html, inputs);
        try {
          if (clash != null) {
            throw new IOException(clash);
          }
          reports = HtmlFolder.create(html, files, language.locale);
        } catch (IOException e) {
          err.println("nianbao: --html " + Main.oneLine(html.toString()) + ": " + Main.oneLine(e.getMessage())
              + "; choose a folder elsewhere");
          return Main.USAGE_OR_INPUT;
        }
      }
      int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      BatchRun run = new BatchRun(new BatchRun.Options(cores, rules.validator(language.locale), output, reports,
          data.sinks())).review(review.accepted(), review.written());
      boolean terminal = System.console() != null;
      int total = 2 * files.size();
      BatchRun.Summary summary;
      try {
        summary = run.run(found, done -> {
          if (terminal && (done % 50 == 0 || done == total)) {
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) done * width / total);
            err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done / 2 + "/" + files.size());
            err.flush();
          }
        });
        if (output != null) {
          output.commit();
        }
        review.commit();
        String failed = data.commit();
        if (failed != null) {
          if (terminal) {
            err.println();
          }
          err.println("nianbao: " + failed);
          return Main.USAGE_OR_INPUT;
        }
      } catch (Review.WriteException | BatchRun.BaselineWriteException e) {
        if (terminal) {
          err.println();
        }
        err.println("nianbao: " + Main.oneLine(e instanceof Review.WriteException ? e.getMessage()
            : "--write-baseline " + writeBaseline + ": cannot be written: " + e.getMessage() + "; left as it was"));
        return Main.USAGE_OR_INPUT;
      } catch (BatchRun.SinkWriteException e) {
        if (terminal) {
          err.println();
        }
        err.println("nianbao: " + e.option() + ": cannot be written: " + Main.oneLine(e.getMessage()) + "; left as it was");
        return Main.USAGE_OR_INPUT;
      } catch (BatchRun.WorkFileException e) {
        if (terminal) {
          err.println();
        }
        err.println("nianbao: " + Main.oneLine(e.getMessage()) + "; the outputs are left as they were");
        return Main.USAGE_OR_INPUT;
      } catch (BatchRun.HtmlWriteException e) {
        if (terminal) {
          err.println();
        }
        err.println("nianbao: --html: cannot be written: " + Main.oneLine(e.getMessage())
            + "; the reports written before it are kept");
        return Main.USAGE_OR_INPUT;
      } catch (IOException e) {
        if (terminal) {
          err.println();
        }
        err.println("nianbao: --jsonl " + Main.oneLine(jsonl.toString()) + ": cannot be written: "
            + Main.oneLine(e.getMessage()) + "; left as it was");
        return Main.USAGE_OR_INPUT;
      }
      if (terminal) {
        err.println();
      }
      out.print(format == CheckCommand.Format.json ? json(summary) : text(summary));
      out.flush();
      boolean failing = !summary.unreadable().isEmpty()
          || failOn.threshold != null && summary.hasAtLeast(failOn.threshold);
      return failing ? Main.FINDINGS : Main.OK;
    } finally {
      data.abandon(); // nothing when committed; otherwise the run failed and the targets stay as they were
      if (hooked) {
        try {
          Runtime.getRuntime().removeShutdownHook(interrupted);
        } catch (IllegalStateException e) {
          // already shutting down: the hook is running and says what was kept
        }
      }
    }
  }

  /**
   * Why {@code output} must not be written, or null: it is one of the inputs, or lies in an input
   * folder (where the batch would read it, and where writing it could replace a report). Paths are
   * compared as the file system resolves them, links and {@code ..} included.
   */
  static String clash(Path output, List<Path> inputs) throws IOException {
    Path resolved = resolve(output);
    if (resolved == null) {
      return null; // its folder does not exist: the output check says so
    }
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        continue;
      }
      Path real = input.toRealPath();
      if (resolved.equals(real)) {
        return "is one of the inputs (" + Main.oneLine(input.toString()) + ")";
      }
      if (Files.isDirectory(real) && resolved.startsWith(real)) {
        return "lies in the input folder " + Main.oneLine(input.toString());
      }
    }
    return null;
  }

  /** The real path of a file that may not exist yet: its folder's real path and its name. */
  private static Path resolve(Path file) throws IOException {
    if (Files.exists(file)) {
      return file.toRealPath();
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      return null;
    }
    return folder.toRealPath().resolve(absolute.getFileName());
  }

  private String text(BatchRun.Summary s) {
    Messages m = Messages.forLocale(language.locale);
    StringBuilder b = new StringBuilder();
    line(b, m.format("batch.summary.read", Integer.toString(s.files()), Integer.toString(s.read()),
        Integer.toString(s.unreadable().size()), Integer.toString(s.valid()),
        Integer.toString(s.read() - s.valid())));
    if (!s.unreadable().isEmpty()) {
      line(b, m.text("batch.summary.unreadable"));
      s.unreadable().forEach(u -> line(b, "  " + u.source() + ": " + u.reason()));
    }
    if (!s.skipped().isEmpty()) {
      line(b, m.text("batch.summary.skipped"));
      s.skipped().forEach(u -> line(b, "  " + u.source() + ": " + u.reason()));
    }
    if (!s.findings().isEmpty()) {
      line(b, m.text("batch.summary.rules"));
      s.findings().forEach((rule, n) -> line(b, String.format("  %-24s %-8s %d", rule.id(), s.severities().get(rule).id(), n)
          + (s.reviewed().containsKey(rule) ? " " + m.format("batch.summary.rule_reviewed", s.reviewed().get(rule).toString()) : "")));
    }
    if (baseline != null) {
      line(b, m.format("batch.summary.reviewed", Long.toString(s.reviewedTotal()), baseline.toString()));
    }
    if (s.worst().stream().anyMatch(t -> t.errors() + t.warnings() > 0)) {
      line(b, m.text("batch.summary.worst"));
      s.worst().stream().filter(t -> t.errors() + t.warnings() > 0).forEach(t -> line(b, "  "
          + m.format("batch.summary.unit", t.unit(), Integer.toString(t.year()), Long.toString(t.errors()),
              Long.toString(t.warnings()), t.source())));
    }
    return b.toString();
  }

  /** One line of the summary: what it quotes from file names and reports cannot break it or drive the terminal. */
  private static void line(StringBuilder b, String text) {
    b.append(Terminal.escape(text)).append('\n');
  }

  private static String json(BatchRun.Summary s) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = ReportJson.MAPPER.getFactory().createGenerator(text)) {
      gen.setPrettyPrinter(ReportJson.prettyPrinter());
      gen.writeStartObject();
      gen.writeNumberField("files", s.files());
      gen.writeNumberField("read", s.read());
      gen.writeNumberField("valid", s.valid());
      gen.writeArrayFieldStart("unreadable");
      for (BatchRun.Unreadable u : s.unreadable()) {
        gen.writeStartObject();
        gen.writeStringField("source", u.source());
        gen.writeStringField("reason", u.reason());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("skipped");
      for (BatchRun.Unreadable u : s.skipped()) {
        gen.writeStartObject();
        gen.writeStringField("source", u.source());
        gen.writeStringField("reason", u.reason());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeObjectFieldStart("findings");
      for (Map.Entry<org.nianbao.RuleDefinition, Long> e : s.findings().entrySet()) {
        gen.writeNumberField(e.getKey().id(), e.getValue());
      }
      gen.writeEndObject();
      gen.writeObjectFieldStart("reviewed");
      for (Map.Entry<org.nianbao.RuleDefinition, Long> e : s.reviewed().entrySet()) {
        gen.writeNumberField(e.getKey().id(), e.getValue());
      }
      gen.writeEndObject();
      gen.writeArrayFieldStart("worst");
      for (BatchRun.Tally t : s.worst()) {
        gen.writeStartObject();
        gen.writeStringField("unit", t.unit());
        gen.writeNumberField("year", t.year());
        gen.writeStringField("source", t.source());
        gen.writeNumberField("errors", t.errors());
        gen.writeNumberField("warnings", t.warnings());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    return text + "\n";
  }
}
