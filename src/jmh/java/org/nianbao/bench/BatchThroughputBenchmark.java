package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.nianbao.ReportValidator;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.testing.GeneratedBatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 14's throughput: a whole {@code batch} of {@link #REPORTS} generated text reports on two
 * threads in a 256 MB heap, against two floors measured in the same run on the same two threads:
 * (a) reading those files and decoding them as UTF-8, (b) reading the same reports as canonical
 * JSON with Jackson. Each invocation is one whole batch (single shot); the score is per report,
 * so reports/s is 1,000,000 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@OperationsPerInvocation(BatchThroughputBenchmark.REPORTS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-XX:ActiveProcessorCount=2"})
public class BatchThroughputBenchmark {
  public static final int REPORTS = 10_000;
  private static final int THREADS = 2;

  private Path dir;
  private List<Path> text;
  private List<Path> json;
  private ExecutorService pool;
  private final BatchRun run = new BatchRun(new BatchRun.Options(THREADS, ReportValidator.create(), null));

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Files.createTempDirectory("nianbao-throughput");
    GeneratedBatch.write(dir, REPORTS, true);
    text = GeneratedBatch.files(dir.resolve(GeneratedBatch.TEXT));
    json = GeneratedBatch.files(dir.resolve(GeneratedBatch.JSON));
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    pool.shutdown();
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** The batch as the command runs it: the folder searched, every report read, checked, linked and compared. */
  @Benchmark
  public BatchRun.Summary batch() throws Exception {
    BatchRun.Summary summary = run.run(BatchRun.find(List.of(dir.resolve(GeneratedBatch.TEXT))), done -> { });
    if (summary.read() != REPORTS) {
      throw new IllegalStateException("read " + summary.read() + " of " + REPORTS);
    }
    return summary;
  }

  /** Floor (a): the same text files read whole and decoded. */
  @Benchmark
  public long floorPlainText() throws Exception {
    return GeneratedBatch.readPlain(text, pool, THREADS);
  }

  /** Floor (b): the same reports read from canonical JSON and parsed with Jackson. */
  @Benchmark
  public long floorJackson() throws Exception {
    return GeneratedBatch.readJackson(json, pool, THREADS);
  }
}
