package org.nianbao;

import jakarta.validation.Valid;

/**
 * Table 二 of edition 2019 (国办公开办函〔2019〕60号).
 *
 * @param documents 第二十条第（一）项
 * @param licensing 第二十条第（五）项
 * @param enforcement 第二十条第（六）项
 * @param fees 第二十条第（八）项
 * @param procurement 第二十条第（九）项
 */
public record ActiveDisclosure2019(
    @Valid Documents documents,
    @Valid Licensing licensing,
    @Valid Enforcement enforcement,
    @Valid Fees fees,
    @Valid Procurement procurement)
    implements ActiveDisclosure {

  @Override
  public Edition edition() {
    return Edition.E2019;
  }

  /**
   * 第二十条第（一）项.
   *
   * @param rules 规章
   * @param normativeDocuments 规范性文件
   */
  public record Documents(@Valid DocumentCounts rules, @Valid DocumentCounts normativeDocuments) {}

  /**
   * @param made 本年新制作数量
   * @param published 本年新公开数量
   * @param publicTotal 对外公开总数量
   */
  public record DocumentCounts(@Count Cell made, @Count Cell published, @Count Cell publicTotal) {}

  /**
   * 第二十条第（五）项.
   *
   * @param administrativeLicensing 行政许可
   * @param otherServices 其他对外管理服务事项
   */
  public record Licensing(@Valid ItemCounts administrativeLicensing, @Valid ItemCounts otherServices) {}

  /**
   * 第二十条第（六）项.
   *
   * @param penalty 行政处罚
   * @param coercion 行政强制
   */
  public record Enforcement(@Valid ItemCounts penalty, @Valid ItemCounts coercion) {}

  /**
   * @param previousItems 上一年项目数量
   * @param change 本年增/减 (may be negative)
   * @param decisions 处理决定数量
   */
  public record ItemCounts(@Count Cell previousItems, @Change Cell change, @Count Cell decisions) {}

  /**
   * 第二十条第（八）项.
   *
   * @param administrativeFees 行政事业性收费
   */
  public record Fees(@Valid FeeItems administrativeFees) {}

  /**
   * @param previousItems 上一年项目数量
   * @param change 本年增/减 (may be negative)
   */
  public record FeeItems(@Count Cell previousItems, @Change Cell change) {}

  /**
   * 第二十条第（九）项.
   *
   * @param centralizedProcurement 政府集中采购
   */
  public record Procurement(@Valid ProcurementCounts centralizedProcurement) {}

  /**
   * @param projects 采购项目数量
   * @param amount 采购总金额, in the unit printed in the report
   */
  public record ProcurementCounts(@Count Cell projects, @Amount Cell amount) {}
}
