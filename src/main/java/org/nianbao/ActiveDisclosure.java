package org.nianbao;

/**
 * Table 二: 主动公开政府信息情况. Its rows and columns differ between the editions, so each edition
 * has its own record.
 */
public sealed interface ActiveDisclosure permits ActiveDisclosure2019, ActiveDisclosure2021 {
  /**
   * The edition whose template has this table.
   *
   * @return the edition
   */
  Edition edition();
}
