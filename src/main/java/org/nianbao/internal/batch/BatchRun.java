package org.nianbao.internal.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.nianbao.Finding;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.ReportDocument;
import org.nianbao.ReportReadException;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;
import org.nianbao.Rule;
import org.nianbao.Severity;
import org.nianbao.ValidationResult;
import org.nianbao.internal.Messages;
import org.nianbao.internal.json.FindingsJson;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.output.LineFile;
import org.nianbao.internal.rules.Engine;
import org.nianbao.internal.rules.KeyFigure;
import org.nianbao.internal.text.ReportHeading;

/**
 * Checks every report under some files and folders, in parallel, in two passes over the files so
 * that memory holds a small profile per report and never the reports themselves. Pass one reads
 * each report into its profile: body, year, level, key figures, a signature of its text. Between
 * the passes, reports of the same body are linked year to year, peers of a level get their
 * medians, and near-identical texts are paired. Pass two checks each report in full (with last
 * year's report where the batch has it) and writes its line, in file order.
 */
public final class BatchRun {
  /** The file endings read from folders; named files are read whatever their ending. */
  private static final Set<String> ENDINGS = Set.of("json", "txt", "md", "html", "htm", "docx", "pdf");
  /** Peers of a level needed before outliers mean anything. */
  static final int MIN_PEERS = 10;
  /** Robust deviations from the peers' median that make an outlier (SPEC, batch.outlier). */
  static final double OUTLIER = 5;
  /** Signature agreement that makes two texts near-identical. */
  static final double DUPLICATE = 0.9;

  /**
   * @param threads how many reports are read at once
   * @param locale the language of messages
   * @param jsonl where to write one JSON line per report, or null; the caller commits it
   */
  public record Options(int threads, Locale locale, LineFile jsonl) {}

  /** A report as pass one saw it. */
  record Profile(int index, Path path, String unit, String unitKey, int year, String level, BigDecimal[] figures,
      long[] signature) {}

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
   * @param findings findings per rule, in catalog order
   * @param worst the reports with the most errors (then warnings), at most ten
   */
  public record Summary(int files, List<Unreadable> unreadable, List<Unreadable> skipped, int valid,
      Map<Rule, Long> findings, List<Tally> worst) {
    public int read() {
      return files - unreadable.size();
    }
  }

  private final Options options;
  /**
   * Reports pass two has just read, by file: a body's years sort next to each other, so last
   * year's report is usually here when this year's is checked. Bounded: memory stays flat.
   */
  private final Map<Path, Report> recent = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, Report> eldest) {
          return size() > 256;
        }
      });
  private final ReportValidator validator;
  private final Engine engine;
  private final Messages messages;

  public BatchRun(Options options) {
    this.options = options;
    this.validator = ReportValidator.builder().locale(options.locale()).build();
    this.engine = new Engine(options.locale());
    this.messages = Messages.forLocale(options.locale());
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
    List<Path> files = found.files();
    int n = files.size();
    Profile[] profiles = new Profile[n];
    String[] failures = new String[n];
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
    try {
      int[] done = {0};
      ordered(pool, n, i -> () -> profile(i, files.get(i)), (i, outcome) -> {
        if (outcome instanceof Profile p) {
          profiles[i] = p;
        } else {
          failures[i] = (String) outcome;
        }
        progress.accept(++done[0]);
      });

      Map<String, Map<Integer, Integer>> byUnit = new HashMap<>();
      for (Profile p : profiles) {
        if (p != null) {
          byUnit.computeIfAbsent(p.unitKey(), k -> new HashMap<>()).putIfAbsent(p.year(), p.index());
        }
      }
      Map<String, double[][]> peerStats = peerStatistics(profiles);
      Map<Integer, List<int[]>> duplicates = duplicates(profiles);

      Map<Rule, Long> counts = new EnumMap<>(Rule.class);
      List<Tally> tallies = new ArrayList<>();
      int[] valid = {0};
      LineFile jsonl = options.jsonl();
      try {
        ordered(pool, n, i -> () -> profiles[i] == null ? null
            : check(profiles[i], files, profiles, byUnit, peerStats, duplicates.getOrDefault(i, List.of())),
            (i, outcome) -> {
              progress.accept(++done[0]);
              if (outcome instanceof String failure) {
                failures[i] = failure; // unreadable the second time: counted once, as unreadable
                profiles[i] = null;
                return;
              }
              if (!(outcome instanceof FindingsJson.Entry entry)) {
                return;
              }
              ValidationResult result = entry.result();
              if (result.isValid()) {
                valid[0]++;
              }
              // batch runs the built-in catalog only: no local rule can be added on its command line
              result.findings().forEach(f -> counts.merge((Rule) f.rule(), 1L, Long::sum));
              tallies.add(new Tally(result.report().unit(), result.report().year(), entry.source(),
                  result.count(Severity.ERROR), result.count(Severity.WARNING)));
              tallies.sort(Comparator.comparingLong(Tally::errors).thenComparingLong(Tally::warnings).reversed()
                  .thenComparing(Tally::source));
              if (tallies.size() > 10) {
                tallies.remove(10);
              }
              if (jsonl != null) {
                try {
                  jsonl.writeLine(FindingsJson.line(entry));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      List<Unreadable> unreadable = new ArrayList<>(found.unreadable());
      for (int i = 0; i < n; i++) {
        if (failures[i] != null) {
          unreadable.add(new Unreadable(files.get(i).toString(), failures[i]));
        }
      }
      Map<Rule, Long> ordered = new TreeMap<>(counts);
      return new Summary(n + found.unreadable().size(), unreadable, found.skipped(), valid[0], ordered,
          List.copyOf(tallies));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs task i for every i on the pool, a bounded number at a time, and hands the outcomes over in order. */
  private static void ordered(ExecutorService pool, int n, java.util.function.IntFunction<Callable<Object>> task,
      java.util.function.BiConsumer<Integer, Object> sink) throws IOException {
    int window = 64;
    ArrayDeque<Future<Object>> inFlight = new ArrayDeque<>();
    int next = 0;
    for (int i = 0; i < n; i++) {
      inFlight.add(pool.submit(task.apply(i)));
      if (inFlight.size() >= window) {
        sink.accept(next++, take(inFlight.poll()));
      }
    }
    while (!inFlight.isEmpty()) {
      sink.accept(next++, take(inFlight.poll()));
    }
  }

  private static Object take(Future<Object> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the batch was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      // a bug on one report must not stop the others: it is that report's failure
      return "internal error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
  }

  private Object profile(int index, Path path) {
    try {
      Report report = Reports.load(path).report();
      Layout layout = Layout.of(report.edition());
      org.nianbao.Cell[] cells = layout.cells(report);
      BigDecimal[] figures = new BigDecimal[KeyFigure.values().length];
      for (KeyFigure figure : KeyFigure.values()) {
        figures[figure.ordinal()] = figure.value(layout, s -> cells[s.index()] instanceof org.nianbao.Cell.NotApplicable
            ? BigDecimal.ZERO : cells[s.index()].numberOrNull());
      }
      return new Profile(index, path, report.unit(), ReportHeading.normalize(report.unit()), report.year(),
          Peers.level(report.unit()), figures, MinHash.signature(text(report.narrative())));
    } catch (ReportReadException e) {
      return e.problem();
    } catch (RuntimeException e) {
      return "internal error: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** The narrative's text, sections only: the preamble names the body and repeats legitimately. */
  private static String text(Narrative narrative) {
    StringBuilder text = new StringBuilder();
    narrative.sections().forEach(s -> s.lines().forEach(l -> text.append(l.text()).append('\n')));
    return text.toString();
  }

  /** Per level and key figure: {median, robust deviation, peers}. */
  private static Map<String, double[][]> peerStatistics(Profile[] profiles) {
    Map<String, List<Profile>> byLevel = new HashMap<>();
    for (Profile p : profiles) {
      if (p != null && p.level() != null) {
        byLevel.computeIfAbsent(p.level(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, double[][]> stats = new HashMap<>();
    byLevel.forEach((level, peers) -> {
      double[][] perFigure = new double[KeyFigure.values().length][];
      for (KeyFigure figure : KeyFigure.values()) {
        double[] values = peers.stream().map(p -> p.figures()[figure.ordinal()]).filter(v -> v != null)
            .mapToDouble(BigDecimal::doubleValue).toArray();
        if (values.length >= MIN_PEERS) {
          double[] md = Peers.medianAndDeviation(values);
          perFigure[figure.ordinal()] = new double[] {md[0], md[1], values.length};
        }
      }
      stats.put(level, perFigure);
    });
    return stats;
  }

  /** Pairs of near-identical texts: {other index, similarity in per mille}, by report. */
  private static Map<Integer, List<int[]>> duplicates(Profile[] profiles) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (Profile p : profiles) {
      if (p != null && p.signature() != null) {
        for (int band = 0; band < MinHash.BANDS; band++) {
          buckets.computeIfAbsent(MinHash.band(p.signature(), band), k -> new ArrayList<>()).add(p.index());
        }
      }
    }
    Map<Integer, java.util.TreeMap<Integer, Integer>> found = new HashMap<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() < 2 || bucket.size() > 200) {
        continue; // a bucket that large is a template every report shares, not a copy
      }
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          Profile x = profiles[bucket.get(a)];
          Profile y = profiles[bucket.get(b)];
          boolean sameBody = x.unitKey().equals(y.unitKey());
          if (sameBody && Math.abs(x.year() - y.year()) != 1) {
            continue; // the same report twice (two formats), or years apart
          }
          double similarity = MinHash.similarity(x.signature(), y.signature());
          if (similarity >= DUPLICATE) {
            int perMille = (int) Math.round(similarity * 1000);
            found.computeIfAbsent(x.index(), k -> new TreeMap<>()).put(y.index(), perMille);
            found.computeIfAbsent(y.index(), k -> new TreeMap<>()).put(x.index(), perMille);
          }
        }
      }
    }
    Map<Integer, List<int[]>> out = new HashMap<>();
    found.forEach((i, others) -> others.forEach((j, s) -> out.computeIfAbsent(i, k -> new ArrayList<>())
        .add(new int[] {j, s})));
    return out;
  }

  private Object check(Profile profile, List<Path> files, Profile[] profiles, Map<String, Map<Integer, Integer>> byUnit,
      Map<String, double[][]> peerStats, List<int[]> duplicates) {
    try {
      ReportDocument document = Reports.load(profile.path());
      recent.put(profile.path(), document.report());
      Integer last = byUnit.get(profile.unitKey()).get(profile.year() - 1);
      Report lastYear = null;
      String previousSource = null;
      if (last != null && profiles[last] != null) {
        lastYear = recent.get(files.get(last));
        try {
          if (lastYear == null) {
            lastYear = Reports.load(files.get(last)).report();
          }
          previousSource = files.get(last).toString();
        } catch (ReportReadException e) {
          lastYear = null;
        }
      }
      ValidationResult result = lastYear == null ? validator.validate(document) : validator.validate(document, lastYear);
      List<Finding> findings = new ArrayList<>(result.findings());
      findings.addAll(outliers(profile, document.report(), peerStats));
      for (int[] duplicate : duplicates) {
        findings.add(duplicateFinding(profile, profiles[duplicate[0]], duplicate[1], document.report()));
      }
      return new FindingsJson.Entry(profile.path().toString(), previousSource,
          new ValidationResult(document.report(), findings));
    } catch (ReportReadException e) {
      return e.problem(); // the summary names the file; the reason must not name it again
    } catch (org.nianbao.TimeLimitExceededException e) {
      return e.getMessage(); // this report's failure: the batch goes on with the next
    } catch (RuntimeException e) {
      return "internal error: " + e.getClass().getSimpleName() + ": " + oneLine(String.valueOf(e.getMessage()));
    }
  }

  private List<Finding> outliers(Profile profile, Report report, Map<String, double[][]> peerStats) {
    List<Finding> out = new ArrayList<>();
    double[][] stats = profile.level() == null ? null : peerStats.get(profile.level());
    if (stats == null) {
      return out;
    }
    for (KeyFigure figure : KeyFigure.values()) {
      double[] s = stats[figure.ordinal()];
      BigDecimal value = profile.figures()[figure.ordinal()];
      if (s == null || value == null || s[1] == 0) {
        continue; // too few peers, or peers that all report the same
      }
      double deviations = Math.abs(value.doubleValue() - s[0]) / s[1];
      if (deviations > OUTLIER) {
        out.add(engine.batchFinding(Rule.BATCH_OUTLIER, report, figure.pointers(), BigDecimal.valueOf(s[0]), value,
            "batch.outlier", Finding.Phrase.of("figure." + figure.id()), value.toPlainString(),
            Finding.Phrase.of("level." + profile.level()), Long.toString((long) s[2]),
            BigDecimal.valueOf(s[0]).stripTrailingZeros().toPlainString(),
            BigDecimal.valueOf(deviations).setScale(1, RoundingMode.HALF_UP).toPlainString()));
      }
    }
    return out;
  }

  private Finding duplicateFinding(Profile profile, Profile other, int perMille, Report report) {
    String similarity = BigDecimal.valueOf(perMille, 1).stripTrailingZeros().toPlainString() + "%";
    boolean lastYear = other.unitKey().equals(profile.unitKey());
    return lastYear
        ? engine.batchFinding(Rule.BATCH_DUPLICATE, report, List.of(), null, null, "batch.duplicate.last_year",
            Integer.toString(other.year()), other.path().toString(), similarity)
        : engine.batchFinding(Rule.BATCH_DUPLICATE, report, List.of(), null, null, "batch.duplicate.other",
            other.unit(), Integer.toString(other.year()), other.path().toString(), similarity);
  }
}
