package org.nianbao.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.nianbao.Cell;
import org.nianbao.Edition;
import org.nianbao.Finding;
import org.nianbao.Narrative;
import org.nianbao.Report;
import org.nianbao.Rule;
import org.nianbao.Severity;

/** What a batch puts aside comes back equal, whatever odd text or number a report holds. */
class SpilledTest {

  private static Spilled.In in(Spilled.Out out) {
    return new Spilled.In(ByteBuffer.wrap(out.toByteArray()));
  }

  @Test
  void aReportWithALoneSurrogateAndScaledNumbersComesBackEqual() {
    Report report = Report.builder(Edition.E2021)
        .unit("测试县第一局\uD800") // half a character, as a scraped page may hold
        .year(2024)
        .cell("/applications/newRequests/total", new BigDecimal("12"))
        .cell("/activeDisclosure/fees/administrativeFees/amount", new BigDecimal("0.50"))
        .cell("/applications/carriedOver/total", Cell.unreadable("十二"))
        .cell("/applications/carriedForward/total", new Cell.NotApplicable())
        .narrative(new Narrative(List.of(new Narrative.TextLine(1, "前言\uDC00")),
            List.of(new Narrative.Section("一、总体情况", 2, List.of(new Narrative.TextLine(3, "收费0.50万元"))),
                new Narrative.Section("二、", null, List.of()))))
        .build();
    Spilled.Out out = new Spilled.Out();
    Spilled.encodeReport(out, report);
    Report back = Spilled.decodeReport(in(out));

    assertThat(back).isEqualTo(report);
    assertThat(back.unit()).endsWith("\uD800");
    assertThat(((Cell.Value) back.cell("/activeDisclosure/fees/administrativeFees/amount")).number().scale()).isEqualTo(2);
  }

  @Test
  void everyKindOfArgumentComesBackAsItsOwnType() {
    List<Object> arguments = List.of("甲", new BigDecimal("1.50"), 7, 8L, new BigInteger("123456789012345678901234"),
        0.25, Finding.Phrase.of("figure.new", 3, "乙"), new Finding.PhraseList("list.and", List.of("丙", 4)));
    Finding finding = new Finding(Rule.T4_TOTAL, Severity.ERROR, "t4.total", arguments, "消息",
        List.of(new Finding.CellReference("/reviewLitigation/review/total", "行政复议 总计", Cell.of(5))),
        new BigDecimal("6"), new BigDecimal("5"), new Finding.Fix("/reviewLitigation/review/total", Cell.of(5),
            new BigDecimal("6")), List.of(List.of(new Finding.Fix("/a", new Cell.Blank(), BigDecimal.ONE))),
        new Finding.Location(3, 4, 5, 6, 7, 8, 9, "表".repeat(400)));
    Spilled.Out out = new Spilled.Out();
    Spilled.encodeFindings(out, List.of(finding, finding.withSeverity(Severity.WARNING)));
    List<Finding> back = Spilled.decodeFindings(in(out), id -> Rule.byId(id).orElseThrow());

    assertThat(back).containsExactly(finding, finding.withSeverity(Severity.WARNING));
    assertThat(back.get(0).arguments()).extracting(a -> a.getClass().getSimpleName())
        .containsExactly("String", "BigDecimal", "Integer", "Long", "BigInteger", "Double", "Phrase", "PhraseList");
    assertThat(back.get(0).location().text()).endsWith("…（400）");
  }

  @Test
  void aNumberOfAnotherKindIsRefused() {
    Finding finding = new Finding(Rule.T4_TOTAL, Severity.ERROR, "t4.total", List.of(new AtomicLong(3)), "消息",
        List.of(), null, null, null, null, null);
    assertThatThrownBy(() -> Spilled.encodeFindings(new Spilled.Out(), List.of(finding)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AtomicLong");
  }
}
