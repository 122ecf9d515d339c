package org.nianbao.internal.batch;

import java.util.Arrays;

/**
 * Near-duplicate text: the MinHash signature of a text's five-character shingles (digits and
 * spaces left out, so that boilerplate with new numbers still matches), whose agreement estimates
 * the Jaccard similarity of two texts.
 */
final class MinHash {
  static final int SIZE = 64;
  static final int BANDS = 16;
  /** Texts shorter than this ("无。") say nothing about copying. */
  static final int MIN_TEXT = 200;
  private static final int SHINGLE = 5;
  private static final long PRIME = 2_305_843_009_213_693_951L; // 2^61 - 1
  private static final long[] A = new long[SIZE];
  private static final long[] B = new long[SIZE];

  static {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20190601);
    for (int i = 0; i < SIZE; i++) {
      A[i] = 1 + random.nextLong(PRIME - 1);
      B[i] = random.nextLong(PRIME);
    }
  }

  private MinHash() {}

  /** The signature, or null when the text is too short to compare. */
  static long[] signature(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isDigit(c)).forEach(letters::appendCodePoint);
    if (letters.length() < MIN_TEXT) {
      return null;
    }
    long[] signature = new long[SIZE];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= letters.length(); i++) {
      long h = letters.substring(i, i + SHINGLE).hashCode() & 0xffffffffL;
      for (int k = 0; k < SIZE; k++) {
        long v = Math.floorMod(A[k] * h + B[k], PRIME);
        if (v < signature[k]) {
          signature[k] = v;
        }
      }
    }
    return signature;
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / SIZE;
  }

  /** The bucket of band {@code band}: texts that share one are compared. */
  static long band(long[] signature, int band) {
    int rows = SIZE / BANDS;
    long h = band;
    for (int i = band * rows; i < (band + 1) * rows; i++) {
      h = h * 1_000_003L + signature[i];
    }
    return h;
  }
}
