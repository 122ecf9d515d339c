package org.nianbao.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nianbao.Edition;
import org.nianbao.ReportValidator;
import org.nianbao.internal.batch.BatchRun;
import org.nianbao.testing.ConsistentReports;
import org.nianbao.testing.TextRendering;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** (g) nianbao batch over text reports on two threads: one operation is a batch of {@link #REPORTS}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BatchBenchmark {
  public static final int REPORTS = 1000;

  private List<Path> files;
  private final BatchRun run = new BatchRun(new BatchRun.Options(2, ReportValidator.create(), null));

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = Files.createTempDirectory("nianbao-batch");
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < REPORTS; i++) {
      Edition edition = i % 2 == 0 ? Edition.E2019 : Edition.E2021;
      Files.writeString(dir.resolve(i + ".txt"),
          TextRendering.render(ConsistentReports.generate(edition, random), TextRendering.Style.TAB));
    }
    files = BatchRun.files(List.of(dir));
  }

  @Benchmark
  public BatchRun.Summary g_batchOfTextReports() throws Exception {
    return run.run(files, done -> { });
  }
}
