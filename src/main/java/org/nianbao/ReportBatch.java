package org.nianbao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import org.nianbao.internal.batch.PeerRules;
import org.nianbao.internal.batch.Profile;
import org.nianbao.internal.batch.Spilled;

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
  /** Reports of files kept after reading for the next year's check (see {@link Seen#recent}). */
  private static final int RECENT = 128;
  /** Up to this many reports, a batch keeps them in memory between reading and handing over. */
  private static final int KEPT_IN_MEMORY = 64;

  private final ReportValidator validator;
  private final List<Entry> entries;
  private final boolean batchRules;
  private final int threads;
  private final int keptInMemory;

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
    this.keptInMemory = builder.keptInMemory;
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
   * and telling how far the check has come. Each file is read once ({@link #checkRead}).
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
   * Checks every report, handing each outcome over as soon as it and the ones before it are done,
   * and telling how far the check has come. A report added as a file is read once: it is checked
   * as soon as it is read, with its year before when that has already been read, and put aside
   * (for a batch of more than {@value #KEPT_IN_MEMORY} reports, in a temporary file that is gone
   * when the check ends) until the reports it is compared with have all been read; memory holds a
   * small profile of each report meanwhile. A report whose year before was read after it is
   * checked again with it then, so that the outcomes do not depend on the order of the files or
   * the number of threads.
   *
   * @param each told each outcome and its document (or {@code null} when the report could not be
   *     read or checked), in the order the reports were added, on the calling thread; an exception
   *     it throws stops the check and is rethrown
   * @param progress told the number of steps done, on the calling thread: 2 × {@link #size()} in all
   *     (reading and checking, then handing over)
   * @throws CancellationException when the calling thread is interrupted
   * @throws java.io.UncheckedIOException when the temporary file cannot be written (a full disk,
   *     say), naming it
   */
  public void checkRead(BiConsumer<? super Outcome, ? super ReportDocument> each, IntConsumer progress) {
    Objects.requireNonNull(each, "each");
    Objects.requireNonNull(progress, "progress");
    int n = entries.size();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "nianbao-batch");
      thread.setDaemon(true); // a caller that stops waiting must not be kept alive by them
      return thread;
    });
    try (PutAside putAside = n > keptInMemory ? PutAside.inFile(n) : PutAside.inMemory(n)) {
      Seen seen = new Seen(n);
      int[] done = {0};
      ordered(pool, n, i -> () -> read(i, seen, putAside), (i, outcome) -> {
        // an Error on this report comes back as its failure: the others are checked
        Read read = outcome instanceof Read r ? r : new Read(null, NOT_LINKED, null, null, (Exception) outcome);
        seen.profiles[i] = read.profile();
        seen.linkedTo[i] = read.linkedTo();
        putAside.put(i, read);
        progress.accept(++done[0]);
      });
      Map<String, Integer> byBodyAndYear = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Profile profile = seen.profiles[i];
        if (profile != null && profile.bodyKey() != null) {
          byBodyAndYear.putIfAbsent(profile.bodyKey() + "/" + profile.year(), i);
        }
      }
      PeerRules peers = batchRules ? new PeerRules(Arrays.asList(seen.profiles), validator.locale()) : null;
      ordered(pool, n, i -> () -> handOver(i, seen, byBodyAndYear, peers, putAside), (i, outcome) -> {
        progress.accept(++done[0]);
        Checked checked = outcome instanceof Checked c ? c
            : new Checked(new Outcome(entries.get(i).source(), null, null, (Exception) outcome), null);
        each.accept(checked.outcome(), checked.document());
      });
    } finally {
      pool.shutdownNow();
    }
  }

  /** What the reading of each report found, for linking the years and comparing peers. */
  private static final class Seen {
    final Profile[] profiles;
    /** The report each one was checked against when read: an index, {@link #NOT_LINKED} or {@link #GIVEN}. */
    final int[] linkedTo;
    /** Of each body and year, the first report read so far: the year before of the next year's. */
    final Map<String, Integer> firstOfYear = new ConcurrentHashMap<>();
    /**
     * Reports of files read lately, kept for the next year's check: a body's years usually come one
     * after the other, so last year's report is here when this year's is read.
     */
    final Map<Integer, Report> recent = Collections.synchronizedMap(new LinkedHashMap<>(RECENT, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, Report> eldest) {
        return size() > RECENT;
      }
    });

    Seen(int n) {
      profiles = new Profile[n];
      linkedTo = new int[n];
    }
  }

  /** The report was checked on its own. */
  private static final int NOT_LINKED = -1;
  /** The report was checked against the year before it was added with. */
  private static final int GIVEN = -2;

  /**
   * A report as read and checked: its profile (null when it could not be read), what it was
   * checked against, and either its document and result, or its document as bytes, or why it
   * could not be read or checked.
   */
  private record Read(Profile profile, int linkedTo, Checked checked, byte[] bytes, Exception failure) {}

  /** Reads report {@code i} and checks it, with its year before when that has been read already. */
  private Read read(int i, Seen seen, PutAside putAside) {
    Entry entry = entries.get(i);
    ReportDocument document;
    Profile profile;
    try {
      document = entry.document() != null ? entry.document() : Reports.load(entry.file());
      profile = Profile.of(document.report(), entry.source(), batchRules);
    } catch (ReportReadException | RuntimeException e) {
      return new Read(null, NOT_LINKED, null, null, e);
    }
    String key = profile.bodyKey();
    if (key != null) {
      if (entry.document() == null) {
        seen.recent.put(i, document.report());
      }
      seen.firstOfYear.merge(key + "/" + profile.year(), i, Math::min);
    }
    int linkedTo = NOT_LINKED;
    ReportDocument previousYear = entry.previousYear();
    if (previousYear != null) {
      linkedTo = GIVEN;
    } else if (key != null) {
      Integer last = seen.firstOfYear.get(key + "/" + (profile.year() - 1));
      Report report = last == null ? null : seen.recent.get(last);
      if (last != null && report == null) {
        report = putAside.reportIfPut(last, entries.get(last)); // read long ago: from where it was put aside
      }
      if (report != null) {
        linkedTo = last;
        previousYear = ReportDocument.of(report, entries.get(last).source());
      }
    }
    Checked checked = checked(entry, document, previousYear);
    Exception failure = checked.outcome().failure();
    if (!putAside.spills()) {
      return new Read(profile, linkedTo, checked, null, failure);
    }
    try {
      return new Read(profile, linkedTo, null, PutAside.bytes(entry.document() == null ? document : null,
          checked.outcome()), failure);
    } catch (IllegalArgumentException e) {
      return new Read(profile, linkedTo, checked, null, failure); // a local rule's own kind of number: kept as it is
    }
  }

  /** The check of a report as read, against the year before if given. */
  private Checked checked(Entry entry, ReportDocument document, ReportDocument previousYear) {
    try {
      ValidationResult result = previousYear == null ? validator.validate(document)
          : validator.validate(document, previousYear.report());
      return new Checked(new Outcome(entry.source(), result, previousYear == null ? null : previousYear.source(),
          null), document);
    } catch (RuntimeException e) {
      return new Checked(new Outcome(entry.source(), null, null, e), document);
    }
  }

  /** An outcome and the document it was read from, or null when it could not be. */
  private record Checked(Outcome outcome, ReportDocument document) {}

  /**
   * Report {@code i}'s outcome: as checked when read, or checked again when its year before was
   * read after it, with the comparison with its peers added.
   */
  private Checked handOver(int i, Seen seen, Map<String, Integer> byBodyAndYear, PeerRules peers,
      PutAside putAside) {
    Entry entry = entries.get(i);
    Profile profile = seen.profiles[i];
    if (profile == null) {
      return new Checked(new Outcome(entry.source(), null, null, putAside.failure(i)), null);
    }
    Checked checked = putAside.take(i, entry, this::rule);
    int yearBefore = GIVEN;
    if (entry.previousYear() == null) {
      Integer last = profile.bodyKey() == null ? null
          : byBodyAndYear.get(profile.bodyKey() + "/" + (profile.year() - 1));
      yearBefore = last == null ? NOT_LINKED : last;
    }
    if (yearBefore != seen.linkedTo[i]) {
      ReportDocument previous = yearBefore == NOT_LINKED ? null : putAside.document(yearBefore, entries.get(yearBefore));
      checked = checked(entry, checked.document(), previous);
    }
    if (peers == null || checked.outcome().failure() != null) {
      return checked.outcome().failure() != null ? new Checked(checked.outcome(), null) : checked;
    }
    Outcome outcome = checked.outcome();
    List<Finding> findings = new ArrayList<>(outcome.result().findings());
    findings.addAll(validator.configured(peers.findings(i, checked.document().report())));
    return new Checked(new Outcome(outcome.source(), new ValidationResult(outcome.result().report(), findings),
        outcome.previousYearSource(), null), checked.document());
  }

  /** The rule of an id, among the catalog's and the validator's added rules. */
  private RuleDefinition rule(String id) {
    Optional<Rule> builtIn = Rule.byId(id);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    return validator.localRules().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * Where the reports of a batch wait between being read and being handed over: in memory for a
   * few, else as bytes in a temporary file, which is deleted as soon as it is open (where the
   * system allows) and in any case when closed. Written on the calling thread, in the order of the
   * reports; read from any thread.
   */
  private static final class PutAside implements AutoCloseable {
    /** Of each report, what is kept in memory: its check, or why it failed. */
    private final AtomicReferenceArray<Object> kept;
    private final FileChannel file;
    private final Path path;
    /** Where each report's bytes are in the file; a length of 0 until they are written. */
    private final AtomicLongArray offsets;
    private final AtomicIntegerArray lengths;
    private long end;

    private PutAside(int n, FileChannel file, Path path) {
      this.kept = new AtomicReferenceArray<>(n);
      this.file = file;
      this.path = path;
      this.offsets = new AtomicLongArray(file == null ? 0 : n);
      this.lengths = new AtomicIntegerArray(file == null ? 0 : n);
    }

    static PutAside inMemory(int n) {
      return new PutAside(n, null, null);
    }

    static PutAside inFile(int n) {
      Path path = null;
      try {
        path = Files.createTempFile("nianbao-batch-", ".tmp");
        FileChannel channel;
        try {
          channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
          Files.deleteIfExists(path);
          throw e;
        }
        try {
          Files.deleteIfExists(path); // nothing is left behind even if the process is killed
        } catch (IOException e) {
          // not where an open file cannot be deleted: it goes when closed
        }
        return new PutAside(n, channel, path);
      } catch (IOException e) {
        throw cannotWrite(path, e);
      }
    }

    private static UncheckedIOException cannotWrite(Path path, IOException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such folder"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
      return new UncheckedIOException(path != null ? "the batch's temporary file " + path + " cannot be written: " + why
          : "the batch's temporary file cannot be made in " + System.getProperty("java.io.tmpdir") + ": " + why
          + " (set another with -Djava.io.tmpdir)", e);
    }

    boolean spills() {
      return file != null;
    }

    /** Keeps what was read of report {@code i}: its bytes in the file, else the objects. */
    void put(int i, Read read) {
      if (read.bytes() == null) {
        kept.set(i, read.checked() != null ? read.checked() : read.failure());
        return;
      }
      if (read.failure() != null) {
        kept.set(i, read.failure());
      }
      try {
        ByteBuffer buffer = ByteBuffer.wrap(read.bytes());
        long at = end;
        while (buffer.hasRemaining()) {
          at += file.write(buffer, at);
        }
        offsets.set(i, end);
        lengths.set(i, read.bytes().length); // last: the bytes can be read from now on
        end = at;
      } catch (IOException e) {
        throw cannotWrite(path, e);
      }
    }

    /** Why report {@code i} could not be read or checked. */
    Exception failure(int i) {
      return kept.get(i) instanceof Exception e ? e : ((Checked) kept.get(i)).outcome().failure();
    }

    /** Report {@code i} as read and checked. */
    Checked take(int i, Entry entry, Function<String, RuleDefinition> rules) {
      if (kept.get(i) instanceof Checked checked) {
        return checked;
      }
      Spilled.In in = in(i);
      ReportDocument document = in.getByte() == 1 ? document(in) : entry.document();
      if (kept.get(i) instanceof Exception failure) {
        return new Checked(new Outcome(entry.source(), null, null, failure), document);
      }
      List<Finding> findings = Spilled.decodeFindings(in, rules);
      String previousYearSource = in.getString();
      return new Checked(new Outcome(entry.source(), new ValidationResult(document.report(), findings),
          previousYearSource, null), document);
    }

    /** The document of report {@code i}, read, to check another against. */
    ReportDocument document(int i, Entry entry) {
      if (entry.document() != null) {
        return entry.document();
      }
      if (kept.get(i) instanceof Checked checked) {
        return checked.document();
      }
      Spilled.In in = in(i);
      in.getByte();
      return document(in);
    }

    /** The report of report {@code i} if it has been put aside already, from any thread; else null. */
    Report reportIfPut(int i, Entry entry) {
      if (entry.document() != null) {
        return entry.document().report();
      }
      if (kept.get(i) instanceof Checked checked) {
        return checked.document().report();
      }
      if (file == null || lengths.get(i) == 0) {
        return null;
      }
      Spilled.In in = in(i);
      in.getByte();
      in.getString(); // the source
      return Spilled.decodeReport(in);
    }

    private Spilled.In in(int i) {
      ByteBuffer buffer = ByteBuffer.allocate(lengths.get(i));
      try {
        long at = offsets.get(i);
        while (buffer.hasRemaining()) {
          int count = file.read(buffer, at);
          if (count < 0) {
            throw new IOException("the file ends early");
          }
          at += count;
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the batch's temporary file " + path + " cannot be read: " + e.getMessage(), e);
      }
      return new Spilled.In(buffer.flip());
    }

    /** The bytes of a report put aside: its document (unless the batch holds it) and its findings. */
    static byte[] bytes(ReportDocument document, Outcome outcome) {
      Spilled.Out out = new Spilled.Out();
      if (document == null) {
        out.putByte(0);
      } else {
        out.putByte(1);
        out.putString(document.source());
        Spilled.encodeReport(out, document.report());
        Spilled.encodeLocations(out, document.report().edition(), document.locations());
        Spilled.encodeIssues(out, document.issues());
        Spilled.encodePlaces(out, document.linePlaces());
        out.putLong(document.reading().toNanos());
      }
      if (outcome.result() != null) {
        Spilled.encodeFindings(out, outcome.result().findings());
        out.putString(outcome.previousYearSource());
      }
      return out.toByteArray();
    }

    private static ReportDocument document(Spilled.In in) {
      String source = in.getString();
      Report report = Spilled.decodeReport(in);
      return ReportDocument.restored(source, report, Spilled.decodeLocations(in, report.edition()), Spilled.decodeIssues(in),
          Spilled.decodePlaces(in), java.time.Duration.ofNanos(in.getLong()));
    }

    @Override
    public void close() {
      if (file != null) {
        try {
          file.close();
        } catch (IOException e) {
          // the file is deleted on close or already was: nothing is lost
        }
      }
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
    private int keptInMemory = KEPT_IN_MEMORY;

    private Builder() {}

    /** Up to how many reports the batch keeps in memory rather than in a temporary file: for tests of both. */
    Builder keptInMemoryUpTo(int count) {
      this.keptInMemory = count;
      return this;
    }

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
     * A batch of files holds only a small profile of each report in memory; the rest waits in a
     * temporary file (see {@link ReportBatch#checkRead}), 10 to 15 KB per report.
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
