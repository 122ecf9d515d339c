package org.nianbao.internal.narrative;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.Cell;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.internal.Deadline;
import org.nianbao.internal.Limits;
import org.nianbao.internal.layout.Layout;
import org.nianbao.internal.text.Sections;

/**
 * The rules on the report's text: its sections, year and statistics period, the notice it
 * cites, and the figures it states against the tables. The text is cut into sentences once,
 * each sentence tokenized once, and every rule (one class per rule id) reads the same sentences.
 * A number is compared only where the sentence leaves no doubt what it counts: no finding beats a
 * wrong one.
 */
public final class NarrativeRules {
  private NarrativeRules() {}


  /** The rules, in the order their findings are listed. */
  static final List<TextRule> RULES = List.of(new SectionsRule(), new YearRule(), new PeriodRule(),
      new NoticeRule(), new BreakdownRule(), new NoApplicationsRule(), new ApplicationsRule(), new OutcomesRule(),
      new ReviewLitigationRule(), new FeeRule(), new ActiveDisclosureRule(), new RulesLevelRule(),
      new PublishedLateRule());

  /** A long line that stops mid-sentence was wrapped (PDF text): it goes on in the next line. */
  private static final int WRAPPED = 40;
  /** A line ending in one of these ends its paragraph. */
  private static final String CLOSING = "。；;！!？?：:”」）)";
  /** Where a sentence ends. */
  private static final String ENDS = "。；;！!？?";
  /** Where a whole sentence ends: a breakdown's items may be separated by ；. */
  private static final String WHOLE_ENDS = "。！!？?";

  public static List<Observation> check(Report report) {
    return check(report, Layout.of(report.edition()).cells(report), Deadline.NONE);
  }

  /** As {@link #check(Report)}, with the report's cells already read (in layout order), by {@code deadline}. */
  public static List<Observation> check(Report report, Cell[] cells, Deadline deadline) {
    Narrative narrative = report.narrative();
    // tables entered without their text: only the rules that do not read it
    boolean text = !narrative.preamble().isEmpty() || !narrative.sections().isEmpty();
    TextCheck check = new TextCheck(report, cells, sentences(narrative, deadline), deadline);
    for (TextRule rule : RULES) {
      if (rule.rule().appliesTo(report.edition()) && (text || !rule.readsText())) {
        rule.check(check);
      }
    }
    return check.observations();
  }

  /** The text's sentences, each with its line and section, in order. */
  static List<Sentence> sentences(Narrative narrative, Deadline deadline) {
    return sentences(narrative, deadline, ENDS);
  }

  /** As {@link #sentences}, cut at 。！？ only: "共6391条，其中…；…；…" stays one sentence. */
  static List<Sentence> wholeSentences(Narrative narrative, Deadline deadline) {
    return sentences(narrative, deadline, WHOLE_ENDS);
  }

  private static List<Sentence> sentences(Narrative narrative, Deadline deadline, String ends) {
    List<Sentence> sentences = new ArrayList<>();
    paragraphs(narrative.preamble(), 0, sentences, deadline, ends);
    for (Narrative.Section section : narrative.sections()) {
      paragraphs(section.lines(), Sections.sectionOf(section.heading()), sentences, deadline, ends);
    }
    return sentences;
  }

  /**
   * A count the text states, as the parser read it, for a reviewer to see what was read.
   *
   * @param line the line its sentence starts on (0 when not known)
   * @param sentence the sentence as written
   * @param value the number
   * @param unit its unit (条, 件…)
   * @param label the words naming it before the number
   * @param role "total" (its parts follow), "part" (of a total), or "item" (neither)
   */
  public record ReadCount(int line, String sentence, java.math.BigDecimal value, String unit, String label,
      String role) {}

  /** Every count the text states, sentence by sentence, each with the role the parser gave it. */
  public static List<ReadCount> countsOf(Narrative narrative) {
    List<ReadCount> out = new ArrayList<>();
    for (Sentence s : wholeSentences(narrative, Deadline.NONE)) {
      for (CountParser.Count c : CountParser.counts(s)) {
        out.add(new ReadCount(s.line(), s.text(), c.value(), c.unit(), c.label(),
            c.role().name().toLowerCase(java.util.Locale.ROOT)));
      }
    }
    return out;
  }

  private static void paragraphs(List<Narrative.TextLine> lines, int section, List<Sentence> out, Deadline deadline,
      String ends) {
    // a paragraph grows in one builder: joining line by line copied it once per line
    StringBuilder open = new StringBuilder();
    Narrative.TextLine first = null;
    for (Narrative.TextLine line : lines) {
      deadline.check();
      if (first != null && open.length() >= WRAPPED && CLOSING.indexOf(open.charAt(open.length() - 1)) < 0) {
        open.append(line.text());
        continue;
      }
      if (first != null) {
        split(first.line(), open, section, out, ends);
      }
      open.setLength(0);
      open.append(line.text());
      first = line;
    }
    if (first != null) {
      split(first.line(), open, section, out, ends);
    }
  }

  private static void split(int line, CharSequence text, int section, List<Sentence> out, String ends) {
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || ends.indexOf(text.charAt(i)) >= 0) {
        int end = Math.min(text.length(), i + 1);
        // a longer "sentence" is a table or a run of characters, not prose: the rules leave it alone
        if (end - start <= Limits.MAX_SENTENCE_CHARS) {
          String sentence = text.subSequence(start, end).toString().strip();
          if (!sentence.isEmpty()) {
            out.add(Sentence.of(line, section, sentence));
          }
        }
        start = i + 1;
      }
    }
  }
}
