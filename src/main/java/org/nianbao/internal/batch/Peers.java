package org.nianbao.internal.batch;

import java.util.Arrays;
import org.nianbao.internal.narrative.BodyLevel;

/** The level of government a body belongs to, told by its name, and robust statistics among peers. */
public final class Peers {
  private Peers() {}

  /**
   * township, county, city or provincial; null when the name does not tell (a zone, a central
   * body). The level is {@link BodyLevel}'s: 镇江市 is a city, not a town.
   */
  public static String level(String unit) {
    BodyLevel.Level level = BodyLevel.of(unit).level();
    if (level == null) {
      return null;
    }
    return switch (level) {
      case TOWNSHIP -> "township";
      case COUNTY -> "county";
      case CITY -> "city";
      case PROVINCE -> "provincial";
      case CENTRAL -> null;
    };
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Median and the median absolute deviation, scaled to a standard deviation (× 1.4826). */
  static double[] medianAndDeviation(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median = median(sorted);
    double[] deviations = new double[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      deviations[i] = Math.abs(sorted[i] - median);
    }
    Arrays.sort(deviations);
    return new double[] {median, 1.4826 * median(deviations)};
  }
}
