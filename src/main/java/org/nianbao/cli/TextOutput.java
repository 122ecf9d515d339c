package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.nianbao.Cell;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Severity;
import org.nianbao.ValidationResult;
import org.nianbao.internal.Messages;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.json.FindingsJson;

/** The human form of a result: one block per finding, with the cells by their printed labels. */
final class TextOutput {
  /** Sums over a whole column name twenty cells; beyond this many, only --verbose lists them. */
  private static final int CELLS_SHOWN = 8;

  private final PrintWriter out;
  private final Messages messages;
  private final boolean verbose;

  TextOutput(PrintWriter out, Locale locale, boolean verbose) {
    this.out = out;
    this.messages = Messages.forLocale(locale);
    this.verbose = verbose;
  }

  void print(FindingsJson.Entry entry) {
    ValidationResult result = entry.result();
    Report report = result.report();
    line(messages.format("cli.header", entry.source(),
        report.unit().isEmpty() ? messages.text("cli.unit_unknown") : report.unit(),
        report.year() == 0 ? messages.text("cli.year_unknown") : Integer.toString(report.year()),
        report.edition().id()));
    for (Finding finding : result.findings()) {
      line("  " + messages.format("cli.finding", messages.text("cli.severity." + finding.severity().id()),
          finding.rule().id(), finding.message()));
      if (finding.expected() != null && finding.actual() != null) {
        line("      " + messages.format("cli.expected_actual", Numbers.plain(finding.expected()), Numbers.plain(finding.actual())));
      }
      if (finding.fix() != null) {
        String cell = finding.cells().stream().filter(c -> c.pointer().equals(finding.fix().pointer()))
            .map(Finding.CellReference::label).findFirst().orElse(finding.fix().pointer());
        line("      " + messages.format("cli.fix", cell, show(finding.fix().from()), Numbers.plain(finding.fix().to())));
      }
      if (verbose || finding.cells().size() <= CELLS_SHOWN) {
        for (Finding.CellReference cell : finding.cells()) {
          line("      · " + cell.label() + " = " + show(cell.value()) + "   " + cell.pointer());
        }
      } else {
        line("      " + messages.format("cli.cells_hidden", Integer.toString(finding.cells().size())));
      }
    }
    line("  " + messages.format(result.isValid() ? "cli.summary.valid" : "cli.summary.invalid",
        Long.toString(result.count(Severity.ERROR)), Long.toString(result.count(Severity.WARNING)),
        Long.toString(result.count(Severity.INFO))));
  }

  /** One line: what it quotes from a report or a file name cannot break it or drive the terminal. */
  private void line(String text) {
    out.println(Terminal.escape(text));
  }

  private String show(Cell cell) {
    if (cell instanceof Cell.Blank) {
      return messages.text("cli.blank");
    }
    return cell instanceof Cell.Unreadable u ? "“" + org.nianbao.internal.rules.Engine.abbreviated(u.text()) + "”"
        : org.nianbao.internal.rules.Engine.abbreviated(cell.toString());
  }
}
