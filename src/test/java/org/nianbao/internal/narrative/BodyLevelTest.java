package org.nianbao.internal.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.internal.narrative.BodyLevel.Kind;
import org.nianbao.internal.narrative.BodyLevel.Level;

/**
 * The level and kind of bodies, on the names of real reports (the units of the reports in
 * src/test/resources/real and examples) and on names built as reporting bodies are named. Each
 * expected level is what the name says to a reader who knows the administrative divisions.
 */
class BodyLevelTest {

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource({
      // the real reports' bodies
      "银川市西夏区兴泾镇人民政府, TOWNSHIP, GOVERNMENT",
      "镇江市人民政府, CITY, GOVERNMENT",
      "淮安市人民政府, CITY, GOVERNMENT",
      "沭阳县人民政府, COUNTY, GOVERNMENT",
      "沐阳县人民政府, COUNTY, GOVERNMENT",
      "沭阳县发展和改革局, COUNTY, DEPARTMENT",
      "宝鸡市凤县人民政府, COUNTY, GOVERNMENT",
      "上海市, PROVINCE, GOVERNMENT",
      "上海市人民政府办公厅, PROVINCE, DEPARTMENT",
      "上海市科学技术委员会, PROVINCE, DEPARTMENT",
      "上海市科委, PROVINCE, DEPARTMENT",
      "湛江市人民政府地方志办公室, CITY, DEPARTMENT",
      "湛江市地方志办公室, CITY, DEPARTMENT",
      "徐闻县自然资源局, COUNTY, DEPARTMENT",
      "太平镇人民政府, TOWNSHIP, GOVERNMENT",
      "和平南街道办事处, TOWNSHIP, GOVERNMENT",
      "东城街街道办事处, TOWNSHIP, GOVERNMENT",
      "区统计局, COUNTY, DEPARTMENT",
      "北京市东城区人民政府, COUNTY, GOVERNMENT",
      "北京市东城区东华门街道办事处, TOWNSHIP, GOVERNMENT",
      "重庆市綦江区三角镇人民政府, TOWNSHIP, GOVERNMENT",
      "重庆市人民政府, PROVINCE, GOVERNMENT",
      "天津市和平区人民政府, COUNTY, GOVERNMENT",
      // names as bodies are named
      "江苏省人民政府, PROVINCE, GOVERNMENT",
      "江苏省苏州市昆山市人民政府, COUNTY, GOVERNMENT",
      "苏州市昆山市住房和城乡建设局, COUNTY, DEPARTMENT",
      "杭州市人民政府, CITY, GOVERNMENT",
      "杭州市城市管理局, CITY, DEPARTMENT",
      "沭阳县住房和城乡建设局, COUNTY, DEPARTMENT",
      "沭阳县城乡建设局, COUNTY, DEPARTMENT",
      "沭阳县乡村振兴局, COUNTY, DEPARTMENT",
      "沭阳县市场监督管理局, COUNTY, DEPARTMENT",
      "宁夏回族自治区人民政府, PROVINCE, GOVERNMENT",
      "宁夏回族自治区银川市人民政府, CITY, GOVERNMENT",
      "恩施土家族苗族自治州人民政府, CITY, GOVERNMENT",
      "恩施州恩施市人民政府, COUNTY, GOVERNMENT",
      "锡林郭勒盟锡林浩特市人民政府, COUNTY, GOVERNMENT",
      "阿克苏地区行政公署, CITY, GOVERNMENT",
      "阿克苏地区库车市人民政府, COUNTY, GOVERNMENT",
      "达拉特旗人民政府, COUNTY, GOVERNMENT",
      "鄂尔多斯市达拉特旗树林召镇人民政府, TOWNSHIP, GOVERNMENT",
      "长阳土家族自治县人民政府, COUNTY, GOVERNMENT",
      "北京市通州区人民政府, COUNTY, GOVERNMENT",
      "荆州市沙市区人民政府, COUNTY, GOVERNMENT",
      "德清县新市镇人民政府, TOWNSHIP, GOVERNMENT",
      "德清县新市镇党政综合办公室, TOWNSHIP, DEPARTMENT",
      "阜阳市太和县人民政府, COUNTY, GOVERNMENT",
      "阜阳市太和县和平乡人民政府, TOWNSHIP, GOVERNMENT",
      "和县人民政府, COUNTY, GOVERNMENT",
      "县人民政府, COUNTY, GOVERNMENT",
      "市科委, CITY, DEPARTMENT",
      "市政府办公室, CITY, DEPARTMENT",
      "省教育厅, PROVINCE, DEPARTMENT",
      "国务院办公厅, CENTRAL, DEPARTMENT",
      "国家市场监督管理总局, CENTRAL, DEPARTMENT",
      "国家发展和改革委员会, CENTRAL, DEPARTMENT",
      "教育部, CENTRAL, DEPARTMENT",
      "中华人民共和国外交部, CENTRAL, DEPARTMENT",
      "国务院, CENTRAL, GOVERNMENT",
      "人力资源和社会保障部, CENTRAL, DEPARTMENT", // ten characters, the longest ministry without 中华人民共和国
      "新巴尔虎右旗克尔伦苏木人民政府, TOWNSHIP, GOVERNMENT",
      "'  淮安市 人民政府 ', CITY, GOVERNMENT"})
  void tellsLevelAndKindFromTheName(String unit, Level level, Kind kind) {
    BodyLevel body = BodyLevel.of(unit);
    assertThat(body.level()).isEqualTo(level);
    assertThat(body.kind()).isEqualTo(kind);
    assertThat(body.ceiling()).isEqualTo(level);
  }

  /** A level without a kind: the name does not say whether it is the government or a department. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "大同市城区人民政府, CITY", // 城区 is a district (one character before 区): not read, so no kind
      "淮安市人民政府淮阴街道办事处, CITY",
      "淮安市人民政府（办公室）, CITY",
      "淮安市某某, CITY",
      "沭阳县残疾人联合会, COUNTY", // a people's organization, not a department of the government
      "淮安市政务服务中心, CITY",
      "德清县新市镇财政所, TOWNSHIP",
      "淮安市图书馆, CITY",
      "大同市城区人民政府办公室, CITY", // whose office: 城区's, not 大同市's
      "淮安市人民政府淮阴街道办, CITY",
      "省府, PROVINCE"})
  void aLevelWithoutAKind(String unit, Level level) {
    BodyLevel body = BodyLevel.of(unit);
    assertThat(body.level()).isEqualTo(level);
    assertThat(body.kind()).isNull();
    assertThat(body.deadline()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "平潭综合实验区", "平潭综合实验区管委会办公室", "中共沭阳县委", "中国共产党淮安市委员会",
      "国家税务总局上海市税务局", "国家统计局淮安调查队", "市场监督管理局", "市政工程管理处", "广州海关",
      "银川市西夏区银川市人民政府", "县域经济办公室", "区域合作办公室", "人民武装部部长办公室部",
      "县", "市", "市区统计局", "国家图书馆", "沭阳县宿豫县人民政府", "兴泾镇太平镇人民政府",
      "银川市西夏区银川市兴泾镇人民政府", "东街道办事处", "某地区行政公署", "巴苏木人民政府",
      "某某某某某某某某某某某某某某某县人民政府"}) // fifteen characters before 县: no place is named so
  void aNameThatDoesNotTellIsUnknown(String unit) {
    assertThat(BodyLevel.of(unit)).isEqualTo(BodyLevel.UNKNOWN);
    assertThat(BodyLevel.of(unit).cannotMakeRules()).isFalse();
    assertThat(BodyLevel.of(unit).deadline()).isEmpty();
  }

  @Test
  void nullIsUnknown() {
    assertThat(BodyLevel.of(null)).isEqualTo(BodyLevel.UNKNOWN);
  }

  /** A zone is at most the place it lies in: inside a county it makes no 规章; its own level is not told. */
  @Test
  void aZoneIsAtMostItsPlace() {
    BodyLevel qunke = BodyLevel.of("化隆县群科新区综合服务中心");
    assertThat(qunke.level()).isNull();
    assertThat(qunke.kind()).isNull();
    assertThat(qunke.ceiling()).isEqualTo(Level.COUNTY);
    assertThat(qunke.cannotMakeRules()).isTrue();
    assertThat(qunke.deadline()).isEmpty();

    BodyLevel pudong = BodyLevel.of("上海市浦东新区人民政府");
    assertThat(pudong.level()).isNull();
    assertThat(pudong.ceiling()).isEqualTo(Level.PROVINCE);
    assertThat(pudong.cannotMakeRules()).isFalse();

    BodyLevel zone = BodyLevel.of("淮安市淮安经济技术开发区管理委员会");
    assertThat(zone.ceiling()).isEqualTo(Level.CITY);
    assertThat(zone.cannotMakeRules()).isFalse();

    for (String place : new String[] {"郑州市郑州航空港区", "苏州市苏州工业园区", "黄山市黄山风景名胜区", "上海市临港新片区"}) {
      assertThat(BodyLevel.of(place + "管理委员会").level()).as(place).isNull();
    }
  }

  /** A place inside a zone has its own level: a town in 浦东新区 is a town. */
  @Test
  void aPlaceInsideAZoneHasItsLevel() {
    assertThat(BodyLevel.of("上海市浦东新区川沙新镇人民政府"))
        .isEqualTo(new BodyLevel(Level.TOWNSHIP, Kind.GOVERNMENT, Level.TOWNSHIP));
    // a county inside a zone that is inside a county would be above its ceiling
    assertThat(BodyLevel.of("化隆县群科新区化隆县人民政府").level()).isNull();
    // a zone at the top has no ceiling: what lies in it is read on its own
    assertThat(BodyLevel.of("平潭综合实验区潭城镇人民政府").level()).isEqualTo(Level.TOWNSHIP);
  }

  @ParameterizedTest
  @CsvSource({"银川市西夏区兴泾镇人民政府, true", "和平南街道办事处, true", "沭阳县人民政府, true",
      "沭阳县发展和改革局, true", "区统计局, true", "宝鸡市凤县人民政府, true", "镇江市人民政府, false",
      "淮安市人民政府, false", "上海市科学技术委员会, false", "上海市, false", "教育部, false",
      "江苏省苏州市昆山市人民政府, true"})
  void whoCannotMakeRules(String unit, boolean cannot) {
    assertThat(BodyLevel.of(unit).cannotMakeRules()).isEqualTo(cannot);
  }

  @ParameterizedTest
  @CsvSource({"沭阳县人民政府, 3, 31", "淮安市人民政府, 3, 31", "上海市, 3, 31", "江苏省人民政府, 3, 31",
      "沭阳县发展和改革局, 1, 31", "上海市人民政府办公厅, 1, 31", "湛江市人民政府地方志办公室, 1, 31", "区统计局, 1, 31",
      "国务院办公厅, 1, 31", "教育部, 1, 31"})
  void deadlineByKind(String unit, int month, int day) {
    assertThat(BodyLevel.of(unit).deadline()).contains(MonthDay.of(month, day));
  }

  /** The Regulation sets towns no date, and the State Council's own report none either. */
  @ParameterizedTest
  @ValueSource(strings = {"银川市西夏区兴泾镇人民政府", "和平南街道办事处", "德清县新市镇党政综合办公室", "国务院"})
  void noDeadline(String unit) {
    assertThat(BodyLevel.of(unit).deadline()).isEmpty();
  }
}
