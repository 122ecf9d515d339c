package org.nianbao.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Report;
import org.nianbao.internal.json.ReportJson;

/**
 * A folder of generated text reports for the batch's throughput runs, with the canonical JSON of
 * each report beside it for the floor (reading the same reports with Jackson): the JMH benchmark
 * and {@code .ci/batch-throughput} share it, so both measure the same inputs.
 *
 * <p>Report {@code k} is body {@code k}'s report for {@code 2020 + k % 5} (the 2019 edition for
 * 2020, else 2021), its figures drawn at random, seeded, so every run writes the same bytes. Each
 * body has one report: figures drawn afresh for each year would not carry over, and the prev.*
 * findings of every linked pair would cost the batch what no real archive does; when {@code k % 97 == 13} one outcome cell counts one person too
 * many, as a real batch has the odd error. Files go 1,000 to a subfolder, as an archive would.
 */
public final class GeneratedBatch {
  /** Where the text reports are, under the folder given. */
  public static final String TEXT = "text";
  /** Where their canonical JSON copies are. */
  public static final String JSON = "json";

  private GeneratedBatch() {}

  /** Whether report {@code k} has the planted error. */
  public static boolean planted(int k) {
    return k % 97 == 13;
  }

  /**
   * Writes {@code n} text reports under {@code dir/text} and, when {@code jsonCopies}, the same
   * reports as JSON under {@code dir/json}.
   */
  public static void write(Path dir, int n, boolean jsonCopies) throws IOException {
    SplittableRandom random = new SplittableRandom(14);
    for (int k = 0; k < n; k++) {
      Report report = report(k, random);
      String name = String.format("%03d/r%07d", k / 1000, k);
      Path text = dir.resolve(TEXT).resolve(name + ".txt");
      Files.createDirectories(text.getParent());
      Files.writeString(text, TextRendering.render(report, TextRendering.Style.TAB));
      if (jsonCopies) {
        Path json = dir.resolve(JSON).resolve(name + ".json");
        Files.createDirectories(json.getParent());
        Files.writeString(json, ReportJson.write(report));
      }
    }
  }

  private static Report report(int k, SplittableRandom random) {
    int year = 2020 + k % 5;
    Report drawn = ConsistentReports.generate(year < 2021 ? Edition.E2019 : Edition.E2021, random);
    Report report = new Report(body(k), year, drawn.edition(), drawn.activeDisclosure(),
        drawn.applications(), drawn.reviewLitigation(), drawn.narrative());
    if (!planted(k)) {
      return report;
    }
    Cell cell = report.applications().outcomes().disclosed().naturalPerson();
    return TestReports.with(report, Map.of("/applications/outcomes/disclosed/naturalPerson",
        ((Cell.Value) cell).number().intValue() + 1));
  }

  /** A body's name: its number spelled in the ten heavenly stems, as a title with digits is not read as a body. */
  static String body(int number) {
    StringBuilder name = new StringBuilder("测试市");
    for (char digit : Integer.toString(number).toCharArray()) {
      name.append("甲乙丙丁戊己庚辛壬癸".charAt(digit - '0'));
    }
    return name.append("局").toString();
  }

  /** The files under {@code dir} (a folder of one kind), in path order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /**
   * Floor (a): reads every file whole and decodes it as UTF-8, on {@code threads} threads; returns
   * the characters read, so that nothing is optimised away.
   */
  public static long readPlain(List<Path> files, ExecutorService pool, int threads) throws Exception {
    AtomicLong chars = new AtomicLong();
    share(files, pool, threads, file -> chars.addAndGet(
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).length()));
    return chars.get();
  }

  /** Floor (b): reads every file and parses it as JSON with Jackson ({@code readTree}), on {@code threads} threads. */
  public static long readJackson(List<Path> files, ExecutorService pool, int threads) throws Exception {
    AtomicLong fields = new AtomicLong();
    share(files, pool, threads, file -> {
      JsonNode tree = ReportJson.MAPPER.readTree(Files.readAllBytes(file));
      fields.addAndGet(tree.size());
    });
    return fields.get();
  }

  private interface FileWork {
    void on(Path file) throws IOException;
  }

  /** The files shared out to {@code threads} workers, each taking the next file not yet taken, as batch does. */
  private static void share(List<Path> files, ExecutorService pool, int threads, FileWork work) throws Exception {
    AtomicInteger next = new AtomicInteger();
    Future<?>[] workers = new Future<?>[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
          try {
            work.on(files.get(i));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
  }

  /**
   * For {@code .ci/batch-throughput}: {@code write DIR N}, or {@code plain DIR THREADS} and
   * {@code jackson DIR THREADS} (a floor as a whole run, JVM start included like the batch's).
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    if (args[0].equals("write")) {
      write(dir, Integer.parseInt(args[2]), true);
      return;
    }
    int threads = Integer.parseInt(args[2]);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Path> files = files(dir);
      long n = args[0].equals("plain") ? readPlain(files, pool, threads) : readJackson(files, pool, threads);
      System.out.println(files.size() + " files, " + n);
    } finally {
      pool.shutdown();
    }
  }
}
