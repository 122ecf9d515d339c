package org.nianbao.internal.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.Finding;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.internal.Numbers;
import org.nianbao.internal.rules.Engine;
import org.nianbao.internal.rules.KeyFigure;
import org.nianbao.internal.text.ReportHeading;

/**
 * The batch rules over the profiles of a batch: {@code batch.outlier} (a key figure far from the
 * peers of the same level) and {@code batch.duplicate} (near-identical narratives). Immutable once
 * built: the reports of the batch are then checked against it from any thread.
 */
public final class PeerRules {
  /** Peers of a level needed before outliers mean anything. */
  static final int MIN_PEERS = 10;
  /** Robust deviations from the peers' median that make an outlier (SPEC, batch.outlier). */
  static final double OUTLIER = 5;
  /** Signature agreement that makes two texts near-identical. */
  static final double DUPLICATE = 0.9;

  private final List<Profile> profiles;
  /** Per level and key figure: {median, robust deviation, peers}. */
  private final Map<String, double[][]> peerStats;
  /** Near-identical texts: {other index, similarity in per mille}, by report. */
  private final Map<Integer, List<int[]>> duplicates;
  private final Engine engine;

  /**
   * @param profiles the batch's profiles, by index, with peers compared; null where a report could not be read
   * @param locale the language of the findings' messages
   */
  public PeerRules(List<Profile> profiles, Locale locale) {
    this.profiles = profiles;
    this.peerStats = peerStatistics(profiles);
    this.duplicates = duplicates(profiles);
    this.engine = new Engine(locale);
  }

  /** The batch findings on report {@code index}: its outliers, then the texts it nearly duplicates. */
  public List<Finding> findings(int index, Report report) {
    Profile profile = profiles.get(index);
    List<Finding> findings = new ArrayList<>(outliers(profile, report));
    for (int[] duplicate : duplicates.getOrDefault(index, List.of())) {
      findings.add(duplicateFinding(profile, profiles.get(duplicate[0]), duplicate[1], report));
    }
    return findings;
  }

  private static Map<String, double[][]> peerStatistics(List<Profile> profiles) {
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

  private static Map<Integer, List<int[]>> duplicates(List<Profile> profiles) {
    Map<Long, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < profiles.size(); i++) {
      Profile p = profiles.get(i);
      if (p != null && p.signature() != null) {
        for (int band = 0; band < MinHash.BANDS; band++) {
          buckets.computeIfAbsent(MinHash.band(p.signature(), band), k -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<Integer, TreeMap<Integer, Integer>> found = new HashMap<>();
    for (List<Integer> bucket : buckets.values()) {
      if (bucket.size() < 2 || bucket.size() > 200) {
        continue; // a bucket that large is a template every report shares, not a copy
      }
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          Profile x = profiles.get(bucket.get(a));
          Profile y = profiles.get(bucket.get(b));
          if (sameBody(x, y) && Math.abs(x.year() - y.year()) != 1) {
            continue; // the same report twice (two formats), or years apart
          }
          double similarity = MinHash.similarity(x.signature(), y.signature());
          if (similarity >= DUPLICATE) {
            int perMille = (int) Math.round(similarity * 1000);
            found.computeIfAbsent(bucket.get(a), k -> new TreeMap<>()).put(bucket.get(b), perMille);
            found.computeIfAbsent(bucket.get(b), k -> new TreeMap<>()).put(bucket.get(a), perMille);
          }
        }
      }
    }
    Map<Integer, List<int[]>> out = new HashMap<>();
    found.forEach((i, others) -> others.forEach((j, s) -> out.computeIfAbsent(i, k -> new ArrayList<>())
        .add(new int[] {j, s})));
    return out;
  }

  private static boolean sameBody(Profile x, Profile y) {
    return ReportHeading.normalize(x.unit()).equals(ReportHeading.normalize(y.unit()));
  }

  private List<Finding> outliers(Profile profile, Report report) {
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
            Numbers.shortest(BigDecimal.valueOf(s[0])),
            BigDecimal.valueOf(deviations).setScale(1, RoundingMode.HALF_UP).toPlainString()));
      }
    }
    return out;
  }

  private Finding duplicateFinding(Profile profile, Profile other, int perMille, Report report) {
    String similarity = BigDecimal.valueOf(perMille, 1).stripTrailingZeros().toPlainString() + "%";
    return sameBody(profile, other)
        ? engine.batchFinding(Rule.BATCH_DUPLICATE, report, List.of(), null, null, "batch.duplicate.last_year",
            Integer.toString(other.year()), other.source(), similarity)
        : engine.batchFinding(Rule.BATCH_DUPLICATE, report, List.of(), null, null, "batch.duplicate.other",
            other.unit(), Integer.toString(other.year()), other.source(), similarity);
  }
}
