package org.nianbao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code nianbao}: check, extract and list the rules. Exit status: 0 nothing at or above {@code
 * --fail-on}, 1 findings at or above it, 2 a usage error, unreadable input or output that cannot be
 * written (one line on stderr).
 */
@Command(name = "nianbao", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Validates government information-disclosure annual reports (政府信息公开工作年度报告).",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on",
        "2:usage error, unreadable input, or output that cannot be written"})
public final class Main implements Runnable {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int USAGE_OR_INPUT = 2;

  /** The commands, in the order the help lists them. */
  private static final List<Class<?>> COMMANDS =
      List.of(CheckCommand.class, BatchCommand.class, ExtractCommand.class, RulesCommand.class, ServeCommand.class,
          QueryCommand.class);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // POI logs through Log4j; the command line has no Log4j provider and wants none of its chatter
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    // Chinese text must reach the terminal as UTF-8 whatever the platform's default encoding;
    // straight to the file descriptor, since System.out, a PrintStream, swallows write errors
    StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, () -> stdout.failure, args));
  }

  /** Runs the command line with the given streams; returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, () -> null, args);
  }

  private static int run(PrintWriter out, PrintWriter err, Supplier<IOException> outFailure, String... args) {
    CheckCommand quick = QuickCheck.parse(args);
    int status;
    if (quick == null) {
      status = picocli(out, err, args);
    } else {
      try {
        status = quick.check(out, err);
      } catch (Exception e) {
        status = failed(e, err);
      }
    }
    out.flush();
    // a PrintWriter keeps its errors to itself: a full disk or a closed pipe must not look like success
    if (out.checkError()) {
      IOException why = outFailure.get();
      err.println("nianbao: cannot write to standard output" + (why == null ? "" : ": " + oneLine(why.getMessage())));
      status = Math.max(status, USAGE_OR_INPUT);
    }
    err.flush();
    return status;
  }

  /** Runs the command line through picocli, whatever {@link QuickCheck} reads or not; returns the exit status. */
  static int picocli(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    // picocli reads every command's annotations when it is added, a good part of a short run's
    // start-up: a run that names its command gets that one alone, any other run (help, a typo) all
    List<Class<?>> named = COMMANDS.stream()
        .filter(command -> args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0]))
        .toList();
    (named.isEmpty() ? COMMANDS : named).forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> {
      String command = e.getCommandLine().getCommandSpec().qualifiedName();
      e.getCommandLine().getErr().println("nianbao: " + oneLine(e.getMessage())
          + " (see '" + command + " --help')");
      return USAGE_OR_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, commandLine.getErr()));
    return cli.execute(args);
  }

  /** A command that failed: one line on {@code err}; returns the exit status. */
  private static int failed(Exception e, PrintWriter err) {
    if (e instanceof RuleOptions.InputFailure pack) {
      // a rule pack that does not load names its file, line, column and rule; an unknown id names itself
      err.println("nianbao: " + oneLine(pack.getMessage()));
      return USAGE_OR_INPUT;
    }
    if (e instanceof org.nianbao.LocalRuleException failed) {
      // a local rule's fault, not ours: its message names the rule
      err.println("nianbao: " + oneLine(failed.getMessage()));
      return USAGE_OR_INPUT;
    }
    // a bug of ours, not the user's input: still one line, and a non-zero status
    err.println("nianbao: internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()));
    return USAGE_OR_INPUT;
  }

  /** A report file, or standard input for {@code -}: within the same limits either way. */
  static org.nianbao.ReportDocument load(java.nio.file.Path file) throws org.nianbao.ReportReadException {
    return file.toString().equals("-") ? org.nianbao.Reports.load(System.in, "-") : org.nianbao.Reports.load(file);
  }

  /**
   * A message as one line of text safe for a terminal: its line breaks (from a wrapped message)
   * become spaces, and control characters that come from a file name or a report are escaped.
   */
  static String oneLine(String message) {
    return message == null ? "" : Terminal.escape(message.replaceAll("[ \\t]*\\R[ \\t]*", " ").trim());
  }

  /** Standard output, keeping the first write error for the one line that says why the run failed. */
  private static final class StandardOutput extends FilterOutputStream {
    private IOException failure;

    StandardOutput(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
        throw e;
      }
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"nianbao " + (version == null ? "(development build)" : version)};
    }
  }
}
