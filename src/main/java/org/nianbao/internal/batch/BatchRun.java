package org.nianbao.internal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.IntConsumer;
import org.nianbao.Finding;
import org.nianbao.ReportBatch;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.ReportValidator;
import org.nianbao.Rule;
import org.nianbao.RuleDefinition;
import org.nianbao.Severity;
import org.nianbao.TimeLimitExceededException;
import org.nianbao.ValidationResult;
import org.nianbao.internal.html.Dashboard;
import org.nianbao.internal.json.FindingsJson;
import org.nianbao.internal.output.HtmlFolder;
import org.nianbao.internal.output.LineFile;

/**
 * The {@code batch} command's run: finds the report files under some files and folders, checks
 * them as one {@link ReportBatch} (years linked, peers compared) and tallies the outcomes into a
 * summary, writing one JSON line per report as it goes.
 */
public final class BatchRun {
  /** The file endings read from folders; named files are read whatever their ending. */
  private static final Set<String> ENDINGS = Set.of("json", "txt", "md", "html", "htm", "docx", "pdf");

  /**
   * @param threads how many reports are read at once
   * @param validator checks each report; its locale is the language of messages
   * @param jsonl where to write one JSON line per report, or null; the caller commits it
   * @param html where to write one HTML report per input, or null
   */
  public record Options(int threads, ReportValidator validator, LineFile jsonl, HtmlFolder html, List<Sink> sinks) {
    public Options(int threads, ReportValidator validator, LineFile jsonl, HtmlFolder html) {
      this(threads, validator, jsonl, html, List.of());
    }

    public Options(int threads, ReportValidator validator, LineFile jsonl) {
      this(threads, validator, jsonl, null);
    }
  }

  /**
   * Another output written report by report as the batch goes (the facts files, say); the caller
   * creates it and commits it after the run.
   */
  public interface Sink {
    /** The option that asked for it, for messages: {@code --facts}. */
    String option();

    /**
     * Writes one report's part.
     *
     * @param document what the report was read from, for the cells' places; null when it could not be read
     */
    void write(ReportBatch.Outcome outcome, ReportDocument document) throws IOException;
  }

  /** An output of a {@link Sink} could not be written: the batch stops, as for the JSON lines. */
  public static final class SinkWriteException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String option;

    SinkWriteException(String option, IOException cause) {
      super(cause.getMessage(), cause);
      this.option = option;
    }

    /** The option whose output failed. */
    public String option() {
      return option;
    }
  }

  /** One of the batch's outputs could not be written, carried out of the check to stop it. */
  private static final class OutputFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
      super(cause);
    }
  }

  /**
   * The temporary file the batch puts reports aside in could not be written or read (a full disk, a
   * temporary folder that does not exist): the batch stops; the message names the file.
   */
  public static final class WorkFileException extends IOException {
    private static final long serialVersionUID = 1L;

    WorkFileException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** An HTML report could not be written: the batch stops, as it does when its JSON lines cannot be. */
  public static final class HtmlWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    HtmlWriteException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** The baseline of {@code --write-baseline} could not be written: the batch stops. */
  public static final class BaselineWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    BaselineWriteException(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** A file that could not be read, and why. */
  public record Unreadable(String source, String reason) {}

  /** One unit's tally, for the worst units of the summary. */
  public record Tally(String unit, int year, String source, long errors, long warnings) {}

  /**
   * The batch's outcome.
   *
   * @param files the files found, and the inputs and folders that could not be searched
   * @param unreadable files, inputs and folders that could not be read, with why
   * @param skipped entries of folders that are not files to read, with why
   * @param valid reports with no error finding
   * @param findings findings per rule, in catalog order, then the local rules' in the order added
   * @param severities the severity of each rule of {@code findings} as the validator gives it: its
   *     override, or the catalog's
   * @param mostSevere the most severe finding of the batch, or null when there is none
   * @param worst the reports with the most errors (then warnings), at most ten
   * @param reviewed findings per rule that the baseline accepts, in the order of {@code findings}
   *     (which counts the others, and lists a rule whose findings are all reviewed with 0): they
   *     count toward neither {@code valid}, {@code mostSevere} nor {@code worst}
   */
  public record Summary(int files, List<Unreadable> unreadable, List<Unreadable> skipped, int valid,
      Map<RuleDefinition, Long> findings, Map<RuleDefinition, Severity> severities, Severity mostSevere,
      List<Tally> worst, Map<RuleDefinition, Long> reviewed) {
    public int read() {
      return files - unreadable.size();
    }

    /** All reviewed findings. */
    public long reviewedTotal() {
      return reviewed.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether some finding is at least as severe as {@code threshold}. */
    public boolean hasAtLeast(Severity threshold) {
      return mostSevere != null && mostSevere.atLeast(threshold);
    }
  }

  private final Options options;
  private Baseline baseline;
  private BaselineWriter baselineOut;

  public BatchRun(Options options) {
    this.options = options;
  }

  /**
   * The reviewed findings: {@code accepted} (or null) marks findings as reviewed; every finding is
   * added to {@code written} (or null), which the caller commits.
   */
  public BatchRun review(Baseline accepted, BaselineWriter written) {
    this.baseline = accepted;
    this.baselineOut = written;
    return this;
  }

  /**
   * What a search of the inputs found.
   *
   * @param files the report files, in a fixed order: folders walked, named files as they are
   * @param unreadable inputs and subfolders that could not be read (missing, permission denied), with why
   * @param skipped entries of a folder that are not files to read (links to nothing or in a loop, pipes,
   *     devices), with why: listed so that nothing is left out silently
   */
  public record Found(List<Path> files, List<Unreadable> unreadable, List<Unreadable> skipped) {}

  /** The report files under the inputs, in a fixed order: folders walked, named files as they are. */
  public static List<Path> files(List<Path> inputs) throws IOException {
    return find(inputs).files();
  }

  /**
   * Searches the inputs. Links are followed (a linked folder is searched); a folder or file that
   * cannot be read is listed, not fatal, and the search goes on.
   */
  public static Found find(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    List<Unreadable> skipped = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
        unreadable.add(new Unreadable(input.toString(), "no such file or folder"));
      } else if (!Files.exists(input)) {
        unreadable.add(new Unreadable(input.toString(), "a link to nothing"));
      } else if (Files.isDirectory(input)) {
        Search search = new Search(files, unreadable, skipped);
        Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, search);
        search.sortFound();
      } else {
        files.add(input); // named on the command line: read whatever it is, and the reader says why not
      }
    }
    return new Found(files, unreadable, skipped);
  }

  /** A walk of one input folder: report files kept, everything else that might have been one listed. */
  static final class Search extends SimpleFileVisitor<Path> {
    private final List<Path> files;
    private final List<Unreadable> unreadable;
    private final List<Unreadable> skipped;
    private final int[] from;

    Search(List<Path> files, List<Unreadable> unreadable, List<Unreadable> skipped) {
      this.from = new int[] {files.size(), unreadable.size(), skipped.size()};
      this.files = files;
      this.unreadable = unreadable;
      this.skipped = skipped;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      String name = file.getFileName().toString();
      if (name.startsWith(".") || !ENDINGS.contains(ending(file))) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isRegularFile()) {
        files.add(file);
      } else if (attrs.isSymbolicLink()) {
        skipped.add(new Unreadable(file.toString(), "a link to nothing"));
      } else {
        skipped.add(new Unreadable(file.toString(), "not a regular file (a pipe, socket or device)"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (e instanceof FileSystemLoopException) {
        skipped.add(new Unreadable(file.toString(), "a link to a folder that contains it (a loop)"));
      } else {
        unreadable.add(new Unreadable(file.toString(), why(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      if (e != null) {
        unreadable.add(new Unreadable(dir.toString(), why(e)));
      }
      return FileVisitResult.CONTINUE;
    }

    /** In path order, as the batch has always listed files, whatever order the folder gives. */
    void sortFound() {
      files.subList(from[0], files.size()).sort(null);
      Comparator<Unreadable> bySource = Comparator.comparing(Unreadable::source);
      unreadable.subList(from[1], unreadable.size()).sort(bySource);
      skipped.subList(from[2], skipped.size()).sort(bySource);
    }
  }

  /** Why a file or folder could not be read, in words rather than an exception's name. */
  static String why(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "a link to a folder that contains it (a loop)";
    }
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    return reason == null ? "cannot be read" : "cannot be read: " + oneLine(reason);
  }

  private static String ending(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * Runs the batch.
   *
   * @param progress told the number of reports done, pass one and two together (2 × files in all)
   */
  public Summary run(List<Path> files, IntConsumer progress) throws IOException {
    return run(new Found(files, List.of(), List.of()), progress);
  }

  /**
   * Runs the batch on what a search found.
   *
   * @param progress told the number of reports done, pass one and two together (2 × files in all)
   * @throws IOException when the JSON lines cannot be written
   */
  public Summary run(Found found, IntConsumer progress) throws IOException {
    ReportBatch.Builder batch = ReportBatch.builder().validator(options.validator()).batchRules(true)
        .threads(Math.max(1, options.threads()));
    found.files().forEach(batch::addFile);
    Map<RuleDefinition, Long> counts = new java.util.HashMap<>();
    Map<RuleDefinition, Long> reviewedCounts = new java.util.HashMap<>();
    List<Tally> tallies = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>(found.unreadable());
    int[] valid = {0};
    Severity[] mostSevere = {null};
    LineFile jsonl = options.jsonl();
    HtmlFolder html = options.html();
    int[] index = {0};
    try {
      batch.build().checkRead((outcome, document) -> {
        // outcomes come in the order the files were added: the i-th is the i-th file found
        int input = index[0]++;
        write(outcome, document);
        if (outcome.failure() != null) {
          unreadable.add(new Unreadable(outcome.source(), reason(outcome.failure())));
          return;
        }
        ValidationResult result = outcome.result();
        List<String> notes = baseline == null ? null : baseline.notes(result, outcome.source());
        long[] open = new long[Severity.values().length];
        for (int i = 0; i < result.findings().size(); i++) {
          Finding f = result.findings().get(i);
          if (notes != null && notes.get(i) != null) {
            reviewedCounts.merge(f.rule(), 1L, Long::sum);
            continue;
          }
          open[f.severity().ordinal()]++;
          counts.merge(f.rule(), 1L, Long::sum);
          if (mostSevere[0] == null || f.severity().atLeast(mostSevere[0])) {
            mostSevere[0] = f.severity();
          }
        }
        if (open[Severity.ERROR.ordinal()] == 0) {
          valid[0]++;
        }
        tallies.add(new Tally(result.report().unit(), result.report().year(), outcome.source(),
            open[Severity.ERROR.ordinal()], open[Severity.WARNING.ordinal()]));
        tallies.sort(Comparator.comparingLong(Tally::errors).thenComparingLong(Tally::warnings).reversed()
            .thenComparing(Tally::source));
        if (tallies.size() > 10) {
          tallies.remove(10);
        }
        FindingsJson.Entry entry = new FindingsJson.Entry(outcome.source(), outcome.previousYearSource(),
            result, notes);
        if (baselineOut != null) {
          try {
            baselineOut.add(result, outcome.source(), notes);
          } catch (IOException e) {
            throw new OutputFailure(new BaselineWriteException(e.getMessage(), e));
          }
        }
        if (jsonl != null) {
          try {
            jsonl.writeLine(FindingsJson.line(entry));
          } catch (IOException e) {
            throw new OutputFailure(e);
          }
        }
        if (html != null) {
          try {
            html.write(input, entry);
          } catch (IOException e) {
            throw new OutputFailure(new HtmlWriteException(html.target(input) + ": " + e.getMessage(), e));
          }
        }
      }, progress);
    } catch (OutputFailure e) {
      throw e.getCause();
    } catch (UncheckedIOException e) {
      throw new WorkFileException(e.getMessage(), e.getCause()); // from the batch itself
    } catch (CancellationException e) {
      throw new IOException("the batch was interrupted", e);
    }
    int n = found.files().size();
    // the catalog's order, then the local rules' as the validator was given them
    List<RuleDefinition> order = new ArrayList<>(List.of(Rule.values()));
    order.addAll(options.validator().localRules());
    Map<RuleDefinition, Long> findings = new LinkedHashMap<>();
    Map<RuleDefinition, Severity> severities = new LinkedHashMap<>();
    Map<RuleDefinition, Severity> overrides = options.validator().severityOverrides();
    Map<RuleDefinition, Long> reviewed = new LinkedHashMap<>();
    for (RuleDefinition rule : order) {
      if (counts.containsKey(rule) || reviewedCounts.containsKey(rule)) {
        findings.put(rule, counts.getOrDefault(rule, 0L));
        severities.put(rule, overrides.getOrDefault(rule, rule.severity()));
      }
      if (reviewedCounts.containsKey(rule)) {
        reviewed.put(rule, reviewedCounts.get(rule));
      }
    }
    Summary summary = new Summary(n + found.unreadable().size(), unreadable, found.skipped(), valid[0], findings,
        severities, mostSevere[0], List.copyOf(tallies), reviewed);
    if (html != null) {
      try {
        Map<String, Dashboard.RuleCount> rules = new LinkedHashMap<>();
        findings.forEach((rule, count) -> rules.put(rule.id(),
            new Dashboard.RuleCount(count, reviewed.getOrDefault(rule, 0L), severities.get(rule).id())));
        html.writeIndex(new Dashboard.Totals(summary.files(), summary.read(), summary.unreadable().size(),
            summary.valid(), rules));
      } catch (IOException e) {
        throw new HtmlWriteException(html.index() + ": " + e.getMessage(), e);
      }
    }
    return summary;
  }

  private void write(ReportBatch.Outcome outcome, ReportDocument document) {
    for (Sink sink : options.sinks()) {
      try {
        sink.write(outcome, document);
      } catch (IOException e) {
        throw new OutputFailure(new SinkWriteException(sink.option(), e));
      }
    }
  }

  /** Why a report could not be checked, without naming the file again: the summary names it. */
  private static String reason(Exception failure) {
    if (failure instanceof ReportReadException e) {
      return e.problem();
    }
    if (failure instanceof TimeLimitExceededException) {
      return failure.getMessage(); // this report's failure: the batch went on with the next
    }
    // an Error on one report comes wrapped, and is named as itself
    Throwable fault = failure instanceof IllegalStateException && failure.getCause() instanceof Error e ? e : failure;
    return "internal error: " + fault.getClass().getSimpleName() + ": " + oneLine(String.valueOf(fault.getMessage()));
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
