package org.nianbao;

import jakarta.validation.Valid;
import org.nianbao.internal.layout.Total;

/**
 * Table 四: 政府信息公开行政复议、行政诉讼情况.
 *
 * @param review 行政复议
 * @param directLitigation 行政诉讼·未经复议直接起诉
 * @param litigationAfterReview 行政诉讼·复议后起诉
 */
public record ReviewLitigation(
    @Valid CaseGroup review, @Valid CaseGroup directLitigation, @Valid CaseGroup litigationAfterReview) {

  /**
   * One group of cases by result.
   *
   * @param upheld 结果维持
   * @param corrected 结果纠正
   * @param other 其他结果
   * @param pending 尚未审结
   * @param total 总计
   */
  public record CaseGroup(
      @Count Cell upheld,
      @Count Cell corrected,
      @Count Cell other,
      @Count Cell pending,
      @Total(Rule.T4_TOTAL) @Count Cell total) {

    /**
     * A group from its five numbers, in column order.
     *
     * @param upheld 结果维持
     * @param corrected 结果纠正
     * @param other 其他结果
     * @param pending 尚未审结
     * @param total 总计
     * @return the group, every cell a number
     */
    public static CaseGroup of(long upheld, long corrected, long other, long pending, long total) {
      return new CaseGroup(Cell.of(upheld), Cell.of(corrected), Cell.of(other), Cell.of(pending), Cell.of(total));
    }
  }
}
