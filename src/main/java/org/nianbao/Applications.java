package org.nianbao;

import jakarta.validation.Valid;
import org.nianbao.internal.layout.Total;

/**
 * Table 三: 收到和处理政府信息公开申请情况. Every row has the same seven columns ({@link ApplicantRow}).
 *
 * @param newRequests 一、本年新收政府信息公开申请数量
 * @param carriedOver 二、上年结转政府信息公开申请数量
 * @param outcomes 三、本年度办理结果
 * @param carriedForward 四、结转下年度继续办理
 */
public record Applications(
    @Valid ApplicantRow newRequests,
    @Valid ApplicantRow carriedOver,
    @Valid Outcomes outcomes,
    @Valid ApplicantRow carriedForward) {

  /**
   * 三、本年度办理结果. {@code total} is （七）总计, the sum of the rows （一） to （六）.
   *
   * @param disclosed （一）予以公开
   * @param partlyDisclosed （二）部分公开
   * @param withheld （三）不予公开
   * @param unavailable （四）无法提供
   * @param notProcessed （五）不予处理
   * @param otherHandling （六）其他处理: one row in edition 2019, three in edition 2021
   * @param total （七）总计
   */
  public record Outcomes(
      @Valid ApplicantRow disclosed,
      @Valid ApplicantRow partlyDisclosed,
      @Valid Withheld withheld,
      @Valid Unavailable unavailable,
      @Valid NotProcessed notProcessed,
      @Valid OtherHandling otherHandling,
      @Total(Rule.T3_OUTCOME_TOTAL) @Valid ApplicantRow total) {
  }

  /** （三）不予公开, items 1 to 8. */
  public record Withheld(
      @Valid ApplicantRow stateSecret,
      @Valid ApplicantRow prohibitedByLaw,
      @Valid ApplicantRow threeSecurityOneStability,
      @Valid ApplicantRow thirdPartyRights,
      @Valid ApplicantRow internalAffairs,
      @Valid ApplicantRow processInformation,
      @Valid ApplicantRow enforcementFiles,
      @Valid ApplicantRow administrativeQuery) {
  }

  /** （四）无法提供, items 1 to 3. */
  public record Unavailable(
      @Valid ApplicantRow notHeld, @Valid ApplicantRow needsCreation, @Valid ApplicantRow stillUnclear) {
  }

  /** （五）不予处理, items 1 to 5. */
  public record NotProcessed(
      @Valid ApplicantRow complaint,
      @Valid ApplicantRow repeated,
      @Valid ApplicantRow publication,
      @Valid ApplicantRow excessive,
      @Valid ApplicantRow reconfirmation) {
  }

  /**
   * （六）其他处理: a single {@link ApplicantRow} in edition 2019, the three rows of {@link
   * OtherHandlingItems} in edition 2021.
   */
  public sealed interface OtherHandling permits ApplicantRow, OtherHandlingItems {
    /**
     * The edition whose template has this shape.
     *
     * @return the edition
     */
    Edition edition();
  }

  /**
   * （六）其他处理 in edition 2021.
   *
   * @param noCorrection 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
   * @param feeUnpaid 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
   * @param other 3.其他
   */
  public record OtherHandlingItems(
      @Valid ApplicantRow noCorrection, @Valid ApplicantRow feeUnpaid, @Valid ApplicantRow other)
      implements OtherHandling {

    @Override
    public Edition edition() {
      return Edition.E2021;
    }
  }
}
