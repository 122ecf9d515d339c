package org.nianbao.internal;

import java.time.Duration;
import org.nianbao.TimeLimitExceededException;

/**
 * The time left for the check of one report. Immutable and owned by one check, so checks on
 * other threads never share it. Long loops call {@link #check()}: past the limit, or when the
 * thread doing the work was interrupted because its caller gave up on it, the work stops by
 * throwing {@link TimeLimitExceededException}.
 */
public final class Deadline {
  /** No limit, for code that runs outside a check (tests of one part, benchmarks). */
  public static final Deadline NONE = new Deadline(null, Long.MAX_VALUE);

  private final Duration limit;
  private final long end;

  private Deadline(Duration limit, long end) {
    this.limit = limit;
    this.end = end;
  }

  /** A deadline {@code limit} from now. */
  public static Deadline after(Duration limit) {
    return new Deadline(limit, System.nanoTime() + Math.max(0, limit.toNanos()));
  }

  /** The same limit, with {@code spent} of it already used (by reading the report). */
  public static Deadline after(Duration limit, Duration spent) {
    return new Deadline(limit, System.nanoTime() + Math.max(0, limit.minus(spent).toNanos()));
  }

  /** The whole limit this deadline enforces, for messages; null for {@link #NONE}. */
  public Duration limit() {
    return limit;
  }

  /** The time left, never negative. */
  public Duration remaining() {
    return limit == null ? Duration.ofDays(365) : Duration.ofNanos(Math.max(0, end - System.nanoTime()));
  }

  /** Stops the work when the time is up or its thread was interrupted. */
  public void check() {
    if (limit == null) {
      if (Thread.currentThread().isInterrupted()) {
        throw new TimeLimitExceededException(null, null);
      }
      return;
    }
    if (end - System.nanoTime() < 0 || Thread.currentThread().isInterrupted()) {
      throw new TimeLimitExceededException(null, limit);
    }
  }
}
