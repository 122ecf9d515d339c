package org.nianbao;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.nianbao.internal.batch.PeerRules;
import org.nianbao.internal.batch.Profile;

/**
 * Several reports checked together: each body's reports are linked year to year, so that a report
 * is checked with the same body's report of the year before (the {@code prev.*} rules), and, when
 * asked, the reports are compared with each other (the {@code batch.*} rules). Build one with
 * {@link #builder()}; it is immutable and thread-safe, and writes nothing to the console.
 *
 * <p>How reports are linked: a report is checked against the report of the same body for the year
 * before it, when the batch holds one. Bodies are matched by name, ignoring spaces and punctuation
 * (淮安市 人民政府 is 淮安市人民政府); a report that names no body or states no year is linked to
 * nothing. When the batch holds two reports of one body for one year (the same report in two
 * formats, say), both are checked, and the one added first is the year before of the next year's.
 * A report added with an explicit report of the year before ({@link Builder#add(ReportDocument,
 * ReportDocument)}) is checked against that one instead.
 *
 * <pre>{@code
 * ReportBatch batch = ReportBatch.builder()
 *     .validator(ReportValidator.builder().disable(Rule.TEXT_FEE).build())
 *     .add(Reports.load(Path.of("huaian-2023.docx")))
 *     .add(Reports.load(Path.of("huaian-2024.docx")))
 *     .build();
 * for (ReportBatch.Outcome outcome : batch.check()) {
 *   if (outcome.result() != null) {        // else outcome.failure() says why
 *     log.info(outcome.source() + ": " + outcome.result().findings());
 *   }
 * }
 * }</pre>
 *
 * <p>The validator's configuration (rules disabled, severities overridden) applies to every finding,
 * the {@code prev.*} and {@code batch.*} findings included.
 */
public final class ReportBatch {
  /** Tasks handed to the threads ahead of the one whose outcome is awaited: bounds what memory holds. */
  private static final int WINDOW = 64;
  /**
   * Reports of files read in the second pass, kept for the next year's check: a body's years
   * usually come one after the other, so last year's report is here when this year's is checked.
   */
  private static final int RECENT = 256;

  private final ReportValidator validator;
  private final List<Entry> entries;
  private final boolean batchRules;
  private final int threads;

  /** A report of the batch: a document in memory or a file read when checked; and its explicit year before, if given. */
  private record Entry(ReportDocument document, Path file, ReportDocument previousYear) {
    String source() {
      return document != null ? document.source() : file.toString();
    }
  }

  private ReportBatch(Builder builder) {
    this.validator = builder.validator;
    this.entries = List.copyOf(builder.entries);
    this.batchRules = builder.batchRules;
    this.threads = builder.threads;
  }

  /**
   * An empty batch to fill.
   *
   * @return a builder holding no report, the default validator, no batch rules and one thread
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The validator that checks each report.
   *
   * @return the validator given to the builder, or {@link ReportValidator#create()}
   */
  public ReportValidator validator() {
    return validator;
  }

  /**
   * The number of reports in the batch.
   *
   * @return how many were added, files that turn out unreadable included
   */
  public int size() {
    return entries.size();
  }

  /**
   * Checks every report and returns the outcomes. For a batch of thousands of files, {@link
   * #check(Consumer)} holds less in memory.
   *
   * @return one outcome per report, in the order they were added
   */
  public List<Outcome> check() {
    List<Outcome> outcomes = new ArrayList<>(entries.size());
    check(outcomes::add);
    return List.copyOf(outcomes);
  }

  /**
   * Checks every report and hands each outcome over as soon as it and the ones before it are done.
   *
   * @param each told each outcome, in the order the reports were added, on the calling thread; an
   *     exception it throws stops the check and is rethrown
   * @throws CancellationException when the calling thread is interrupted
   */
  public void check(Consumer<? super Outcome> each) {
    check(each, done -> {});
  }

  /**
   * Checks every report, handing each outcome over as soon as it and the ones before it are done,
   * and telling how far the check has come. Every report is looked at twice: once to link the
   * years (and compare peers), once to check it; a report added as a file is read both times, so
   * that memory holds no more than a small profile of each report between the two.
   *
   * @param each told each outcome, in the order the reports were added, on the calling thread; an
   *     exception it throws stops the check and is rethrown
   * @param progress told the number of steps done, on the calling thread: 2 × {@link #size()} in all
   * @throws CancellationException when the calling thread is interrupted
   */
  public void check(Consumer<? super Outcome> each, IntConsumer progress) {
    Objects.requireNonNull(each, "each");
    checkRead((outcome, document) -> each.accept(outcome), progress);
  }

  /**
   * Checks every report as {@link #check(Consumer, IntConsumer)} does, handing over with each
   * outcome the document its report was read from, so that the caller can tell where in the file
   * each cell was read ({@link ReportDocument#location(String)}) without reading the file again.
   *
   * @param each told each outcome and its document (or {@code null} when the report could not be
   *     read or checked), in the order the reports were added, on the calling thread; an exception
   *     it throws stops the check and is rethrown
   * @param progress told the number of steps done, on the calling thread: 2 × {@link #size()} in all
   * @throws CancellationException when the calling thread is interrupted
   */
  public void checkRead(BiConsumer<? super Outcome, ? super ReportDocument> each, IntConsumer progress) {
    Objects.requireNonNull(each, "each");
    Objects.requireNonNull(progress, "progress");
    int n = entries.size();
    Profile[] profiles = new Profile[n];
    Exception[] failures = new Exception[n];
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "nianbao-batch");
      thread.setDaemon(true); // a caller that stops waiting must not be kept alive by them
      return thread;
    });
    try {
      int[] done = {0};
      ordered(pool, n, i -> () -> profile(entries.get(i)), (i, outcome) -> {
        if (outcome instanceof Profile p) {
          profiles[i] = p;
        } else {
          failures[i] = (Exception) outcome;
        }
        progress.accept(++done[0]);
      });
      Map<String, Integer> byBodyAndYear = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (profiles[i] != null && profiles[i].bodyKey() != null) {
          byBodyAndYear.putIfAbsent(profiles[i].bodyKey() + "/" + profiles[i].year(), i);
        }
      }
      Linked linked = new Linked(profiles, byBodyAndYear,
          batchRules ? new PeerRules(Arrays.asList(profiles), validator.locale()) : null);
      ordered(pool, n, i -> () -> failures[i] != null
          ? new Checked(new Outcome(entries.get(i).source(), null, null, failures[i]), null)
          : check(i, linked), (i, outcome) -> {
            progress.accept(++done[0]);
            // an Error on this report's check comes back as its failure: the others are checked
            Checked checked = outcome instanceof Checked c ? c
                : new Checked(new Outcome(entries.get(i).source(), null, null, (Exception) outcome), null);
            each.accept(checked.outcome(), checked.document());
          });
    } finally {
      pool.shutdownNow();
    }
  }

  /** What the first pass found, for the second: the profiles, the years of each body, the peers. */
  private static final class Linked {
    final Profile[] profiles;
    final Map<String, Integer> byBodyAndYear;
    final PeerRules peers;
    final Map<Integer, Report> recent = Collections.synchronizedMap(new LinkedHashMap<>(RECENT, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Report> eldest) {
        return size() > RECENT;
      }
    });

    Linked(Profile[] profiles, Map<String, Integer> byBodyAndYear, PeerRules peers) {
      this.profiles = profiles;
      this.byBodyAndYear = byBodyAndYear;
      this.peers = peers;
    }
  }

  /** The first look at a report: its profile, or why it cannot be read. */
  private Object profile(Entry entry) {
    try {
      ReportDocument document = entry.document() != null ? entry.document() : Reports.load(entry.file());
      return Profile.of(document.report(), entry.source(), batchRules);
    } catch (ReportReadException | RuntimeException e) {
      return e;
    }
  }

  /** An outcome and the document it was read from, or null when it could not be. */
  private record Checked(Outcome outcome, ReportDocument document) {}

  /** The check of report {@code i}, with its year before and its peers. */
  private Checked check(int i, Linked linked) {
    Entry entry = entries.get(i);
    try {
      ReportDocument document = entry.document();
      if (document == null) {
        document = Reports.load(entry.file());
        linked.recent.put(i, document.report());
      }
      ReportDocument previousYear = entry.previousYear() != null ? entry.previousYear() : yearBefore(i, linked);
      ValidationResult result = previousYear == null ? validator.validate(document)
          : validator.validate(document, previousYear.report());
      if (linked.peers != null) {
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(validator.configured(linked.peers.findings(i, document.report())));
        result = new ValidationResult(result.report(), findings);
      }
      return new Checked(new Outcome(entry.source(), result, previousYear == null ? null : previousYear.source(),
          null), document);
    } catch (ReportReadException | RuntimeException e) {
      return new Checked(new Outcome(entry.source(), null, null, e), null);
    }
  }

  /** The same body's report of the year before, when the batch holds one that can be read; or null. */
  private ReportDocument yearBefore(int i, Linked linked) {
    Profile profile = linked.profiles[i];
    Integer last = profile.bodyKey() == null ? null
        : linked.byBodyAndYear.get(profile.bodyKey() + "/" + (profile.year() - 1));
    if (last == null) {
      return null;
    }
    Entry entry = entries.get(last);
    if (entry.document() != null) {
      return entry.document();
    }
    Report report = linked.recent.get(last);
    try {
      return report != null ? ReportDocument.of(report, entry.source()) : Reports.load(entry.file());
    } catch (ReportReadException e) {
      return null; // it could be read in the first pass: checked without it rather than not at all
    }
  }

  /** Runs task i for every i on the pool, a bounded number at a time, and hands the outcomes over in order. */
  private static void ordered(ExecutorService pool, int n, IntFunction<Callable<Object>> task,
      BiConsumer<Integer, Object> sink) {
    ArrayDeque<Future<Object>> inFlight = new ArrayDeque<>();
    int next = 0;
    for (int i = 0; i < n; i++) {
      inFlight.add(pool.submit(task.apply(i)));
      if (inFlight.size() >= WINDOW) {
        sink.accept(next++, take(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      sink.accept(next++, take(inFlight.poll()));
    }
  }

  private static Object take(Future<Object> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      CancellationException cancelled = new CancellationException("the check was interrupted");
      cancelled.initCause(e);
      throw cancelled;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        return exception;
      }
      if (cause instanceof VirtualMachineError error && !(error instanceof StackOverflowError)) {
        throw error; // memory exhausted or the JVM broken: nothing sound is left to check the others with
      }
      // a stack overflow on one hostile report, say: that report's failure, and the others are checked
      return new IllegalStateException(cause.toString(), cause);
    }
  }

  /**
   * What came of one report of the batch: its findings, or why it could not be checked. Exactly one
   * of {@code result} and {@code failure} is {@code null}.
   *
   * @param source where the report came from: the document's source, or the file as it was added
   * @param result the findings on the report, the {@code prev.*} and {@code batch.*} ones included,
   *     or {@code null} when the report could not be checked (see {@code failure})
   * @param previousYearSource where the report of the year before that the report was checked
   *     against came from, or {@code null} when the report was checked on its own
   * @param failure why the report could not be checked, or {@code null} when it was: a {@link
   *     ReportReadException} for a file that cannot be read, a {@link TimeLimitExceededException}
   *     for a check that took too long, or another exception for a fault of the validator on this
   *     report (an {@link IllegalStateException} whose cause is the {@link Error}, a {@link
   *     StackOverflowError} say): the others are checked all the same
   */
  public record Outcome(String source, ValidationResult result, String previousYearSource, Exception failure) {

    /**
     * An outcome; exactly one of {@code result} and {@code failure} is given.
     *
     * @param source where the report came from
     * @param result the findings, or {@code null}
     * @param previousYearSource the year before's source, or {@code null}
     * @param failure why the report could not be checked, or {@code null}
     */
    public Outcome {
      Objects.requireNonNull(source, "source");
      if ((result == null) == (failure == null)) {
        throw new IllegalArgumentException("an outcome has a result or a failure, not both or neither");
      }
    }

    @Override
    public String toString() {
      return source + ": " + (result != null ? result.toString() : "not checked: " + failure.getMessage());
    }
  }

  /** The reports of a batch and how they are checked; every setting has a documented default. */
  public static final class Builder {
    private ReportValidator validator = ReportValidator.create();
    private final List<Entry> entries = new ArrayList<>();
    private boolean batchRules;
    private int threads = 1;

    private Builder() {}

    /**
     * The validator that checks each report; its configuration applies to every finding of the
     * batch. By default {@link ReportValidator#create()}.
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(ReportValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Adds a report read from a file; findings point into it.
     *
     * @param document the report as read
     * @return this builder
     */
    public Builder add(ReportDocument document) {
      entries.add(new Entry(Objects.requireNonNull(document, "document"), null, null));
      return this;
    }

    /**
     * Adds a report built or read without places.
     *
     * @param report the report
     * @param source where it came from (a file name, a record id), used in outcomes and messages
     * @return this builder
     */
    public Builder add(Report report, String source) {
      return add(ReportDocument.of(report, source));
    }

    /**
     * Adds a report to be checked against a given report of the year before, instead of the one
     * the batch may hold. The report can still be the year before of another one in the batch.
     *
     * @param document the report as read
     * @param previousYear the same body's report of the year before
     * @return this builder
     * @throws IllegalArgumentException when {@code previousYear} is not of the year before
     */
    public Builder add(ReportDocument document, ReportDocument previousYear) {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(previousYear, "previousYear");
      ReportValidator.requireYearBefore(document.report(), previousYear.report());
      entries.add(new Entry(document, null, previousYear));
      return this;
    }

    /**
     * Adds a report file, read when the batch is checked ({@link Reports#load(Path)}): a file that
     * cannot be read is an outcome with its {@link Outcome#failure()}, and the others are checked.
     * A batch of files holds only a small profile of each report in memory.
     *
     * @param file the report file
     * @return this builder
     */
    public Builder addFile(Path file) {
      entries.add(new Entry(null, Objects.requireNonNull(file, "file"), null));
      return this;
    }

    /**
     * Whether the reports are also compared with each other: {@code batch.outlier} (a key figure
     * more than 5 robust deviations from the median of at least 10 peers of the same level of
     * government) and {@code batch.duplicate} (a narrative near-identical to another body's, or to
     * the same body's of the year before). Off by default: a few reports are no peers.
     *
     * @param compare true to apply the batch rules
     * @return this builder
     */
    public Builder batchRules(boolean compare) {
      this.batchRules = compare;
      return this;
    }

    /**
     * How many reports are read and checked at once. Outcomes come in the order the reports were
     * added whatever the number. By default 1.
     *
     * @param count at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code count} is less than 1
     */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, not " + count);
      }
      this.threads = count;
      return this;
    }

    /**
     * The batch, with the reports added so far.
     *
     * @return the batch
     */
    public ReportBatch build() {
      return new ReportBatch(this);
    }
  }
}
