package org.nianbao.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The peer level batch compares a body with, told from its name, on real bodies' names (those of
 * the published reports in the examples, and the cases a careless reading gets wrong): a
 * department counts among its government's level, a zone and a central body among none.
 */
class PeersTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(nullValues = "none", value = {
      "镇江市人民政府, city",               // 镇江 is a city's name, not a 镇
      "乡村振兴局, none",                   // a department with no place: 乡 is a word here, not a township
      "沭阳县乡村振兴局, county",
      "沭阳县发展和改革局, county",
      "沭阳县人民政府, county",
      "太平镇人民政府, township",
      "和平南街道办事处, township",
      "东城街街道办事处, township",
      "宝鸡市凤县人民政府, county",           // a one-character county
      "湛江市人民政府地方志办公室, city",
      "淮安市人民政府, city",
      "上海市人民政府办公厅, provincial",       // 上海 is a municipality: provincial
      "上海市科委, provincial",
      "区统计局, county",                    // a district's department naming itself by its level alone
      "平潭综合实验区, none",                 // a zone has no level of its own
      "化隆县群科新区综合服务中心, none",        // a zone inside a county: at most a county, not told
      "中华人民共和国外交部, none",              // central: no local peers
      "'', none"})
  void aBodysPeerLevelIsToldFromItsName(String unit, String level) {
    assertThat(Peers.level(unit)).isEqualTo(level);
  }
}
