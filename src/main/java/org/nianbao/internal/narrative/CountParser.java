package org.nianbao.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.internal.narrative.Token.Kind;

/**
 * Reads the counts of one sentence ({@link Tokens}) as a reviewer does: which count is a total,
 * which counts are its parts, and which are neither.
 *
 * <p>What it does, exactly:
 * <ul>
 *   <li>Only {@link Kind#COUNT} tokens are counts: years, dates, ordinals, percentages, sums of money,
 *       "各N条" and bare numbers never are. A count's label is the text of its clause before it,
 *       brackets and a leading introducer left out.
 *   <li>Brackets nest, up to {@link #MAX_DEPTH} deep (counts deeper are not read). Each level (the
 *       sentence, or the inside of a bracket) is cut into clauses at ，、；： and 。; a comma right
 *       before an opening bracket does not cut ("共发布2599条，(其中…)"), and a count followed
 *       directly by a word starting with an introducer ({@link #INTRODUCERS}) ends its clause.
 *   <li><b>A bracketed breakdown</b>: a count followed by a bracket (after a comma or not) whose
 *       first clause starts with an introducer is a total, its parts read from that bracket's
 *       clauses as below. A bracket's counts are never parts of a list outside it: a part with its
 *       own breakdown counts once, at its own value.
 *   <li><b>An unbracketed breakdown</b>: a count that ends its clause (or is followed only by a
 *       bracket giving no breakdown), followed by a clause starting with an introducer, is a total,
 *       unless it is itself an item of a list (going back over clauses joined by ， or 、 alone, the
 *       first one holding a count holds it in the same unit: "通知公告303条，部门、镇动态3718条，
 *       涉及…") or its label tells a change (同比, 增加, 减少…).
 *   <li>A total's parts are the counts of the clauses from its introducer on, one per clause. The
 *       list ends at the end of the level, at a clause starting with a stop word (另, 此外, 同时),
 *       at a clause without any number (after the first part, unless joined by 、 to the next:
 *       "部门、镇动态3718条" names one part), at a clause after a ； that has no count in the
 *       total's unit or whose count is a new total (ends its clause, the next clause starting with
 *       an introducer), and as soon as the parts add up to the total (what follows is taken for
 *       another statement). A clause holding only a percentage is skipped.
 *   <li>The structure is unclear, and the count gets no parts, when a clause of its list holds
 *       more than one count, a count in another unit, a count whose label tells a change, a bare
 *       number, a sum of money or a "各N条", or a new total not after a ；.
 * </ul>
 */
final class CountParser {
  private CountParser() {}

  /**
   * The words that introduce a total's parts. Longest first: "其中包括" is read as 包括 (the list
   * names some of the parts, not all), before 其中.
   */
  static final List<String> INTRODUCERS = List.of("其中包括", "分别为", "分别是", "其中", "包括", "涉及", "含");
  /** Brackets nested deeper than this are not prose: their counts are not read. */
  static final int MAX_DEPTH = 8;
  /** The words that end a list: what follows them is another statement. */
  private static final List<String> STOP_WORDS = List.of("另", "此外", "同时");
  /** Words that make a count the change of a figure, not a figure: "同比增加20条". */
  private static final List<String> CHANGE_WORDS = List.of("同比", "增加", "减少", "增长", "下降", "上升",
      "较上年", "比上年", "多出", "少于", "多于");

  /** What a count is in its sentence. */
  enum Role {
    /** A count with its parts listed: {@link Count#parts()} is not empty. */
    TOTAL,
    /** One of a total's parts; it may have parts of its own (30条（其中…）), compared with it too. */
    PART,
    /** Neither: a count the sentence does not break down nor add up. */
    ITEM
  }

  /**
   * A count the parser found.
   *
   * @param value its number
   * @param unit its unit (条, 件…)
   * @param label the words naming it in its clause, before the number (without the introducer)
   * @param start where it starts in the sentence's compact text
   * @param end where it ends (exclusive)
   * @param introducer the word introducing its parts (其中, 含…), or "" when it has none
   * @param parts its parts, in order; empty when the sentence gives none, or gives them unclearly
   * @param part whether it is itself one of a total's parts
   */
  record Count(BigDecimal value, String unit, String label, int start, int end, String introducer,
      List<Count> parts, boolean part) {
    Role role() {
      return part ? Role.PART : parts.isEmpty() ? Role.ITEM : Role.TOTAL;
    }

    /** The sum of the parts' values. */
    BigDecimal sumOfParts() {
      return parts.stream().map(Count::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /** Every count of the sentence, in the order written; totals carry their parts. */
  static List<Count> counts(Sentence sentence) {
    return parse(sentence.tokens());
  }

  /** Every count of {@code tokens}, in the order written; totals carry their parts. */
  static List<Count> parse(List<Token> tokens) {
    Parse p = new Parse(tokens);
    p.level(0, tokens.size(), 0);
    List<Count> out = new ArrayList<>();
    for (Node node : p.nodes) {
      out.add(node.freeze());
    }
    return out;
  }

  /** A count while the sentence is being read: its parts are settled level by level. */
  private static final class Node {
    final Token token;
    final String label;
    String introducer = "";
    List<Node> parts = List.of();
    boolean part;
    Count frozen;

    Node(Token token, String label) {
      this.token = token;
      this.label = label;
    }

    Count freeze() {
      if (frozen == null) {
        frozen = new Count(token.value(), token.unit(), label, token.start(), token.end(), introducer,
            parts.stream().map(Node::freeze).toList(), part);
      }
      return frozen;
    }

    BigDecimal sumOfParts(List<Node> list) {
      return list.stream().map(n -> n.token.value()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * A clause of one level: its tokens at that level, a bracket standing for its whole inside.
   *
   * @param before the separator that opened it (null for the first clause, or one cut at an introducer)
   * @param items token indexes at this level; a bracket is its opening token's index
   */
  private record Clause(Token before, List<Integer> items) {
    boolean openedBy(Kind separator) {
      return before != null && before.kind() == separator;
    }
  }

  private static final class Parse {
    final List<Token> tokens;
    final List<Node> nodes = new ArrayList<>();
    final Map<Token, Node> byToken = new IdentityHashMap<>();
    /** The index of the bracket closing the one opened at an index (or the level's end). */
    final int[] close;

    Parse(List<Token> tokens) {
      this.tokens = tokens;
      this.close = new int[tokens.size()];
    }

    /** Reads tokens [from, to) as one level: its brackets first, then its totals. */
    List<Clause> level(int from, int to, int depth) {
      List<Clause> clauses = clauses(from, to);
      for (Clause clause : clauses) {
        // the words before each count, grown once along the clause: a clause of a thousand counts is read once
        StringBuilder words = new StringBuilder();
        for (int k = 0; k < clause.items().size(); k++) {
          Token t = tokens.get(clause.items().get(k));
          if (t.kind() == Kind.COUNT) {
            Node node = new Node(t, label(words));
            nodes.add(node);
            byToken.put(t, node);
            words.append(t.text());
          } else if (t.kind() == Kind.OPEN) {
            // "网站(www.gov.cn)30条": what a bracket holds names nothing
            bracket(clause, k, depth);
          } else {
            words.append(t.text());
          }
        }
      }
      for (int j = 1; j < clauses.size(); j++) {
        if (introducer(clauses.get(j)) == null) {
          continue;
        }
        Node total = totalEnding(clauses.get(j - 1));
        if (total != null && total.parts.isEmpty() && !itemOfList(clauses, j - 1, total)
            && !isChange(total)) {
          breakdown(total, clauses, j);
        }
      }
      return clauses;
    }

    /** A bracket's inside, and the breakdown it gives the count right before it. */
    private void bracket(Clause clause, int k, int depth) {
      if (depth >= MAX_DEPTH) {
        return; // brackets this deep are no prose: their counts are left unread
      }
      int open = clause.items().get(k);
      List<Clause> inside = level(open + 1, close[open], depth + 1);
      Node owner = k > 0 ? byToken.get(tokens.get(clause.items().get(k - 1))) : null;
      if (owner != null && !inside.isEmpty() && introducer(inside.get(0)) != null) {
        breakdown(owner, inside, 0);
      }
    }

    /** The clauses of [from, to), each with its tokens at this level. */
    private List<Clause> clauses(int from, int to) {
      List<Clause> clauses = new ArrayList<>();
      List<Integer> items = new ArrayList<>();
      Token before = null;
      for (int i = from; i < to; i++) {
        Token t = tokens.get(i);
        if (t.kind() == Kind.OPEN) {
          items.add(i);
          close[i] = matching(i, to);
          i = close[i];
        } else if (t.kind() == Kind.CLOSE) {
          continue; // a bracket closing nothing opened here: noise
        } else if (t.isSeparator()) {
          if (t.kind() == Kind.COMMA && i + 1 < to && tokens.get(i + 1).kind() == Kind.OPEN) {
            continue; // "共发布2599条，(其中…)": the bracket still belongs to the count
          }
          clauses.add(new Clause(before, items));
          items = new ArrayList<>();
          before = t;
        } else {
          if (t.kind() == Kind.WORD && !items.isEmpty() && tokens.get(items.get(items.size() - 1)).kind() == Kind.COUNT
              && startsWithIntroducer(t.text())) {
            // "615条其中…": the introducer opens a clause of its own
            clauses.add(new Clause(before, items));
            items = new ArrayList<>();
            before = null;
          }
          items.add(i);
        }
      }
      clauses.add(new Clause(before, items));
      return clauses;
    }

    private int matching(int open, int to) {
      int depth = 0;
      for (int i = open; i < to; i++) {
        Kind kind = tokens.get(i).kind();
        if (kind == Kind.OPEN) {
          depth++;
        } else if (kind == Kind.CLOSE && --depth == 0) {
          return i;
        }
      }
      return to; // never closed: the bracket runs to the level's end
    }

    /** The words of the clause before a count, the introducer left out. */
    private static String label(CharSequence before) {
      String words = before.toString();
      String introducer = introducerOf(words);
      return introducer == null ? words : words.substring(introducer.length());
    }

    /** The clause's introducer word, when it starts with one. */
    private String introducer(Clause clause) {
      if (clause.items().isEmpty()) {
        return null;
      }
      Token first = tokens.get(clause.items().get(0));
      return first.kind() == Kind.WORD ? introducerOf(first.text()) : null;
    }

    /** The count ending a clause: its last token, or followed only by a bracket. */
    private Node totalEnding(Clause clause) {
      List<Integer> items = clause.items();
      if (items.isEmpty()) {
        return null;
      }
      int last = items.size() - 1;
      if (tokens.get(items.get(last)).kind() == Kind.OPEN && last > 0) {
        last--;
      }
      return byToken.get(tokens.get(items.get(last)));
    }

    /** Whether an earlier clause joined to this one by ， or 、 alone has a count in the same unit. */
    private boolean itemOfList(List<Clause> clauses, int j, Node total) {
      for (int k = j; k > 0; k--) {
        if (!clauses.get(k).openedBy(Kind.COMMA) && !clauses.get(k).openedBy(Kind.ENUMERATION)) {
          return false;
        }
        Clause earlier = clauses.get(k - 1);
        for (int i : earlier.items()) {
          Token t = tokens.get(i);
          if (t.kind() == Kind.COUNT) {
            return t.unit().equals(total.token.unit());
          }
        }
      }
      return false;
    }

    /** The parts of {@code total} from the clause {@code first} on, when the sentence gives them clearly. */
    private void breakdown(Node total, List<Clause> clauses, int first) {
      String introducer = introducer(clauses.get(first));
      List<Node> parts = new ArrayList<>();
      for (int k = first; k < clauses.size(); k++) {
        Clause clause = clauses.get(k);
        if (clause.items().isEmpty()) {
          continue; // "…20条，，微博10条": a doubled comma
        }
        if (startsWithStopWord(clause)) {
          break;
        }
        List<Node> counts = new ArrayList<>();
        boolean unclear = false;
        boolean percent = false;
        for (int i : clause.items()) {
          Token t = tokens.get(i);
          switch (t.kind()) {
            case COUNT -> counts.add(byToken.get(t));
            case NUMBER, AMOUNT, EACH -> unclear = true;
            case PERCENT -> percent = true;
            default -> { }
          }
        }
        boolean afterSemicolon = k > first && clause.openedBy(Kind.SEMICOLON);
        if (afterSemicolon && counts.stream().noneMatch(c -> c.token.unit().equals(total.token.unit()))) {
          break; // "…；受理申请5件": another statement
        }
        boolean named = k + 1 < clauses.size() && clauses.get(k + 1).openedBy(Kind.ENUMERATION);
        if (counts.isEmpty() && !unclear) {
          if (percent || named || parts.isEmpty() && k == first) {
            continue; // "占比17.46%" describes a part; "部门、镇动态3718条" names one; "其中：" leads to them
          }
          break;
        }
        if (k + 1 < clauses.size() && introducer(clauses.get(k + 1)) != null && totalEnding(clause) != null) {
          if (afterSemicolon) {
            break; // "…；办结20件，其中…": a new statement with its own total
          }
          return; // "…，办结20件，其中…": where one list ends and the next begins is unclear
        }
        if (unclear || counts.size() > 1) {
          return;
        }
        Node count = counts.get(0);
        if (!count.token.unit().equals(total.token.unit()) || isChange(count)) {
          return;
        }
        parts.add(count);
        if (total.sumOfParts(parts).compareTo(total.token.value()) == 0) {
          break;
        }
      }
      if (!parts.isEmpty()) {
        total.introducer = introducer;
        total.parts = List.copyOf(parts);
        parts.forEach(p -> p.part = true);
      }
    }

    private boolean startsWithStopWord(Clause clause) {
      String first = tokens.get(clause.items().get(0)).text();
      return STOP_WORDS.stream().anyMatch(first::startsWith);
    }
  }

  private static boolean isChange(Node count) {
    return CHANGE_WORDS.stream().anyMatch(count.label::contains);
  }

  private static boolean startsWithIntroducer(String word) {
    return introducerOf(word) != null;
  }

  private static String introducerOf(String word) {
    for (String introducer : INTRODUCERS) {
      if (word.startsWith(introducer)) {
        return introducer;
      }
    }
    return null;
  }
}
