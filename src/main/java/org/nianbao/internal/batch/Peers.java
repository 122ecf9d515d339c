package org.nianbao.internal.batch;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The level of government a body belongs to, told by its name, and robust statistics among peers. */
public final class Peers {
  private static final Pattern MUNICIPALITY = Pattern.compile("^(北京市|上海市|天津市|重庆市)");

  private Peers() {}

  /** township, county, city or provincial; null when the name does not tell. */
  static String level(String unit) {
    if (unit.contains("乡") || unit.contains("镇") || unit.contains("街道")) {
      return "township";
    }
    String name = unit.replace("自治区", "省");
    if (MUNICIPALITY.matcher(name).find()) {
      name = "省" + name.substring(3); // 北京、上海、天津、重庆 are provinces; their districts are counties
    }
    if (name.contains("县") || name.contains("区") || name.contains("旗")) {
      return "county";
    }
    if (name.contains("市") || name.contains("州") || name.contains("盟")) {
      return "city";
    }
    return name.contains("省") ? "provincial" : null;
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
