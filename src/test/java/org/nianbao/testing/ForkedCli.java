package org.nianbao.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the command line ({@code org.nianbao.cli.Main}) in a forked JVM with a small heap, as a user
 * would: what it prints, its exit status and how long it took. A run that passes its time limit is
 * killed and reported as timed out, so that a hang fails the test instead of stalling the build.
 */
public final class ForkedCli {
  /** The heap of the forked JVM: the memory bound the command line promises to live within. */
  public static final String HEAP = "-Xmx256m";

  private static final Pattern STACK_TRACE = Pattern.compile(
      "(?m)^\\s+at [\\w$.]+\\(|Exception\\b|\\bError:|Caused by:|\\.java:\\d+\\)");

  private final List<String> args = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private byte[] stdin;
  private File stdinFile;
  private File stdoutFile;
  private Path workingDirectory;
  private Duration timeout = Duration.ofSeconds(60);

  private ForkedCli(String... args) {
    this.args.addAll(Arrays.asList(args));
  }

  /** The command line {@code nianbao ARGS…}. */
  public static ForkedCli nianbao(String... args) {
    return new ForkedCli(args);
  }

  /** Feeds these bytes on standard input (otherwise standard input is empty). */
  public ForkedCli stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  /** Feeds this file on standard input. */
  public ForkedCli stdinFrom(File file) {
    this.stdinFile = file;
    return this;
  }

  /** Sends standard output to this file, e.g. {@code /dev/full}; {@link Result#out()} is then empty. */
  public ForkedCli stdoutTo(File file) {
    this.stdoutFile = file;
    return this;
  }

  public ForkedCli in(Path directory) {
    this.workingDirectory = directory;
    return this;
  }

  /** The longest the run may take before it is killed (default 60 s). */
  public ForkedCli timeout(Duration limit) {
    this.timeout = limit;
    return this;
  }

  /** An extra option for the forked JVM, e.g. a system property. */
  public ForkedCli jvm(String option) {
    this.jvmOptions.add(option);
    return this;
  }

  /** Starts the run without waiting for it: for tests that signal or race the process. */
  public Running start() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dstderr.encoding=UTF-8");
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.nianbao.cli.Main");
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (workingDirectory != null) {
      builder.directory(workingDirectory.toFile());
    }
    if (stdoutFile != null) {
      builder.redirectOutput(ProcessBuilder.Redirect.to(stdoutFile));
    }
    if (stdinFile != null) {
      builder.redirectInput(ProcessBuilder.Redirect.from(stdinFile));
    }
    long started = System.nanoTime();
    try {
      Process process = builder.start();
      return new Running(process, started, stdin, stdoutFile == null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line and waits for it, at most the time limit. */
  public Result run() {
    return start().await(timeout);
  }

  /** A started run. */
  public static final class Running {
    private final Process process;
    private final long started;
    private final Drain out;
    private final Drain err;

    private Running(Process process, long started, byte[] stdin, boolean captureOut) {
      this.process = process;
      this.started = started;
      this.out = captureOut ? new Drain(process.getInputStream()) : null;
      this.err = new Drain(process.getErrorStream());
      Thread feeder = new Thread(() -> {
        try (OutputStream in = process.getOutputStream()) {
          if (stdin != null) {
            in.write(stdin);
          }
        } catch (IOException e) {
          // the CLI may exit without reading all of its input; that is its business
        }
      }, "forked-cli-stdin");
      feeder.setDaemon(true);
      feeder.start();
    }

    public Process process() {
      return process;
    }

    /** Waits at most {@code limit}; a run still going then is killed and marked timed out. */
    public Result await(Duration limit) {
      boolean timedOut;
      try {
        timedOut = !process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (timedOut) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the CLI", e);
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      return new Result(timedOut ? -1 : process.exitValue(), out == null ? "" : out.text(), err.text(),
          elapsed, timedOut);
    }
  }

  /** What the run printed and how it ended; {@code status} is -1 when it timed out. */
  public record Result(int status, String out, String err, Duration elapsed, boolean timedOut) {
    /** Asserts the exit status, with the streams in the failure message. */
    public Result hasStatus(int expected) {
      assertThat(timedOut).as("timed out after %s; stderr: %s", elapsed, err).isFalse();
      assertThat(status).as("exit status; stderr: %s; stdout: %s", err, abbreviate(out)).isEqualTo(expected);
      return this;
    }

    /** Asserts stderr is exactly one line (ending in a newline) with no stack trace in it. */
    public Result hasOneLineError() {
      assertOneLineError(err);
      return this;
    }

    /** Asserts the run finished within {@code limit}. */
    public Result tookLessThan(Duration limit) {
      assertThat(timedOut).as("timed out; stderr: %s", err).isFalse();
      assertThat(elapsed).as("elapsed").isLessThan(limit);
      return this;
    }

    private static String abbreviate(String s) {
      return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
    }
  }

  /** Asserts {@code err} is exactly one line (ending in a newline) and shows no stack trace. */
  public static void assertOneLineError(String err) {
    assertThat(err).as("stderr").endsWith("\n");
    String line = err.substring(0, err.length() - 1);
    assertThat(line).as("stderr is one line").isNotBlank().doesNotContain("\n").doesNotContain("\r");
    assertThat(STACK_TRACE.matcher(err).find()).as("stderr shows a stack trace or an exception name: %s", err)
        .isFalse();
    assertThat(err).as("stderr").doesNotContain("at org.").doesNotContain("at java.");
  }

  /** Reads a child's stream on its own thread, so that a full pipe never blocks the child. */
  private static final class Drain {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread thread;

    Drain(InputStream in) {
      thread = new Thread(() -> {
        try (in) {
          in.transferTo(bytes);
        } catch (IOException e) {
          // the process died; what was read so far is what it printed
        }
      }, "forked-cli-drain");
      thread.setDaemon(true);
      thread.start();
    }

    String text() {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      synchronized (bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
