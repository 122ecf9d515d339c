package org.nianbao;

import java.util.Locale;

/** How much a finding matters, from most to least severe. */
public enum Severity {
  /** Blocks submission: the report contradicts itself or the template. */
  ERROR,
  /** Needs a human look. */
  WARNING,
  /** For information. */
  INFO;

  /**
   * The name used in JSON output and on the command line.
   *
   * @return the name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether this severity is at least as severe as another.
   *
   * @param other the severity to compare with
   * @return true when this one is {@code other} or more severe
   */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  @Override
  public String toString() {
    return id();
  }
}
