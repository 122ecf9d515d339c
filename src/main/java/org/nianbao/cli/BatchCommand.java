package org.nianbao.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.Rule;
import org.nianbao.internal.Messages;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.internal.json.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--format", defaultValue = "text", description = "The summary: text or json (default: ${DEFAULT-VALUE}).")
  CheckCommand.Format format;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = "--threads", paramLabel = "N", description = "Reports read at once (default: the number of cores).")
  Integer threads;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "error, warning or never: a report with a finding this severe, or an unreadable file, makes the"
          + " exit status 1 (default: ${DEFAULT-VALUE}).")
  CheckCommand.FailOn failOn;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path input : inputs) {
      if (!java.nio.file.Files.exists(input)) {
        err.println("nianbao: " + input + ": no such file or folder");
        return Main.USAGE_OR_INPUT;
      }
    }
    List<Path> files = BatchRun.files(inputs);
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    BatchRun run = new BatchRun(new BatchRun.Options(cores, language.locale, jsonl));
    boolean terminal = System.console() != null;
    int total = 2 * files.size();
    BatchRun.Summary summary = run.run(files, done -> {
      if (terminal && (done % 50 == 0 || done == total)) {
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        err.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done / 2 + "/" + files.size());
        err.flush();
      }
    });
    if (terminal) {
      err.println();
    }
    out.print(format == CheckCommand.Format.json ? json(summary) : text(summary));
    out.flush();
    boolean failing = !summary.unreadable().isEmpty() || failOn.threshold != null && summary.findings().entrySet().stream()
        .anyMatch(e -> e.getValue() > 0 && e.getKey().severity().atLeast(failOn.threshold));
    return failing ? Main.FINDINGS : Main.OK;
  }

  private String text(BatchRun.Summary s) {
    Messages m = Messages.forLocale(language.locale);
    StringBuilder b = new StringBuilder();
    b.append(m.format("batch.summary.read", Integer.toString(s.files()), Integer.toString(s.read()),
        Integer.toString(s.unreadable().size()), Integer.toString(s.valid()),
        Integer.toString(s.read() - s.valid()))).append('\n');
    if (!s.unreadable().isEmpty()) {
      b.append(m.text("batch.summary.unreadable")).append('\n');
      s.unreadable().forEach(u -> b.append("  ").append(u.source()).append(": ").append(u.reason()).append('\n'));
    }
    if (!s.findings().isEmpty()) {
      b.append(m.text("batch.summary.rules")).append('\n');
      s.findings().forEach((rule, n) -> b.append(String.format("  %-24s %-8s %d%n", rule.id(), rule.severity().id(), n)));
    }
    if (s.worst().stream().anyMatch(t -> t.errors() + t.warnings() > 0)) {
      b.append(m.text("batch.summary.worst")).append('\n');
      s.worst().stream().filter(t -> t.errors() + t.warnings() > 0).forEach(t -> b.append("  ")
          .append(m.format("batch.summary.unit", t.unit(), Integer.toString(t.year()), Long.toString(t.errors()),
              Long.toString(t.warnings()), t.source())).append('\n'));
    }
    return b.toString();
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
      gen.writeObjectFieldStart("findings");
      for (Map.Entry<Rule, Long> e : s.findings().entrySet()) {
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
