package org.nianbao;

import org.nianbao.internal.layout.Total;

/**
 * One row of table 三: the number of applications by applicant. There is no 法人或其他组织 subtotal
 * column; {@code total} is 总计, the sum of the six applicant columns.
 *
 * @param naturalPerson 自然人
 * @param commercialEnterprise 法人或其他组织·商业企业
 * @param researchInstitution 法人或其他组织·科研机构
 * @param publicInterestOrganization 法人或其他组织·社会公益组织
 * @param legalServiceOrganization 法人或其他组织·法律服务机构
 * @param otherOrganization 法人或其他组织·其他
 * @param total 总计
 */
public record ApplicantRow(
    @Count Cell naturalPerson,
    @Count Cell commercialEnterprise,
    @Count Cell researchInstitution,
    @Count Cell publicInterestOrganization,
    @Count Cell legalServiceOrganization,
    @Count Cell otherOrganization,
    @Total(Rule.T3_ROW_TOTAL) @Count Cell total)
    implements Applications.OtherHandling {

  /**
   * A row from its seven numbers, in column order.
   *
   * @param naturalPerson 自然人
   * @param commercialEnterprise 法人或其他组织·商业企业
   * @param researchInstitution 法人或其他组织·科研机构
   * @param publicInterestOrganization 法人或其他组织·社会公益组织
   * @param legalServiceOrganization 法人或其他组织·法律服务机构
   * @param otherOrganization 法人或其他组织·其他
   * @param total 总计
   * @return the row, every cell a number
   */
  public static ApplicantRow of(long naturalPerson, long commercialEnterprise, long researchInstitution,
      long publicInterestOrganization, long legalServiceOrganization, long otherOrganization, long total) {
    return new ApplicantRow(Cell.of(naturalPerson), Cell.of(commercialEnterprise),
        Cell.of(researchInstitution), Cell.of(publicInterestOrganization),
        Cell.of(legalServiceOrganization), Cell.of(otherOrganization), Cell.of(total));
  }

  /** As the single （六）其他处理 row, this is the edition-2019 shape. */
  @Override
  public Edition edition() {
    return Edition.E2019;
  }
}
