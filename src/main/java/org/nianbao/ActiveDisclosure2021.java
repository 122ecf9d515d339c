package org.nianbao;

import jakarta.validation.Valid;

/**
 * Table 二 of edition 2021 (国办公开办函〔2021〕30号).
 *
 * @param documents 第二十条第（一）项
 * @param licensing 第二十条第（五）项
 * @param enforcement 第二十条第（六）项
 * @param fees 第二十条第（八）项
 */
public record ActiveDisclosure2021(
    @Valid Documents documents,
    @Valid Licensing licensing,
    @Valid Enforcement enforcement,
    @Valid Fees fees)
    implements ActiveDisclosure {

  @Override
  public Edition edition() {
    return Edition.E2021;
  }

  /**
   * 第二十条第（一）项.
   *
   * @param rules 规章
   * @param normativeDocuments 行政规范性文件
   */
  public record Documents(@Valid DocumentCounts rules, @Valid DocumentCounts normativeDocuments) {}

  /**
   * @param issued 本年制发件数
   * @param repealed 本年废止件数
   * @param inForce 现行有效件数
   */
  public record DocumentCounts(@Count Cell issued, @Count Cell repealed, @Count Cell inForce) {}

  /**
   * 第二十条第（五）项.
   *
   * @param administrativeLicensing 行政许可
   */
  public record Licensing(@Valid Decisions administrativeLicensing) {}

  /**
   * 第二十条第（六）项.
   *
   * @param penalty 行政处罚
   * @param coercion 行政强制
   */
  public record Enforcement(@Valid Decisions penalty, @Valid Decisions coercion) {}

  /** @param decisions 本年处理决定数量 */
  public record Decisions(@Count Cell decisions) {}

  /**
   * 第二十条第（八）项.
   *
   * @param administrativeFees 行政事业性收费
   */
  public record Fees(@Valid FeeAmount administrativeFees) {}

  /** @param amount 本年收费金额（单位：万元） */
  public record FeeAmount(@Amount Cell amount) {}
}
