package org.nianbao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.nianbao.Edition;
import org.nianbao.LocalRule;
import org.nianbao.Report;
import org.nianbao.ReportValidator;
import org.nianbao.Reports;
import org.nianbao.Rule;
import org.nianbao.RulePack;
import org.nianbao.ValidationResult;
import org.nianbao.internal.layout.Layout;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 20 typical pack rules against the built-in rules on one report (huaian-2024's tables, so that
 * the built-in rules on the text have nothing to read and the built-in figure is the table rules'):
 * the example pack's four 2021 rules, table 四's three sums and twelve of table 三's row sums
 * restated in CEL, and one rule on the level.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RulePackBenchmark {
  private Report report;
  private Report other;
  private boolean flip;
  private List<LocalRule> rules;
  private final ReportValidator builtIn = ReportValidator.create();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Report example = Reports.readJson(Path.of("examples/huaian-2024.json"));
    report = new Report(example.unit(), example.year(), example.edition(), example.activeDisclosure(),
        example.applications(), example.reviewLitigation(), null);
    // an equal report of its own: the pack reads a report's cells once for all its rules, and the
    // benchmark alternates the two so that every operation reads them afresh, as for a new report
    other = new Report(report.unit(), report.year(), report.edition(), report.activeDisclosure(),
        report.applications(), report.reviewLitigation(), null);
    List<LocalRule> all = new ArrayList<>();
    for (LocalRule rule : RulePack.load(Path.of("examples/rulepacks/local-rules.yaml")).rules()) {
      if (rule.appliesTo(Edition.E2021)) {
        all.add(rule);
      }
    }
    StringBuilder pack = new StringBuilder("name: restated\nversion: \"1\"\nrules:\n");
    int n = 0;
    for (Layout.Sum sum : Layout.of(Edition.E2021).sums()) {
      boolean t4 = sum.rule() == Rule.T4_TOTAL;
      boolean t3 = sum.rule() == Rule.T3_ROW_TOTAL && n < 15;
      if (t4 || t3) {
        String parts = sum.parts().stream().map(p -> "\"" + p.pointer() + "\"").collect(Collectors.joining(", "));
        pack.append("  - id: x.sum_").append(n++).append("\n    severity: error\n    expr: 'sum([").append(parts)
            .append("]) == cell(\"").append(sum.total().pointer()).append("\")'\n    cells: [")
            .append(sum.total().pointer()).append("]\n    message: {zh: 不等, en: unequal}\n    basis: b\n");
      }
    }
    pack.append("  - id: x.level\n    severity: info\n    when: level == \"city\"\n"
        + "    expr: 'cell(\"/applications/newRequests/total\") < 100000.0'\n"
        + "    message: {zh: 多, en: many}\n    basis: b\n");
    all.addAll(RulePack.load(pack.toString(), "restated.yaml").rules());
    if (all.size() < 20) {
      throw new IllegalStateException("only " + all.size() + " rules");
    }
    rules = List.copyOf(all.subList(0, 20));
  }

  @Benchmark
  public int builtInTableRules() {
    ValidationResult result = builtIn.validate(report);
    return result.findings().size();
  }

  @Benchmark
  public int twentyPackRules() {
    int found = 0;
    flip = !flip;
    Report checked = flip ? report : other;
    for (LocalRule rule : rules) {
      found += rule.check(checked, null).size();
    }
    return found;
  }
}
